package eu.loopmentoring.domain.profile;

/** As whom someone looks at a profile, the closest relation first. */
public enum ViewerRelation {
    OWNER,
    /** In a mentoring relationship with the owner. */
    MENTORING_PARTNER,
    /** An active member of a coalition the owner is an active member of. */
    COALITION_MEMBER,
    /** Any other signed-in person. */
    MEMBER,
    /** A partner institution's API client, of an organisation the owner is an active member of. */
    PARTNER_CLIENT
}
