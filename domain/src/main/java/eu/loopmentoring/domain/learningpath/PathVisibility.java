package eu.loopmentoring.domain.learningpath;

/** Who may read and enrol in a published path. */
public enum PathVisibility {
    /** Every person. */
    EVERYONE,
    /** The active members of the owning coalition or organisation. */
    MEMBERS,
    /** Its learner alone, who created it by enrolling in their suggestion; no community owns it. */
    PERSONAL
}
