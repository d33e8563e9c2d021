package eu.loopmentoring.domain.coalition;

/** How people become members of a coalition. */
public enum Admission {
    /** Whoever joins is an active member at once. */
    OPEN,
    /** Joining is a request that a coordinator approves. */
    BY_APPROVAL
}
