package eu.loopmentoring.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.coalition.Admission;
import eu.loopmentoring.domain.coalition.Coalition;
import eu.loopmentoring.domain.coalition.CoalitionMembership;
import eu.loopmentoring.domain.coalition.CoalitionMemberships;
import eu.loopmentoring.domain.coalition.CoalitionRole;
import eu.loopmentoring.domain.coalition.Coalitions;
import eu.loopmentoring.domain.coalition.MembershipStatus;
import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What any {@link CoalitionMemberships} must do. */
public abstract class CoalitionMembershipsContract extends PortContract {

    protected abstract Coalitions coalitions();

    protected abstract CoalitionMemberships memberships();

    private Coalition aCoalition() {
        Coalition coalition = new Coalition(
                UUID.randomUUID(), unique("Members "), "", Set.of(), Admission.BY_APPROVAL, Optional.empty(), T0, 0, 0);
        assertThat(coalitions().add(coalition)).isTrue();
        return coalition;
    }

    private CoalitionMembership requested(Coalition coalition, Person person, int minutesAfterT0) {
        CoalitionMembership membership = new CoalitionMembership(
                UUID.randomUUID(),
                coalition.id(),
                person.id(),
                person.displayName(),
                CoalitionRole.MEMBER,
                MembershipStatus.REQUESTED,
                T0.plusSeconds(60L * minutesAfterT0),
                Optional.empty(),
                0);
        assertThat(memberships().add(membership)).isTrue();
        return memberships().find(membership.id()).orElseThrow();
    }

    @Test
    void aMembershipIsFoundByIdAndByCoalitionAndPerson() {
        Coalition coalition = aCoalition();
        Person person = aPerson("Ana");
        CoalitionMembership added = CoalitionMembership.founder(coalition, person.id(), person.displayName(), T0);

        assertThat(memberships().add(added)).isTrue();

        assertThat(memberships().find(added.id())).contains(added);
        assertThat(memberships().find(coalition.id(), person.id())).contains(added);
        assertThat(memberships().find(UUID.randomUUID())).isEmpty();
        assertThat(memberships().find(coalition.id(), UUID.randomUUID())).isEmpty();
    }

    @Test
    void aPersonHasAtMostOneMembershipPerCoalition() {
        Coalition coalition = aCoalition();
        Person person = aPerson("Bea");
        requested(coalition, person, 0);

        CoalitionMembership again = CoalitionMembership.join(coalition, person.id(), person.displayName(), T0);

        assertThat(memberships().add(again)).isFalse();
        assertThat(memberships().find(again.id())).isEmpty();
        assertThat(memberships().count(coalition.id())).isEqualTo(1);
    }

    @Test
    void anUpdateOrARemovalNeedsTheCurrentVersion() {
        Coalition coalition = aCoalition();
        CoalitionMembership requested = requested(coalition, aPerson("Carla"), 0);

        CoalitionMembership approved =
                memberships().update(requested.approve(T0.plusSeconds(60))).orElseThrow();

        assertThat(approved.version()).isGreaterThan(requested.version());
        assertThat(approved.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(approved.joinedAt()).contains(T0.plusSeconds(60));
        assertThat(memberships().find(requested.id())).contains(approved);
        assertThat(memberships().update(requested.approve(T0))).isEmpty();
        assertThat(memberships().remove(requested)).isFalse();
        assertThat(memberships().remove(approved)).isTrue();
        assertThat(memberships().find(requested.id())).isEmpty();
        assertThat(memberships().remove(approved)).isFalse();
    }

    @Test
    void countsTellMembershipsAndActiveCoordinatorsApart() {
        Coalition coalition = aCoalition();
        Person founder = aPerson("Founder");
        memberships().add(CoalitionMembership.founder(coalition, founder.id(), founder.displayName(), T0));
        CoalitionMembership member = memberships()
                .update(requested(coalition, aPerson("Member"), 1).approve(T0))
                .orElseThrow();
        requested(coalition, aPerson("Applicant"), 2);
        requested(aCoalition(), aPerson("Elsewhere"), 3);

        assertThat(memberships().count(coalition.id())).isEqualTo(3);
        assertThat(memberships().countCoordinators(coalition.id())).isEqualTo(1);

        memberships().update(member.withRole(CoalitionRole.COORDINATOR)).orElseThrow();

        assertThat(memberships().countCoordinators(coalition.id())).isEqualTo(2);
    }

    @Test
    void theListIsOldestRequestFirstInKeysetPagesAndNarrowedByStatus() {
        Coalition coalition = aCoalition();
        List<CoalitionMembership> added = List.of(
                requested(coalition, aPerson("Third"), 30),
                requested(coalition, aPerson("First"), 10),
                requested(coalition, aPerson("Fourth"), 40),
                requested(coalition, aPerson("Second"), 20),
                requested(coalition, aPerson("Fifth"), 50));
        memberships().update(added.get(0).approve(T0)).orElseThrow();
        memberships().update(added.get(4).approve(T0)).orElseThrow();
        requested(aCoalition(), aPerson("Elsewhere"), 0);

        List<CoalitionMembership> listed =
                allPages(2, page -> memberships().list(coalition.id(), Optional.empty(), page));
        List<CoalitionMembership> active =
                allPages(1, page -> memberships().list(coalition.id(), Optional.of(MembershipStatus.ACTIVE), page));

        assertThat(listed)
                .extracting(CoalitionMembership::displayName)
                .containsExactly("First", "Second", "Third", "Fourth", "Fifth");
        assertThat(active).extracting(CoalitionMembership::displayName).containsExactly("Third", "Fifth");
    }

    @Test
    void aPersonsMembershipsAreOldestFirstAndCanBeAskedForSomeCoalitions() {
        Person person = aPerson("Dora");
        Coalition later = aCoalition();
        Coalition earlier = aCoalition();
        Coalition other = aCoalition();
        CoalitionMembership second = requested(later, person, 20);
        CoalitionMembership first = requested(earlier, person, 10);
        requested(other, person, 30);
        requested(later, aPerson("Someone else"), 0);

        assertThat(memberships().membershipsOf(person.id()))
                .extracting(CoalitionMembership::coalitionId)
                .containsExactly(earlier.id(), later.id(), other.id());
        assertThat(memberships().find(person.id(), List.of(earlier.id(), later.id())))
                .containsExactlyInAnyOrder(first, second);
        assertThat(memberships().find(person.id(), List.of())).isEmpty();
    }

    @Test
    void anUnknownCoalitionHasNoMembers() {
        assertThat(memberships()
                        .list(UUID.randomUUID(), Optional.empty(), PageRequest.first(5))
                        .items())
                .isEmpty();
        assertThat(memberships().count(UUID.randomUUID())).isZero();
    }
}
