package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.coalition.CoalitionMembership;
import eu.loopmentoring.domain.coalition.CoalitionMemberships;
import eu.loopmentoring.domain.coalition.CoalitionRole;
import eu.loopmentoring.domain.coalition.MembershipStatus;
import eu.loopmentoring.domain.mentoring.Programmes;
import java.util.Optional;
import java.util.UUID;

/** The mentoring programmes of the coalitions whose memberships {@code memberships} holds. */
public record InMemoryProgrammes(CoalitionMemberships memberships) implements Programmes {

    /** No coalitions: nobody is a member or a coordinator. */
    public static InMemoryProgrammes none() {
        return new InMemoryProgrammes(new InMemoryCoalitionMemberships());
    }

    @Override
    public boolean activeMember(UUID coalitionId, UUID person) {
        return active(coalitionId, person).isPresent();
    }

    @Override
    public boolean coordinates(UUID coalitionId, UUID person) {
        return active(coalitionId, person)
                .filter(m -> m.role() == CoalitionRole.COORDINATOR)
                .isPresent();
    }

    private Optional<CoalitionMembership> active(UUID coalitionId, UUID person) {
        return memberships.find(coalitionId, person).filter(m -> m.status() == MembershipStatus.ACTIVE);
    }
}
