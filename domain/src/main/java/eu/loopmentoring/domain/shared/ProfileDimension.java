package eu.loopmentoring.domain.shared;

/**
 * The nine dimensions of a participant profile (IO3): the questionnaire's sections, the
 * competency profile's scores, and what resources, learning paths and matching refer to.
 */
public enum ProfileDimension {
    /** Descriptive only, never scored; special-category data, kept only with explicit consent. */
    CULTURAL_BACKGROUND,
    PEDAGOGICAL_CONCEPTIONS,
    EXPERIENCE,
    COMMUNICATION_SKILLS,
    CREATIVITY,
    PROFESSIONAL_KNOWLEDGE,
    PROBLEM_SOLVING,
    /** Special-category data, kept only with explicit consent. */
    MOTIVATION,
    /** Scored the other way round: a high score is a strong need for training, not a strength. */
    TRAINING_NEEDS;

    /** Whether answers in this dimension produce a score in the competency profile. */
    public boolean isScored() {
        return this != CULTURAL_BACKGROUND;
    }

    /**
     * Special-category data: stored only after the person's explicit, separate consent, private by
     * default, never sent to partner clients, and never in analytics below a group of five.
     */
    public boolean isSpecialCategory() {
        return this == CULTURAL_BACKGROUND || this == MOTIVATION;
    }
}
