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
    MENTORING_PREFERENCES
}
