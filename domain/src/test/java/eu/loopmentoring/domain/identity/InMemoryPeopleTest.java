package eu.loopmentoring.domain.identity;

import eu.loopmentoring.domain.contracts.PeopleContract;
import eu.loopmentoring.domain.fakes.InMemoryPeople;

class InMemoryPeopleTest extends PeopleContract {

    private final InMemoryPeople people = new InMemoryPeople();

    @Override
    protected People people() {
        return people;
    }
}
