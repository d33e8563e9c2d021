package eu.loopmentoring.domain.coalition;

/** A member's role in a coalition. Coordinators manage the coalition and its members. */
public enum CoalitionRole {
    MEMBER,
    COORDINATOR
}
