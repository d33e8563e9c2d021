package eu.loopmentoring.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.domain.coalition.Admission;
import eu.loopmentoring.domain.coalition.Coalition;
import eu.loopmentoring.domain.coalition.CoalitionFilter;
import eu.loopmentoring.domain.coalition.CoalitionMembership;
import eu.loopmentoring.domain.coalition.CoalitionMemberships;
import eu.loopmentoring.domain.coalition.Coalitions;
import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.shared.ConflictException;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What any {@link Coalitions} must do. */
public abstract class CoalitionsContract extends PortContract {

    protected abstract Coalitions coalitions();

    protected abstract CoalitionMemberships memberships();

    protected Coalition aCoalition(String name, Set<String> countries) {
        Coalition coalition = new Coalition(
                UUID.randomUUID(), name, "About " + name, countries, Admission.OPEN, Optional.empty(), T0, 0, 0);
        assertThat(coalitions().add(coalition)).isTrue();
        return coalitions().find(coalition.id()).orElseThrow();
    }

    @Test
    void aCoalitionIsReadBackAsItWasAdded() {
        Person founder = aPerson("Founder");
        Coalition added = new Coalition(
                UUID.randomUUID(),
                unique("Nordic "),
                "Teachers of the north",
                Set.of("NO", "IS"),
                Admission.BY_APPROVAL,
                Optional.of(founder.id()),
                T0,
                0,
                0);

        assertThat(coalitions().add(added)).isTrue();

        assertThat(coalitions().find(added.id())).contains(added);
        assertThat(coalitions().find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void aNameIsTakenWhateverItsCase() {
        String name = unique("Baltic ");
        aCoalition(name, Set.of());

        Coalition same = new Coalition(
                UUID.randomUUID(), name.toUpperCase(), "", Set.of(), Admission.OPEN, Optional.empty(), T0, 0, 0);

        assertThat(coalitions().add(same)).isFalse();
        assertThat(coalitions().find(same.id())).isEmpty();
    }

    @Test
    void anUpdateNeedsTheCurrentVersionAndGivesANewOne() {
        Coalition coalition = aCoalition(unique("Alpine "), Set.of("AT"));
        Coalition renamed = new Coalition(
                coalition.id(),
                coalition.name() + " renamed",
                "new description",
                Set.of("AT", "CH"),
                Admission.BY_APPROVAL,
                coalition.createdBy(),
                coalition.createdAt(),
                coalition.memberCount(),
                coalition.version());

        Coalition stored = coalitions().update(renamed).orElseThrow();

        assertThat(stored.version()).isGreaterThan(coalition.version());
        assertThat(stored.name()).isEqualTo(renamed.name());
        assertThat(stored.countries()).containsExactly("AT", "CH");
        assertThat(coalitions().find(coalition.id())).contains(stored);
        assertThat(coalitions().update(renamed))
                .as("the version it was read at is gone")
                .isEmpty();
        assertThat(coalitions().find(coalition.id())).contains(stored);
    }

    @Test
    void anUpdateToAnotherCoalitionsNameConflicts() {
        Coalition first = aCoalition(unique("Iberian "), Set.of());
        Coalition second = aCoalition(unique("Iberian "), Set.of());
        Coalition clash = new Coalition(
                second.id(),
                first.name().toLowerCase(),
                second.description(),
                second.countries(),
                second.admission(),
                second.createdBy(),
                second.createdAt(),
                0,
                second.version());

        assertThatThrownBy(() -> coalitions().update(clash)).isInstanceOf(ConflictException.class);
        assertThat(coalitions().find(second.id()).orElseThrow().name()).isEqualTo(second.name());
    }

    @Test
    void namesAreReadInBulkAndUnknownIdsAreLeftOut() {
        Coalition one = aCoalition(unique("Danube "), Set.of());
        Coalition two = aCoalition(unique("Rhine "), Set.of());

        assertThat(coalitions().names(List.of(one.id(), two.id(), UUID.randomUUID())))
                .isEqualTo(Map.of(one.id(), one.name(), two.id(), two.name()));
        assertThat(coalitions().names(List.of())).isEmpty();
    }

    @Test
    void theListIsOrderedByNameInKeysetPagesWithoutDuplicatesOrGaps() {
        String prefix = unique("Pg");
        List<Coalition> added = List.of("d", "a", "c", "e", "b").stream()
                .map(letter -> aCoalition(prefix + " " + letter, Set.of()))
                .toList();

        List<Coalition> listed = allPages(
                2, page -> coalitions().list(new CoalitionFilter(Optional.empty(), Optional.of(prefix)), page));

        assertThat(listed)
                .extracting(Coalition::id)
                .containsExactlyElementsOf(added.stream()
                        .sorted(Comparator.comparing(Coalition::name))
                        .map(Coalition::id)
                        .toList());
    }

    @Test
    void theListIsNarrowedByANamePrefixInAnyCaseAndByCountry() {
        String prefix = unique("Flt");
        Coalition portuguese = aCoalition(prefix + " one", Set.of("PT"));
        Coalition both = aCoalition(prefix + " two", Set.of("PT", "ES"));
        aCoalition(prefix + " three", Set.of("ES"));
        aCoalition(unique("Other "), Set.of("PT"));

        List<Coalition> inPortugal = coalitions()
                .list(new CoalitionFilter(Optional.of("PT"), Optional.of(prefix.toUpperCase())), PageRequest.first(10))
                .items();

        assertThat(inPortugal).extracting(Coalition::id).containsExactly(portuguese.id(), both.id());
    }

    @Test
    void theMemberCountIsTheNumberOfActiveMembers() {
        Coalition coalition = aCoalition(unique("Counted "), Set.of());
        Person founder = aPerson("Founder");
        Person applicant = aPerson("Applicant");
        memberships().add(CoalitionMembership.founder(coalition, founder.id(), founder.displayName(), T0));
        memberships()
                .add(new CoalitionMembership(
                        UUID.randomUUID(),
                        coalition.id(),
                        applicant.id(),
                        applicant.displayName(),
                        eu.loopmentoring.domain.coalition.CoalitionRole.MEMBER,
                        eu.loopmentoring.domain.coalition.MembershipStatus.REQUESTED,
                        T0,
                        Optional.empty(),
                        0));

        assertThat(coalitions().find(coalition.id()).orElseThrow().memberCount())
                .isEqualTo(1);
        assertThat(coalitions()
                        .list(
                                new CoalitionFilter(Optional.empty(), Optional.of(coalition.name())),
                                PageRequest.first(1))
                        .items())
                .extracting(Coalition::memberCount)
                .containsExactly(1);
    }
}
