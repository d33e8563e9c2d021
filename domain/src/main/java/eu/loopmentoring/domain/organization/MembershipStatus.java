package eu.loopmentoring.domain.organization;

public enum MembershipStatus {
    /** The person asked to join; a coordinator or school leader decides. */
    REQUESTED,
    /** The organisation invited the person; they decide. */
    INVITED,
    ACTIVE
}
