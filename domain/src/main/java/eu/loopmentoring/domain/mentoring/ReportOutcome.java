package eu.loopmentoring.domain.mentoring;

/** How a moderator closed a report. */
public enum ReportOutcome {
    /** The moderator acted (a warning, a block, an account closed). */
    ACTION_TAKEN,
    /** Nothing needed doing. */
    NO_ACTION
}
