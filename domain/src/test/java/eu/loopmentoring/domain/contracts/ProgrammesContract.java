package eu.loopmentoring.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.coalition.Admission;
import eu.loopmentoring.domain.coalition.Coalition;
import eu.loopmentoring.domain.coalition.CoalitionMembership;
import eu.loopmentoring.domain.coalition.CoalitionMemberships;
import eu.loopmentoring.domain.coalition.Coalitions;
import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.mentoring.Programmes;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What any {@link Programmes} must do: read the coalitions' memberships as they stand. */
public abstract class ProgrammesContract extends PortContract {

    protected abstract Coalitions coalitions();

    protected abstract CoalitionMemberships memberships();

    protected abstract Programmes programmes();

    private Coalition aCoalition() {
        Coalition coalition = new Coalition(
                UUID.randomUUID(),
                unique("Programme "),
                "",
                Set.of(),
                Admission.BY_APPROVAL,
                Optional.empty(),
                T0,
                0,
                0);
        assertThat(coalitions().add(coalition)).isTrue();
        return coalition;
    }

    private void add(CoalitionMembership membership) {
        assertThat(memberships().add(membership)).isTrue();
    }

    @Test
    void onlyActiveMembersTakePartAndOnlyActiveCoordinatorsCoordinate() {
        Coalition coalition = aCoalition();
        Person founder = aPerson("Founder");
        add(CoalitionMembership.founder(coalition, founder.id(), "Founder", T0));
        Person requested = aPerson("Requested");
        CoalitionMembership request = CoalitionMembership.join(coalition, requested.id(), "Requested", T0);
        add(request);
        Person active = aPerson("Active");
        CoalitionMembership joining = CoalitionMembership.join(coalition, active.id(), "Active", T0);
        add(joining);
        memberships().update(joining.approve(T0.plusSeconds(60))).orElseThrow();
        Person stranger = aPerson("Stranger");
        UUID otherCoalition = aCoalition().id();

        assertThat(programmes().activeMember(coalition.id(), founder.id())).isTrue();
        assertThat(programmes().activeMember(coalition.id(), active.id())).isTrue();
        assertThat(programmes().activeMember(coalition.id(), requested.id())).isFalse();
        assertThat(programmes().activeMember(coalition.id(), stranger.id())).isFalse();
        assertThat(programmes().activeMember(otherCoalition, founder.id())).isFalse();
        assertThat(programmes().coordinates(coalition.id(), founder.id())).isTrue();
        assertThat(programmes().coordinates(coalition.id(), active.id())).isFalse();
        assertThat(programmes().coordinates(coalition.id(), requested.id())).isFalse();
        assertThat(programmes().coordinates(otherCoalition, founder.id())).isFalse();
    }
}
