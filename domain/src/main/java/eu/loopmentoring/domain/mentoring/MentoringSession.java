package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.RuleViolationException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A meeting of the participants, planned or held, with notes every participant reads. Private
 * notes are not part of it: each is its author's alone ({@link PrivateNote}).
 */
public record MentoringSession(
        UUID id,
        UUID relationshipId,
        Instant startsAt,
        int durationMinutes,
        SessionStatus status,
        Optional<String> sharedNotes,
        Optional<UUID> createdBy,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public MentoringSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(relationshipId, "relationshipId");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(status, "status");
        if (durationMinutes < 5 || durationMinutes > 600) {
            throw InvalidInputException.of("durationMinutes", "must be between 5 and 600");
        }
        sharedNotes = sharedNotes.map(String::strip).filter(n -> !n.isEmpty());
    }

    public static MentoringSession create(
            UUID relationshipId,
            Instant startsAt,
            int durationMinutes,
            SessionStatus status,
            Optional<String> sharedNotes,
            UUID by,
            Instant now) {
        return new MentoringSession(
                        UUID.randomUUID(),
                        relationshipId,
                        MentoringDates.sessionStart("startsAt", startsAt, now),
                        durationMinutes,
                        status,
                        sharedNotes,
                        Optional.of(by),
                        now,
                        now,
                        0)
                .checkedAt(now);
    }

    public MentoringSession change(SessionChanges changes, Instant now) {
        return new MentoringSession(
                        id,
                        relationshipId,
                        changes.startsAt()
                                .map(s -> MentoringDates.sessionStart("startsAt", s, now))
                                .orElse(startsAt),
                        changes.durationMinutes().orElse(durationMinutes),
                        changes.status().orElse(status),
                        changes.sharedNotes().or(() -> sharedNotes),
                        createdBy,
                        createdAt,
                        now,
                        version)
                .checkedAt(now);
    }

    private MentoringSession checkedAt(Instant now) {
        if (status == SessionStatus.HELD && startsAt.isAfter(now)) {
            throw new RuleViolationException("A HELD session cannot start in the future: keep it PLANNED until it"
                    + " took place, or correct startsAt.");
        }
        return this;
    }
}
