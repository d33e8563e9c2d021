package eu.loopmentoring.domain.matchingrun;

import eu.loopmentoring.domain.coalition.Coalitions;
import eu.loopmentoring.domain.contracts.MatchingRunsContract;
import eu.loopmentoring.domain.fakes.InMemoryCoalitionMemberships;
import eu.loopmentoring.domain.fakes.InMemoryCoalitions;
import eu.loopmentoring.domain.fakes.InMemoryMatchingRuns;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.identity.People;

class InMemoryMatchingRunsTest extends MatchingRunsContract {

    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryCoalitions coalitions = new InMemoryCoalitions(new InMemoryCoalitionMemberships());
    private final InMemoryMatchingRuns runs = new InMemoryMatchingRuns();

    @Override
    protected People people() {
        return people;
    }

    @Override
    protected MatchingRuns runs() {
        return runs;
    }

    @Override
    protected Coalitions coalitions() {
        return coalitions;
    }
}
