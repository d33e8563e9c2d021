package eu.loopmentoring.domain.matching;

/**
 * How many people meet. The same constants as the mentoring capability's format, so that the
 * caller maps one onto the other by name.
 */
public enum MeetingFormat {
    ONE_TO_ONE,
    GROUP,
    PEER
}
