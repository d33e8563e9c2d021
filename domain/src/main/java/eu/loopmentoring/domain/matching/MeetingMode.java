package eu.loopmentoring.domain.matching;

/** Where people meet: online, or in person, which needs both to be in the same region. */
public enum MeetingMode {
    ONLINE,
    IN_PERSON
}
