package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.shared.RuleViolationException;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A person's offer to mentor, one per person. {@code runningRelationships} counts its ACTIVE and
 * PAUSED relationships, which use the capacity. {@code missedProposals} counts the proposals the
 * mentor let expire since they last acted ({@code lastActiveAt}); listings rank such mentors lower
 * until they act again.
 */
public record MentorOffer(
        UUID id,
        UUID mentorId,
        String mentorName,
        OfferTerms terms,
        OfferStatus status,
        int runningRelationships,
        int missedProposals,
        Instant lastActiveAt,
        Instant createdAt,
        long version) {

    public MentorOffer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(mentorId, "mentorId");
        Objects.requireNonNull(mentorName, "mentorName");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(lastActiveAt, "lastActiveAt");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static MentorOffer create(UUID mentorId, String mentorName, OfferTerms terms, Instant now) {
        return new MentorOffer(
                UUID.randomUUID(), mentorId, mentorName, terms.checked(), OfferStatus.ACTIVE, 0, 0, now, now, 0);
    }

    public boolean isOf(UUID person) {
        return mentorId.equals(person);
    }

    public boolean isActive() {
        return status == OfferStatus.ACTIVE;
    }

    public int remainingCapacity() {
        return Math.max(0, terms.capacity() - runningRelationships);
    }

    /** The mentor changes their offer; capacity never drops below the mentees they have now. */
    public MentorOffer change(OfferChanges changes, Instant now) {
        OfferTerms changed = new OfferTerms(
                        changes.capacity().orElse(terms.capacity()),
                        changes.expertise().orElse(terms.expertise()),
                        changes.languages().orElse(terms.languages()),
                        changes.formats().orElse(terms.formats()),
                        changes.modes().orElse(terms.modes()),
                        changes.region().isPresent() ? changes.region() : terms.region(),
                        changes.availability().isPresent() ? changes.availability() : terms.availability())
                .checked();
        if (changed.capacity() < runningRelationships) {
            throw new RuleViolationException("The capacity cannot be lower than your " + runningRelationships
                    + " running mentoring relationships; complete or end one first.");
        }
        return new MentorOffer(
                id,
                mentorId,
                mentorName,
                changed,
                changes.status().orElse(status),
                runningRelationships,
                0,
                now,
                createdAt,
                version);
    }

    /** The mentor acted (answered, proposed, changed their offer): they count as responsive again. */
    public MentorOffer touched(Instant now) {
        return new MentorOffer(
                id, mentorId, mentorName, terms, status, runningRelationships, 0, now, createdAt, version);
    }

    /** A proposal waiting for the mentor expired. */
    public MentorOffer missedProposal() {
        return new MentorOffer(
                id,
                mentorId,
                mentorName,
                terms,
                status,
                runningRelationships,
                missedProposals + 1,
                lastActiveAt,
                createdAt,
                version);
    }

    /** Whether a new proposal may be made on this offer now. */
    public void checkOpenForProposals(int running) {
        if (!isActive()) {
            throw new RuleViolationException("This mentor offer is paused and takes no proposals until its mentor"
                    + " resumes it; choose another offer.");
        }
        checkCapacity(running);
    }

    /** Whether one more relationship fits, given the {@code running} ones counted under lock. */
    public void checkCapacity(int running) {
        if (running >= terms.capacity()) {
            throw new RuleViolationException("The mentor has no capacity left: all " + terms.capacity()
                    + " places are taken. Choose another offer, or wait until a place is free.");
        }
    }
}
