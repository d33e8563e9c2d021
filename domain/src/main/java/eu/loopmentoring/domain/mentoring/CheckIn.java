package eu.loopmentoring.domain.mentoring;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A participant's answers to the relationship-health check-in. */
public record CheckIn(
        UUID id, UUID relationshipId, Optional<UUID> authorId, Side side, CheckInAnswers answers, Instant submittedAt) {

    public CheckIn {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(relationshipId, "relationshipId");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(submittedAt, "submittedAt");
    }
}
