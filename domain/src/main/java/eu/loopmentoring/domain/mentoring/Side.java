package eu.loopmentoring.domain.mentoring;

/** The sides of a proposal (mentee, mentor) and the roles in a relationship (also peer). */
public enum Side {
    MENTEE,
    MENTOR,
    PEER;

    /** The other side of a proposal; peers have no other side. */
    public Side other() {
        return switch (this) {
            case MENTEE -> MENTOR;
            case MENTOR -> MENTEE;
            case PEER -> throw new IllegalStateException("A peer has no other side.");
        };
    }
}
