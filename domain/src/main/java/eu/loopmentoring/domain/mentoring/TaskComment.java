package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.shared.InvalidInputException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A participant's comment on a task; without an author once they erased their account. */
public record TaskComment(UUID id, UUID taskId, Optional<UUID> authorId, String text, Instant createdAt) {

    public TaskComment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(createdAt, "createdAt");
        text = text == null ? "" : text.strip();
        if (text.isEmpty() || text.length() > 2000) {
            throw InvalidInputException.of("text", "needs 1 to 2000 characters");
        }
    }
}
