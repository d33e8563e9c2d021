package eu.loopmentoring.domain.contracts;

import eu.loopmentoring.domain.coalition.Admission;
import eu.loopmentoring.domain.coalition.Coalition;
import eu.loopmentoring.domain.coalition.CoalitionMembership;
import eu.loopmentoring.domain.coalition.CoalitionMemberships;
import eu.loopmentoring.domain.coalition.CoalitionRole;
import eu.loopmentoring.domain.coalition.Coalitions;
import eu.loopmentoring.domain.coalition.MembershipStatus;
import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.organization.Organization;
import eu.loopmentoring.domain.organization.OrganizationKind;
import eu.loopmentoring.domain.organization.OrganizationMembership;
import eu.loopmentoring.domain.organization.OrganizationMemberships;
import eu.loopmentoring.domain.organization.OrganizationRole;
import eu.loopmentoring.domain.organization.Organizations;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Organisations, coalitions and memberships for the contracts of ports that read them, and for the
 * domain tests that need communities to act in.
 */
public final class Communities {

    private Communities() {}

    public static Organization organization(Organizations organizations, OrganizationKind kind) {
        Organization organization = new Organization(
                UUID.randomUUID(),
                PortContract.unique("Organisation "),
                kind,
                "PT",
                Optional.empty(),
                List.of("pt"),
                Set.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                PortContract.T0,
                0);
        organizations.add(organization);
        return organization;
    }

    public static OrganizationMembership member(
            OrganizationMemberships memberships,
            Organization organization,
            Person person,
            OrganizationRole role,
            eu.loopmentoring.domain.organization.MembershipStatus status,
            Instant since) {
        return member(memberships, organization, person.id(), role, status, since);
    }

    public static OrganizationMembership member(
            OrganizationMemberships memberships,
            Organization organization,
            UUID personId,
            OrganizationRole role,
            eu.loopmentoring.domain.organization.MembershipStatus status,
            Instant since) {
        boolean active = status == eu.loopmentoring.domain.organization.MembershipStatus.ACTIVE;
        OrganizationMembership membership = new OrganizationMembership(
                UUID.randomUUID(),
                organization.id(),
                personId,
                role,
                status,
                Optional.empty(),
                Optional.empty(),
                since,
                active ? Optional.of(since) : Optional.empty(),
                0);
        if (!memberships.add(membership)) {
            throw new IllegalStateException("not added: " + membership);
        }
        return membership;
    }

    public static Coalition coalition(Coalitions coalitions) {
        Coalition coalition = new Coalition(
                UUID.randomUUID(),
                PortContract.unique("Coalition "),
                "",
                Set.of(),
                Admission.BY_APPROVAL,
                Optional.empty(),
                PortContract.T0,
                0,
                0);
        if (!coalitions.add(coalition)) {
            throw new IllegalStateException("not added: " + coalition);
        }
        return coalition;
    }

    public static CoalitionMembership member(
            CoalitionMemberships memberships,
            Coalition coalition,
            Person person,
            CoalitionRole role,
            MembershipStatus status,
            Instant since) {
        return member(memberships, coalition, person.id(), person.displayName(), role, status, since);
    }

    public static CoalitionMembership member(
            CoalitionMemberships memberships,
            Coalition coalition,
            UUID personId,
            String displayName,
            CoalitionRole role,
            MembershipStatus status,
            Instant since) {
        CoalitionMembership membership = new CoalitionMembership(
                UUID.randomUUID(),
                coalition.id(),
                personId,
                displayName,
                role,
                status,
                since,
                status == MembershipStatus.ACTIVE ? Optional.of(since) : Optional.empty(),
                0);
        if (!memberships.add(membership)) {
            throw new IllegalStateException("not added: " + membership);
        }
        return membership;
    }
}
