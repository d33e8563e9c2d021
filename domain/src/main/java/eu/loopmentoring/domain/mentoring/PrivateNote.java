package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.shared.InvalidInputException;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A participant's own note on a session: only its author ever reads it. */
public record PrivateNote(UUID sessionId, UUID authorId, String text, Instant updatedAt) {

    public PrivateNote {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(updatedAt, "updatedAt");
        text = text == null ? "" : text.strip();
        if (text.isEmpty() || text.length() > 10_000) {
            throw InvalidInputException.of("text", "needs 1 to 10000 characters");
        }
    }
}
