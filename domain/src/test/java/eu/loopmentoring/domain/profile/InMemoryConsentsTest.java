package eu.loopmentoring.domain.profile;

import eu.loopmentoring.domain.contracts.ConsentsContract;
import eu.loopmentoring.domain.fakes.InMemoryConsents;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.identity.People;

class InMemoryConsentsTest extends ConsentsContract {

    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryConsents consents = new InMemoryConsents();

    @Override
    protected People people() {
        return people;
    }

    @Override
    protected Consents consents() {
        return consents;
    }
}
