package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.shared.InvalidInputException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A participant's feedback on an ended relationship. Only its author reads it; analytics use it
 * only in groups of at least {@link #ANALYTICS_GROUP_MINIMUM}, by the author's side.
 */
public record ClosingFeedback(
        UUID relationshipId, UUID authorId, Side side, int rating, Optional<String> text, Instant submittedAt) {

    public static final int ANALYTICS_GROUP_MINIMUM = 5;

    public ClosingFeedback {
        Objects.requireNonNull(relationshipId, "relationshipId");
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(submittedAt, "submittedAt");
        if (rating < 1 || rating > 5) {
            throw InvalidInputException.of("rating", "must be between 1 and 5");
        }
        text = text.map(String::strip).filter(t -> !t.isEmpty());
    }
}
