package eu.loopmentoring.domain.coalition;

import eu.loopmentoring.domain.contracts.CoalitionMembershipsContract;
import eu.loopmentoring.domain.fakes.InMemoryCoalitionMemberships;
import eu.loopmentoring.domain.fakes.InMemoryCoalitions;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.identity.People;

class InMemoryCoalitionMembershipsTest extends CoalitionMembershipsContract {

    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryCoalitionMemberships memberships = new InMemoryCoalitionMemberships();
    private final InMemoryCoalitions coalitions = new InMemoryCoalitions(memberships);

    @Override
    protected People people() {
        return people;
    }

    @Override
    protected Coalitions coalitions() {
        return coalitions;
    }

    @Override
    protected CoalitionMemberships memberships() {
        return memberships;
    }
}
