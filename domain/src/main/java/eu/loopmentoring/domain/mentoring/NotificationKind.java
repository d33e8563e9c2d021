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
    /** The other participant set or changed the agreement: it waits for the recipient's confirmation. */
    AGREEMENT_CHANGED,
    /** The other participant confirmed the agreement. */
    AGREEMENT_CONFIRMED,
    GOAL_ADDED,
    SESSION_PLANNED,
    /** A task was assigned to the recipient. */
    TASK_ASSIGNED,
    /** The other participant commented on a task. */
    TASK_COMMENTED,
    /** The recipient's relationship-health check-in is due. */
    CHECK_IN_DUE,
    /** The relationship ended: the recipient is asked for their feedback. */
    FEEDBACK_REQUESTED,
    /** The recipient is invited to a peer group: join it or decline. */
    PARTICIPANT_INVITED,
    /** Someone joined the recipient's group or peer group. */
    PARTICIPANT_JOINED,
    /** Someone left the recipient's group or peer group, or the recipient was removed from it. */
    PARTICIPANT_LEFT,
    /** For moderators: someone reported a person. */
    REPORT_RECEIVED,
    /** A coordinator assigned a learning path to the recipient's coalition or organisation. */
    PATH_ASSIGNED,
    /** A step that waited for others became available: the recipient finished what it depends on. */
    STEP_UNLOCKED,
    /** The recipient's enrollment reached COMPLETED. */
    PATH_COMPLETED
}
