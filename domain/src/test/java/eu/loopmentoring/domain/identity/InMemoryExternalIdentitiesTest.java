package eu.loopmentoring.domain.identity;

import eu.loopmentoring.domain.contracts.ExternalIdentitiesContract;
import eu.loopmentoring.domain.fakes.InMemoryExternalIdentities;
import eu.loopmentoring.domain.fakes.InMemoryPeople;

class InMemoryExternalIdentitiesTest extends ExternalIdentitiesContract {

    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryExternalIdentities identities = new InMemoryExternalIdentities();

    @Override
    protected People people() {
        return people;
    }

    @Override
    protected ExternalIdentities identities() {
        return identities;
    }
}
