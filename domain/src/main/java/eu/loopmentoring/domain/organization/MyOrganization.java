package eu.loopmentoring.domain.organization;

/** One of a person's own memberships, with the organisation's name. */
public record MyOrganization(OrganizationMembership membership, String organizationName) {}
