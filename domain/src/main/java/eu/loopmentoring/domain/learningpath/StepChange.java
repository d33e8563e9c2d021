package eu.loopmentoring.domain.learningpath;

import java.util.Objects;
import java.util.Optional;

/**
 * What a learner records on a step: its new status and, when present, new evidence or a new
 * reflection (an empty one removes it).
 */
public record StepChange(StepStatus status, Optional<Evidence> evidence, Optional<String> reflection) {

    public static final int MAX_EVIDENCE_TEXT = 5000;
    public static final int MAX_LINKS = 10;
    public static final int MAX_REFLECTION = 10_000;

    public StepChange {
        Objects.requireNonNull(status, "status");
        evidence = Objects.requireNonNullElse(evidence, Optional.empty());
        reflection = Objects.requireNonNullElse(reflection, Optional.empty());
    }
}
