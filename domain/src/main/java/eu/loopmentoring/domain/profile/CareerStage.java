package eu.loopmentoring.domain.profile;

/** Where a teacher is in their career, from initial education to the senior years. */
public enum CareerStage {
    STUDENT_TEACHER,
    /** The first year or two in the profession, when induction programmes apply. */
    INDUCTION,
    EARLY_CAREER,
    EXPERIENCED,
    SENIOR
}
