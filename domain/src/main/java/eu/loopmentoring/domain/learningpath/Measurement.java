package eu.loopmentoring.domain.learningpath;

import eu.loopmentoring.domain.shared.ProfileDimension;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** One submitted questionnaire response of a learner, read as a measurement: its scores (0–100). */
public record Measurement(UUID responseId, Instant submittedAt, Map<ProfileDimension, Integer> scores) {

    public Measurement {
        Objects.requireNonNull(responseId, "responseId");
        Objects.requireNonNull(submittedAt, "submittedAt");
        scores = Map.copyOf(scores);
    }
}
