package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.coalition.CoalitionMemberships;
import eu.loopmentoring.domain.coalition.Coalitions;
import eu.loopmentoring.domain.contracts.ProgrammesContract;
import eu.loopmentoring.domain.fakes.InMemoryCoalitionMemberships;
import eu.loopmentoring.domain.fakes.InMemoryCoalitions;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.fakes.InMemoryProgrammes;
import eu.loopmentoring.domain.identity.People;

class InMemoryProgrammesTest extends ProgrammesContract {

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

    @Override
    protected Programmes programmes() {
        return new InMemoryProgrammes(memberships);
    }
}
