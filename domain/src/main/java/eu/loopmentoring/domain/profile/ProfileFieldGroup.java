package eu.loopmentoring.domain.profile;

/** The parts of a profile whose visibility the owner chooses, one by one. */
public enum ProfileFieldGroup {
    /** Career stage, years of experience, subjects, school levels and country. */
    PROFESSIONAL_BACKGROUND,
    LANGUAGES,
    INTERESTS,
    TRAINING_NEEDS,
    AVAILABILITY,
    BIO,
    MENTORING_PREFERENCES,
    /** The competency profile's scores, motivation excepted. */
    COMPETENCIES,
    /** The answers on cultural background: special-category data. */
    CULTURAL_BACKGROUND,
    /** The motivation score: special-category data. */
    MOTIVATION,
    /**
     * Progress on learning paths: each enrollment's status, dates and steps' statuses, never what
     * the person wrote or showed (reflections, evidence).
     */
    LEARNING_PROGRESS;

    /** Shown at most to mentoring partners, never to partner clients. */
    public boolean isSpecialCategory() {
        return this == CULTURAL_BACKGROUND || this == MOTIVATION;
    }
}
