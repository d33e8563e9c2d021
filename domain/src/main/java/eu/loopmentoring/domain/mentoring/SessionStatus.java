package eu.loopmentoring.domain.mentoring;

/** A session to come (PLANNED), one that took place (HELD), or one called off (CANCELLED). */
public enum SessionStatus {
    PLANNED,
    HELD,
    CANCELLED
}
