package eu.loopmentoring.domain.matchingrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.domain.coalition.Admission;
import eu.loopmentoring.domain.coalition.Coalition;
import eu.loopmentoring.domain.coalition.CoalitionMembership;
import eu.loopmentoring.domain.fakes.InMemoryCoalitionMemberships;
import eu.loopmentoring.domain.fakes.InMemoryCoalitions;
import eu.loopmentoring.domain.fakes.InMemoryMatchingRuns;
import eu.loopmentoring.domain.fakes.InMemoryPolicyVersions;
import eu.loopmentoring.domain.shared.AccessDeniedException;
import eu.loopmentoring.domain.shared.ClientSubject;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.PersonSubject;
import eu.loopmentoring.domain.shared.PlatformRole;
import eu.loopmentoring.domain.shared.Subject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Whose runs a person lists: exactly the runs they could read one by one. */
class RunListTest {

    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

    private final InMemoryCoalitionMemberships memberships = new InMemoryCoalitionMemberships();
    private final InMemoryMatchingRuns runs = new InMemoryMatchingRuns();
    private final CoalitionMatchingRuns matching = new CoalitionMatchingRuns(
            new CoalitionPolicies(
                    new InMemoryCoalitions(memberships),
                    memberships,
                    new InMemoryPolicyVersions(),
                    Clock.fixed(T0, ZoneOffset.UTC)),
            runs,
            null,
            null,
            Clock.fixed(T0, ZoneOffset.UTC));

    private final PersonSubject coordinator = person();
    private final PersonSubject member = person();
    private final Coalition coordinated = coalition();
    private final Coalition other = coalition();

    private static PersonSubject person() {
        return new PersonSubject(UUID.randomUUID(), Set.of());
    }

    private static Coalition coalition() {
        return new Coalition(UUID.randomUUID(), "C", "About C", Set.of(), Admission.OPEN, Optional.empty(), T0, 0, 0);
    }

    private UUID aRun(Coalition coalition, int minute) {
        MatchingRun run = MatchingRun.pending(coalition.id(), coordinator.id(), 1, T0.plusSeconds(60L * minute));
        runs.add(run);
        return run.id();
    }

    private List<UUID> list(Subject subject, Optional<Coalition> only) {
        return matching.list(subject, only.map(Coalition::id), PageRequest.first(10)).items().stream()
                .map(MatchingRun::id)
                .toList();
    }

    @Test
    void a_coordinator_lists_the_runs_of_the_coalitions_they_coordinate_newest_first_and_no_other() {
        memberships.add(CoalitionMembership.founder(coordinated, coordinator.id(), "Coordinator", T0));
        memberships.add(CoalitionMembership.join(other, coordinator.id(), "Coordinator", T0));
        memberships.add(CoalitionMembership.join(coordinated, member.id(), "Member", T0));
        UUID first = aRun(coordinated, 1);
        UUID latest = aRun(coordinated, 3);
        UUID othersRun = aRun(other, 2);

        assertThat(list(coordinator, Optional.empty())).containsExactly(latest, first);
        assertThat(list(coordinator, Optional.of(coordinated))).containsExactly(latest, first);
        assertThat(list(coordinator, Optional.of(other))).isEmpty();
        assertThat(list(member, Optional.empty())).isEmpty();
        assertThat(list(member, Optional.of(coordinated))).isEmpty();

        PersonSubject administrator = new PersonSubject(UUID.randomUUID(), Set.of(PlatformRole.ADMINISTRATOR));
        assertThat(list(administrator, Optional.empty())).containsExactly(latest, othersRun, first);
        assertThat(list(administrator, Optional.of(other))).containsExactly(othersRun);
        assertThat(list(administrator, Optional.of(coalition()))).isEmpty();
    }

    @Test
    void api_clients_list_no_runs() {
        Subject client = new ClientSubject(UUID.randomUUID(), UUID.randomUUID(), Set.of());

        assertThatThrownBy(() -> list(client, Optional.empty())).isInstanceOf(AccessDeniedException.class);
    }
}
