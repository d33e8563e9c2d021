package eu.loopmentoring.domain.coalition;

/** A membership is requested until a coordinator approves it, then active. */
public enum MembershipStatus {
    REQUESTED,
    ACTIVE
}
