package eu.loopmentoring.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.organization.Member;
import eu.loopmentoring.domain.organization.MembershipStatus;
import eu.loopmentoring.domain.organization.MyOrganization;
import eu.loopmentoring.domain.organization.Organization;
import eu.loopmentoring.domain.organization.OrganizationKind;
import eu.loopmentoring.domain.organization.OrganizationMembership;
import eu.loopmentoring.domain.organization.OrganizationMemberships;
import eu.loopmentoring.domain.organization.OrganizationRole;
import eu.loopmentoring.domain.organization.Organizations;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What any {@link OrganizationMemberships} must do. */
public abstract class OrganizationMembershipsContract extends PortContract {

    protected abstract Organizations organizations();

    protected abstract OrganizationMemberships memberships();

    private Organization anOrganization(String name) {
        Organization organization = new Organization(
                UUID.randomUUID(),
                name,
                OrganizationKind.SCHOOL,
                "PT",
                Optional.empty(),
                List.of("pt"),
                Set.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                T0,
                0);
        organizations().add(organization);
        return organization;
    }

    private Organization anOrganization() {
        return anOrganization(unique("School "));
    }

    private OrganizationMembership membership(
            Organization organization, Person person, OrganizationRole role, MembershipStatus status) {
        OrganizationMembership membership = new OrganizationMembership(
                UUID.randomUUID(),
                organization.id(),
                person.id(),
                role,
                status,
                Optional.of("Hello"),
                Optional.empty(),
                T0,
                status == MembershipStatus.ACTIVE ? Optional.of(T0) : Optional.empty(),
                0);
        assertThat(memberships().add(membership)).isTrue();
        return memberships().find(membership.id()).orElseThrow();
    }

    @Test
    void aMembershipIsFoundByIdAndByOrganisationAndPerson() {
        Organization organization = anOrganization();
        Person person = aPerson("Inês");
        Person inviter = aPerson("Inviter");
        OrganizationMembership added = new OrganizationMembership(
                UUID.randomUUID(),
                organization.id(),
                person.id(),
                OrganizationRole.TEACHER_TRAINER,
                MembershipStatus.INVITED,
                Optional.of("Join us"),
                Optional.of(inviter.id()),
                T0,
                Optional.empty(),
                0);

        assertThat(memberships().add(added)).isTrue();

        assertThat(memberships().find(added.id())).contains(added);
        assertThat(memberships().findFor(organization.id(), person.id())).contains(added);
        assertThat(memberships().member(added.id())).contains(new Member(added, "Inês"));
        assertThat(memberships().find(UUID.randomUUID())).isEmpty();
        assertThat(memberships().member(UUID.randomUUID())).isEmpty();
        assertThat(memberships().findFor(organization.id(), inviter.id())).isEmpty();
    }

    @Test
    void aPersonHasAtMostOneMembershipPerOrganisation() {
        Organization organization = anOrganization();
        Person person = aPerson("João");
        OrganizationMembership first =
                membership(organization, person, OrganizationRole.TEACHER, MembershipStatus.REQUESTED);
        OrganizationMembership again = new OrganizationMembership(
                UUID.randomUUID(),
                organization.id(),
                person.id(),
                OrganizationRole.COORDINATOR,
                MembershipStatus.ACTIVE,
                Optional.empty(),
                Optional.empty(),
                T0,
                Optional.of(T0),
                0);

        assertThat(memberships().add(again)).isFalse();
        assertThat(memberships().findFor(organization.id(), person.id())).contains(first);
    }

