package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.RuleViolationException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A mentor and a mentee working together, made of an accepted proposal. A participant who erased
 * their account is absent (empty id and name); the other keeps the record. ACTIVE and PAUSED
 * alternate; COMPLETED and ENDED_EARLY (with a reason) are final.
 */
public record MentoringRelationship(
        UUID id,
        Optional<UUID> mentorId,
        Optional<String> mentorName,
        Optional<UUID> menteeId,
        Optional<String> menteeName,
        Optional<UUID> offerId,
        Optional<UUID> requestId,
        MentoringFormat format,
        RelationshipStatus status,
        Instant startedAt,
        Optional<Instant> endedAt,
        Optional<String> endReason,
        long version) {

    public static final int MAX_REASON_LENGTH = 1000;

    public MentoringRelationship {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    public static MentoringRelationship start(
            MentoringProposal proposal, MentoringRequest request, MentorOffer offer, Instant now) {
        MentoringFormat format = request.terms()
                .format()
                .filter(f -> offer.terms().formats().contains(f))
                .orElse(MentoringFormat.ONE_TO_ONE);
        return new MentoringRelationship(
                UUID.randomUUID(),
                Optional.of(proposal.mentorId()),
                Optional.of(offer.mentorName()),
                Optional.of(proposal.menteeId()),
                Optional.of(request.menteeName()),
                Optional.of(offer.id()),
                Optional.of(request.id()),
                format,
                RelationshipStatus.ACTIVE,
                now,
                Optional.empty(),
                Optional.empty(),
                0);
    }

    public boolean involves(UUID person) {
        return mentorId.filter(person::equals).isPresent()
                || menteeId.filter(person::equals).isPresent();
    }

    /** Which side {@code person} is on, if they take part. */
    public Optional<Side> sideOf(UUID person) {
        if (mentorId.filter(person::equals).isPresent()) {
            return Optional.of(Side.MENTOR);
        }
        return menteeId.filter(person::equals).map(p -> Side.MENTEE);
    }

    /** The other participant of {@code person}, if they still have an account. */
    public Optional<UUID> partnerOf(UUID person) {
        return mentorId.filter(person::equals).isPresent() ? menteeId : mentorId;
    }

    /**
     * Moves to {@code target}: ACTIVE to PAUSED and back, ACTIVE or PAUSED to COMPLETED, or to
     * ENDED_EARLY with a reason. Anything else is refused with the rule it breaks.
     */
    public MentoringRelationship moveTo(RelationshipStatus target, Optional<String> reason, Instant now) {
        Optional<String> why = reason.map(String::strip).filter(r -> !r.isEmpty());
        if (!status.isRunning()) {
            throw new RuleViolationException(
                    "This relationship is " + status + "; an ended relationship does not" + " change any more.");
        }
        return switch (target) {
            case PAUSED -> {
                if (status == RelationshipStatus.PAUSED) {
                    throw new RuleViolationException("This relationship is already PAUSED.");
                }
                yield with(RelationshipStatus.PAUSED, Optional.empty(), Optional.empty());
            }
            case ACTIVE -> {
                if (status == RelationshipStatus.ACTIVE) {
                    throw new RuleViolationException("This relationship is already ACTIVE; only a PAUSED one resumes.");
                }
                yield with(RelationshipStatus.ACTIVE, Optional.empty(), Optional.empty());
            }
            case COMPLETED -> with(RelationshipStatus.COMPLETED, Optional.of(now), Optional.empty());
            case ENDED_EARLY -> {
                if (why.isEmpty()) {
                    throw InvalidInputException.of(
                            "reason", "is required to end a relationship early: say briefly why it ends");
                }
                yield with(RelationshipStatus.ENDED_EARLY, Optional.of(now), why);
            }
        };
    }

    private MentoringRelationship with(RelationshipStatus next, Optional<Instant> ended, Optional<String> reason) {
        return new MentoringRelationship(
                id,
                mentorId,
                mentorName,
                menteeId,
                menteeName,
                offerId,
                requestId,
                format,
                next,
                startedAt,
                ended,
                reason,
                version);
    }
}
