package eu.loopmentoring.domain.mentoring;

/** Where people meet: online, or in person within a region. */
public enum MentoringMode {
    ONLINE,
    IN_PERSON
}
