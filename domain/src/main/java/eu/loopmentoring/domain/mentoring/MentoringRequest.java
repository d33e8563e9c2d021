package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.shared.RuleViolationException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A mentee's request for a mentor, optionally addressed to one chosen offer. Its state follows its
 * proposals (see {@link RequestStatus}); every refused transition names the rule.
 */
public record MentoringRequest(
        UUID id,
        UUID menteeId,
        String menteeName,
        RequestTerms terms,
        Optional<UUID> addressedTo,
        Optional<UUID> coalitionId,
        RequestStatus status,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public MentoringRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(menteeId, "menteeId");
        Objects.requireNonNull(menteeName, "menteeName");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(addressedTo, "addressedTo");
        Objects.requireNonNull(coalitionId, "coalitionId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static MentoringRequest open(
            UUID menteeId,
            String menteeName,
            RequestTerms terms,
            Optional<UUID> addressedTo,
            Optional<UUID> coalitionId,
            Instant now) {
        return new MentoringRequest(
                UUID.randomUUID(),
                menteeId,
                menteeName,
                terms.checked(),
                addressedTo,
                coalitionId,
                RequestStatus.OPEN,
                now,
                now,
                0);
    }

    public boolean isOf(UUID person) {
        return menteeId.equals(person);
    }

    /** In the pool: seeking a mentor and not addressed to one chosen mentor. */
    public boolean isInPool() {
        return status.isSeeking() && addressedTo.isEmpty();
    }

    /** A proposal was made on the request: it waits for answers. */
    public MentoringRequest proposed(UUID offerId, Instant now) {
        if (!status.isSeeking()) {
            throw new RuleViolationException("This request is " + status + " and takes no more proposals; only OPEN"
                    + " and PROPOSED requests do.");
        }
        if (addressedTo.filter(chosen -> !chosen.equals(offerId)).isPresent()) {
            throw new RuleViolationException(
                    "This request is addressed to one chosen mentor; other offers cannot be" + " proposed for it.");
        }
        return with(RequestStatus.PROPOSED, addressedTo, now);
    }

    /**
     * A proposal of the request ended without a match ({@code why}: DECLINED or EXPIRED). With
     * other proposals still pending it stays PROPOSED; otherwise it returns to the pool (OPEN), or,
     * addressed to one mentor, takes the proposal's outcome.
     */
    public MentoringRequest proposalEnded(ProposalStatus why, boolean othersPending, Instant now) {
        if (status != RequestStatus.PROPOSED) {
            return this;
        }
        if (othersPending) {
            return this;
        }
        if (addressedTo.isPresent()) {
            return with(
                    why == ProposalStatus.EXPIRED ? RequestStatus.EXPIRED : RequestStatus.DECLINED, addressedTo, now);
        }
        return with(RequestStatus.OPEN, addressedTo, now);
    }

    /** Both sides of one of its proposals accepted: the first acceptance wins, any later one is refused. */
    public MentoringRequest accepted(Instant now) {
        if (status == RequestStatus.ACCEPTED) {
            throw new RuleViolationException("This request already has a mentor: another proposal was accepted first.");
        }
        if (status != RequestStatus.PROPOSED) {
            throw new RuleViolationException(
                    "This request is " + status + "; only a PROPOSED request can be accepted.");
        }
        return with(RequestStatus.ACCEPTED, addressedTo, now);
    }

    public MentoringRequest withdrawn(Instant now) {
        if (!status.isSeeking()) {
            throw new RuleViolationException(
                    "This request is " + status + "; only OPEN and PROPOSED requests can be" + " withdrawn.");
        }
        return with(RequestStatus.WITHDRAWN, addressedTo, now);
    }

    /** Its relationship ended early and the mentee wants a new match: back to the pool, for any mentor. */
    public MentoringRequest reopened(Instant now) {
        if (status != RequestStatus.ACCEPTED) {
            throw new RuleViolationException("This request is " + status + "; only an ACCEPTED request is reopened"
                    + " when its relationship ends early.");
        }
        return with(RequestStatus.OPEN, Optional.empty(), now);
    }

    private MentoringRequest with(RequestStatus next, Optional<UUID> addressed, Instant now) {
        return new MentoringRequest(
                id, menteeId, menteeName, terms, addressed, coalitionId, next, createdAt, now, version);
    }
}
