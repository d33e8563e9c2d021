package eu.loopmentoring.domain.mentoring;

/** What happened, for the person notified. */
public enum NotificationKind {
    /** A proposal waits for the recipient's answer. */
    PROPOSAL_RECEIVED,
    /** Both sides accepted: the relationship has started. */
    PROPOSAL_ACCEPTED,
    PROPOSAL_DECLINED,
    /** Nobody answered in time; the request is back in the pool. */
    PROPOSAL_EXPIRED,
    /** The mentee withdrew the request, or another proposal of it was accepted first. */
    PROPOSAL_CLOSED,
    RELATIONSHIP_PAUSED,
    RELATIONSHIP_RESUMED,
    RELATIONSHIP_COMPLETED,
    RELATIONSHIP_ENDED_EARLY,
    /** For moderators: someone reported a person. */
    REPORT_RECEIVED
}
