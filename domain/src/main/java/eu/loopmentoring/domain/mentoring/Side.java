package eu.loopmentoring.domain.mentoring;

/** The two sides of a proposal and of a relationship. */
public enum Side {
    MENTEE,
    MENTOR;

    public Side other() {
        return this == MENTEE ? MENTOR : MENTEE;
    }
}
