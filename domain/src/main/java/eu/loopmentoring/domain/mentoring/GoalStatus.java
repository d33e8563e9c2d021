package eu.loopmentoring.domain.mentoring;

/** A tracked goal is worked on (OPEN), reached (ACHIEVED) or given up (DROPPED). */
public enum GoalStatus {
    OPEN,
    ACHIEVED,
    DROPPED
}
