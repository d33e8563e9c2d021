package eu.loopmentoring.domain.learningpath;

/** Where a learner is with one step. */
public enum StepStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE,
    /** Only optional steps. */
    SKIPPED;

    /** Whether the step no longer holds up the steps that depend on it. */
    public boolean settled() {
        return this == DONE || this == SKIPPED;
    }
}
