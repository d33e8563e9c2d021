package eu.loopmentoring.domain.matchingrun;

import eu.loopmentoring.domain.coalition.Coalitions;
import eu.loopmentoring.domain.contracts.PolicyVersionsContract;
import eu.loopmentoring.domain.fakes.InMemoryCoalitionMemberships;
import eu.loopmentoring.domain.fakes.InMemoryCoalitions;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.fakes.InMemoryPolicyVersions;
import eu.loopmentoring.domain.identity.People;

class InMemoryPolicyVersionsTest extends PolicyVersionsContract {

    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryCoalitions coalitions = new InMemoryCoalitions(new InMemoryCoalitionMemberships());
    private final InMemoryPolicyVersions versions = new InMemoryPolicyVersions();

    @Override
    protected People people() {
        return people;
    }

    @Override
    protected PolicyVersions versions() {
        return versions;
    }

    @Override
    protected Coalitions coalitions() {
        return coalitions;
    }
}
