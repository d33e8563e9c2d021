package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.contracts.ModeratorsContract;
import eu.loopmentoring.domain.fakes.InMemoryModerators;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.identity.People;

class InMemoryModeratorsTest extends ModeratorsContract {

    private final InMemoryPeople people = new InMemoryPeople();

    @Override
    protected People people() {
        return people;
    }

    @Override
    protected Moderators moderators() {
        return new InMemoryModerators(people);
    }
}
