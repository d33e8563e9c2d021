package eu.loopmentoring.domain.mentoring;

/** ACTIVE and PAUSED relationships are running (they use the mentor's capacity); the others have ended. */
public enum RelationshipStatus {
    ACTIVE,
    PAUSED,
    COMPLETED,
    ENDED_EARLY;

    public boolean isRunning() {
        return this == ACTIVE || this == PAUSED;
    }
}
