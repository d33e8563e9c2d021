package eu.loopmentoring.domain.mentoring;

/** How often the participants of a relationship agree to meet. */
public enum MeetingFrequency {
    WEEKLY,
    FORTNIGHTLY,
    MONTHLY
}
