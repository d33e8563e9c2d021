package eu.loopmentoring.domain.learningpath;

/** An enrollment runs while {@code ACTIVE}; {@code COMPLETED} and {@code LEFT} are final. */
public enum EnrollmentStatus {
    ACTIVE,
    COMPLETED,
    LEFT
}
