package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.shared.RuleViolationException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A request paired with an offer. Whoever proposes has accepted by proposing (a mentee choosing an
 * offer, a mentor offering themselves on an open request); the other side accepts or declines
 * before {@code expiresAt}. The acceptance that completes the pair makes the relationship. The two
 * people's names are as they are now (empty for an erased account), to show, not to keep.
 */
public record MentoringProposal(
        UUID id,
        UUID requestId,
        UUID offerId,
        UUID menteeId,
        String menteeName,
        UUID mentorId,
        String mentorName,
        Side proposedBy,
        Optional<Instant> menteeAcceptedAt,
        Optional<Instant> mentorAcceptedAt,
        ProposalStatus status,
        Optional<Side> declinedBy,
        Optional<String> declineReason,
        Instant createdAt,
        Instant expiresAt,
        Optional<Instant> closedAt,
        Optional<UUID> relationshipId,
        long version) {

    public static final int MAX_REASON_LENGTH = 1000;

    public MentoringProposal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(offerId, "offerId");
        Objects.requireNonNull(menteeId, "menteeId");
        Objects.requireNonNull(mentorId, "mentorId");
        Objects.requireNonNull(menteeName, "menteeName");
        Objects.requireNonNull(mentorName, "mentorName");
        Objects.requireNonNull(proposedBy, "proposedBy");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public static MentoringProposal open(
            MentoringRequest request, MentorOffer offer, Side proposedBy, Instant now, Duration timeToAnswer) {
        return new MentoringProposal(
                UUID.randomUUID(),
                request.id(),
                offer.id(),
                request.menteeId(),
                request.menteeName(),
                offer.mentorId(),
                offer.mentorName(),
                proposedBy,
                proposedBy == Side.MENTEE ? Optional.of(now) : Optional.empty(),
                proposedBy == Side.MENTOR ? Optional.of(now) : Optional.empty(),
                ProposalStatus.PENDING,
                Optional.empty(),
                Optional.empty(),
                now,
                now.plus(timeToAnswer),
                Optional.empty(),
                Optional.empty(),
                0);
    }

    /**
     * A proposal a coordinator's published matching run made: neither side has accepted yet, both
     * are asked. The contract knows two proposers only, so it is recorded as the mentor's (the offer
     * was put forward), with no acceptance from either side.
     */
    public static MentoringProposal fromRun(
            MentoringRequest request, MentorOffer offer, Instant now, Duration timeToAnswer) {
        MentoringProposal opened = open(request, offer, Side.MENTOR, now, timeToAnswer);
        return new MentoringProposal(
                opened.id,
                opened.requestId,
                opened.offerId,
                opened.menteeId,
                opened.menteeName,
                opened.mentorId,
                opened.mentorName,
                Side.MENTOR,
                Optional.empty(),
                Optional.empty(),
                opened.status,
                opened.declinedBy,
                opened.declineReason,
                opened.createdAt,
                opened.expiresAt,
                opened.closedAt,
                opened.relationshipId,
                opened.version);
    }

    /** The side {@code person} is on, if they are part of the proposal. */
    public Optional<Side> sideOf(UUID person) {
        if (menteeId.equals(person)) {
            return Optional.of(Side.MENTEE);
        }
        return mentorId.equals(person) ? Optional.of(Side.MENTOR) : Optional.empty();
    }

    public UUID personOn(Side side) {
        return side == Side.MENTEE ? menteeId : mentorId;
    }

    public boolean isPending() {
        return status == ProposalStatus.PENDING;
    }

    public boolean hasAccepted(Side side) {
        return (side == Side.MENTEE ? menteeAcceptedAt : mentorAcceptedAt).isPresent();
    }

    public boolean isAcceptedByBoth() {
        return menteeAcceptedAt.isPresent() && mentorAcceptedAt.isPresent();
    }

    /** Pending past its time: the next look at it (the expiry job) expires it. */
    public boolean isDue(Instant now) {
        return isPending() && !now.isBefore(expiresAt);
    }

    /** The side still to answer, while pending. */
    public Side awaiting() {
        return hasAccepted(Side.MENTEE) ? Side.MENTOR : Side.MENTEE;
    }

    /**
     * {@code side} accepts. Once both have, the proposal is ACCEPTED with the relationship made of
     * it: see {@link #matched(UUID, Instant)}.
     */
    public MentoringProposal accept(Side side, Instant now) {
        checkAnswerable(now);
        if (hasAccepted(side)) {
            throw new RuleViolationException("You have already accepted this proposal; it waits for the "
                    + side.other().name().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        return new MentoringProposal(
                id,
                requestId,
                offerId,
                menteeId,
                menteeName,
                mentorId,
                mentorName,
                proposedBy,
                side == Side.MENTEE ? Optional.of(now) : menteeAcceptedAt,
                side == Side.MENTOR ? Optional.of(now) : mentorAcceptedAt,
                status,
                declinedBy,
                declineReason,
                createdAt,
                expiresAt,
                closedAt,
                relationshipId,
                version);
    }

    /** Both sides have accepted and the relationship exists. */
    public MentoringProposal matched(UUID relationship, Instant now) {
        if (!isAcceptedByBoth()) {
            throw new IllegalStateException("a proposal is matched only once both sides accepted");
        }
        return closed(ProposalStatus.ACCEPTED, Optional.empty(), Optional.empty(), Optional.of(relationship), now);
    }

    /** Either side declines while it is pending, the proposer too (which takes the proposal back). */
    public MentoringProposal decline(Side side, Optional<String> reason, Instant now) {
        checkAnswerable(now);
        return closed(ProposalStatus.DECLINED, Optional.of(side), reason, Optional.empty(), now);
    }

    /** The time to answer ran out. */
    public MentoringProposal expire(Instant now) {
        if (!isDue(now)) {
            throw new RuleViolationException("This proposal is " + status + (isPending() ? " until " + expiresAt : "")
                    + "; only a PENDING proposal past its time expires.");
        }
        return closed(ProposalStatus.EXPIRED, Optional.empty(), Optional.empty(), Optional.empty(), now);
    }

    /** Closed because its request was withdrawn (WITHDRAWN) or matched by another proposal (SUPERSEDED). */
    public MentoringProposal closedBecause(ProposalStatus outcome, Instant now) {
        if (outcome != ProposalStatus.WITHDRAWN && outcome != ProposalStatus.SUPERSEDED) {
            throw new IllegalArgumentException("not a closing outcome: " + outcome);
        }
        if (!isPending()) {
            throw new RuleViolationException("This proposal is " + status + "; only a PENDING proposal can be closed.");
        }
        return closed(outcome, Optional.empty(), Optional.empty(), Optional.empty(), now);
    }

    private void checkAnswerable(Instant now) {
        if (!isPending()) {
            throw new RuleViolationException("This proposal is " + status + " and can no longer be answered"
                    + (status == ProposalStatus.SUPERSEDED
                            ? ": another proposal of the request was accepted first."
                            : "."));
        }
        if (isDue(now)) {
            throw new RuleViolationException(
                    "This proposal expired at " + expiresAt + " and can no longer be answered.");
        }
    }

    private MentoringProposal closed(
            ProposalStatus outcome,
            Optional<Side> by,
            Optional<String> reason,
            Optional<UUID> relationship,
            Instant now) {
        return new MentoringProposal(
                id,
                requestId,
                offerId,
                menteeId,
                menteeName,
                mentorId,
                mentorName,
                proposedBy,
                menteeAcceptedAt,
                mentorAcceptedAt,
                outcome,
                by,
                reason.map(String::strip).filter(r -> !r.isEmpty()),
                createdAt,
                expiresAt,
                Optional.of(now),
                relationship,
                version);
    }
}
