package eu.loopmentoring.domain.organization;

import java.util.Optional;

/** An organisation as a caller sees it: with its active member count and the caller's membership. */
public record OrganizationView(Organization organization, int memberCount, Optional<OrganizationMembership> mine) {}