    @Test
    void anUpdateOrARemovalNeedsTheCurrentVersion() {
        OrganizationMembership requested =
                membership(anOrganization(), aPerson("Lia"), OrganizationRole.TEACHER, MembershipStatus.REQUESTED);

        OrganizationMembership active =
                memberships().update(requested.activated(T0.plusSeconds(1))).orElseThrow();

        assertThat(active.version()).isGreaterThan(requested.version());
        assertThat(active.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(active.activeSince()).contains(T0.plusSeconds(1));
        assertThat(memberships().find(requested.id())).contains(active);
        assertThat(memberships().update(requested.withRole(OrganizationRole.COORDINATOR)))
                .isEmpty();
        assertThat(memberships().remove(requested)).isFalse();
        assertThat(memberships().remove(active)).isTrue();
        assertThat(memberships().find(requested.id())).isEmpty();
    }

    @Test
    void membersAreListedByDisplayNameInKeysetPagesAndNarrowedByStatus() {
        Organization organization = anOrganization();
        for (String name : List.of("Duarte", "Alice", "Eva", "Carlos", "Bruno")) {
            membership(
                    organization,
                    aPerson(name),
                    OrganizationRole.TEACHER,
                    name.startsWith("A") || name.startsWith("E")
                            ? MembershipStatus.REQUESTED
                            : MembershipStatus.ACTIVE);
        }
        membership(anOrganization(), aPerson("Elsewhere"), OrganizationRole.TEACHER, MembershipStatus.ACTIVE);

        List<Member> all = allPages(2, page -> memberships().list(organization.id(), Optional.empty(), page));
        List<Member> requested = allPages(
                1, page -> memberships().list(organization.id(), Optional.of(MembershipStatus.REQUESTED), page));

        assertThat(all).extracting(Member::displayName).containsExactly("Alice", "Bruno", "Carlos", "Duarte", "Eva");
        assertThat(requested).extracting(Member::displayName).containsExactly("Alice", "Eva");
    }

    @Test
    void activeMembersAreCountedByRoleAndForSeveralOrganisations() {
        Organization organization = anOrganization();
        Organization other = anOrganization();
        membership(organization, aPerson("A"), OrganizationRole.TEACHER, MembershipStatus.ACTIVE);
        membership(organization, aPerson("B"), OrganizationRole.TEACHER, MembershipStatus.ACTIVE);
        membership(organization, aPerson("C"), OrganizationRole.COORDINATOR, MembershipStatus.ACTIVE);
        membership(organization, aPerson("D"), OrganizationRole.TEACHER, MembershipStatus.REQUESTED);
        membership(other, aPerson("E"), OrganizationRole.TEACHER, MembershipStatus.ACTIVE);
        Organization empty = anOrganization();

        assertThat(memberships().countActive(organization.id(), Optional.empty()))
                .isEqualTo(3);
        assertThat(memberships().countActive(organization.id(), Optional.of(OrganizationRole.TEACHER)))
                .isEqualTo(2);
        Map<UUID, Integer> counts = memberships().countActive(List.of(organization.id(), other.id(), empty.id()));
        assertThat(counts).containsAllEntriesOf(Map.of(organization.id(), 3, other.id(), 1));
        assertThat(counts.getOrDefault(empty.id(), 0))
                .as("none, whether counted or left out")
                .isZero();
    }

    @Test
    void aPersonsOwnMembershipsComeWithTheOrganisationsNamesInNameOrder() {
        Person person = aPerson("Rita");
        String prefix = unique("Mine ");
        Organization second = anOrganization(prefix + "B");
        Organization first = anOrganization(prefix + "a");
        OrganizationMembership inSecond = membership(second, person, OrganizationRole.TEACHER, MembershipStatus.ACTIVE);
        OrganizationMembership inFirst =
                membership(first, person, OrganizationRole.SCHOOL_LEADER, MembershipStatus.INVITED);
        membership(first, aPerson("Someone else"), OrganizationRole.TEACHER, MembershipStatus.ACTIVE);

        assertThat(memberships().of(person.id()))
                .containsExactly(
                        new MyOrganization(inFirst, first.name()), new MyOrganization(inSecond, second.name()));
        assertThat(memberships().of(UUID.randomUUID())).isEmpty();
    }

    @Test
    void anUnknownOrganisationHasNoMembers() {
        assertThat(memberships()
                        .list(UUID.randomUUID(), Optional.empty(), PageRequest.first(3))
                        .items())
                .isEmpty();
    }
}
