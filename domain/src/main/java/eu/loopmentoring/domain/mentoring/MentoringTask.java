package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Something a participant is to do before they meet again, assigned to one of them or to nobody. */
public record MentoringTask(
        UUID id,
        UUID relationshipId,
        String title,
        Optional<String> description,
        Optional<UUID> assigneeId,
        Optional<LocalDate> dueDate,
        Optional<Instant> doneAt,
        Optional<UUID> createdBy,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public MentoringTask {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(relationshipId, "relationshipId");
        String t = title == null ? "" : title.strip();
        if (t.length() < 3 || t.length() > 300) {
            throw InvalidInputException.of("title", "needs 3 to 300 characters");
        }
        title = t;
        description = description.map(String::strip).filter(d -> !d.isEmpty());
    }

    public static MentoringTask create(
            UUID relationshipId,
            String title,
            Optional<String> description,
            Optional<UUID> assigneeId,
            Optional<LocalDate> dueDate,
            UUID by,
            Instant now) {
        return new MentoringTask(
                UUID.randomUUID(),
                relationshipId,
                title,
                description,
                assigneeId,
                dueDate.map(d -> MentoringDates.plannedDate("dueDate", d, now)),
                Optional.empty(),
                Optional.of(by),
                now,
                now,
                0);
    }

    public boolean isDone() {
        return doneAt.isPresent();
    }

    public MentoringTask change(TaskChanges changes, Instant now) {
        Optional<Instant> done = changes.done()
                .map(d -> d ? doneAt.or(() -> Optional.of(now)) : Optional.<Instant>empty())
                .orElse(doneAt);
        return new MentoringTask(
                id,
                relationshipId,
                changes.title().orElse(title),
                changes.description().or(() -> description),
                changes.assigneeId().or(() -> assigneeId),
                changes.dueDate()
                        .map(d -> MentoringDates.plannedDate("dueDate", d, now))
                        .or(() -> dueDate),
                done,
                createdBy,
                createdAt,
                now,
                version);
    }
}
