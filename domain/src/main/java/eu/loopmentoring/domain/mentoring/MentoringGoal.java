package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A goal the participants track, with progress from 0 to 100 per cent. */
public record MentoringGoal(
        UUID id,
        UUID relationshipId,
        String title,
        Optional<LocalDate> targetDate,
        int progress,
        GoalStatus status,
        Optional<UUID> createdBy,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public MentoringGoal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(relationshipId, "relationshipId");
        Objects.requireNonNull(status, "status");
        title = checkTitle(title);
        if (progress < 0 || progress > 100) {
            throw InvalidInputException.of("progress", "must be between 0 and 100 (per cent)");
        }
    }

    public static MentoringGoal open(
            UUID relationshipId, String title, Optional<LocalDate> targetDate, UUID by, Instant now) {
        return new MentoringGoal(
                UUID.randomUUID(),
                relationshipId,
                title,
                targetDate.map(d -> MentoringDates.plannedDate("targetDate", d, now)),
                0,
                GoalStatus.OPEN,
                Optional.of(by),
                now,
                now,
                0);
    }

    /** ACHIEVED without a progress given means 100 per cent. */
    public MentoringGoal change(GoalChanges changes, Instant now) {
        GoalStatus nextStatus = changes.status().orElse(status);
        int nextProgress = changes.progress()
                .orElse(nextStatus == GoalStatus.ACHIEVED && changes.status().isPresent() ? 100 : progress);
        return new MentoringGoal(
                id,
                relationshipId,
                changes.title().orElse(title),
                changes.targetDate()
                        .map(d -> MentoringDates.plannedDate("targetDate", d, now))
                        .or(() -> targetDate),
                nextProgress,
                nextStatus,
                createdBy,
                createdAt,
                now,
                version);
    }

    private static String checkTitle(String title) {
        String t = title == null ? "" : title.strip();
        if (t.length() < 3 || t.length() > 300) {
            throw InvalidInputException.of("title", "needs 3 to 300 characters");
        }
        return t;
    }
}
