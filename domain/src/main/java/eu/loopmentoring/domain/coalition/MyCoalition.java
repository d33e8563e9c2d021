package eu.loopmentoring.domain.coalition;

/** One of a person's own coalition memberships, with the coalition's name. */
public record MyCoalition(CoalitionMembership membership, String coalitionName) {}
