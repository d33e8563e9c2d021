package eu.loopmentoring.domain.learningpath;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A learner's record of one step: where they are, what they showed and what they wrote. */
public record StepRecord(
        StepStatus status,
        Evidence evidence,
        Optional<String> reflection,
        Optional<Instant> startedAt,
        Optional<Instant> doneAt) {

    public static final StepRecord NOT_STARTED =
            new StepRecord(StepStatus.NOT_STARTED, Evidence.NONE, Optional.empty(), Optional.empty(), Optional.empty());

    public StepRecord {
        Objects.requireNonNull(status, "status");
        evidence = evidence == null ? Evidence.NONE : evidence;
        reflection =
                Objects.requireNonNullElse(reflection, Optional.<String>empty()).filter(r -> !r.isBlank());
        startedAt = Objects.requireNonNullElse(startedAt, Optional.empty());
        doneAt = Objects.requireNonNullElse(doneAt, Optional.empty());
    }
}
