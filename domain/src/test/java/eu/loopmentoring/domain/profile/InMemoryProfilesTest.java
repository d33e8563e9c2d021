package eu.loopmentoring.domain.profile;

import eu.loopmentoring.domain.contracts.ProfilesContract;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.fakes.InMemoryProfiles;
import eu.loopmentoring.domain.identity.People;

class InMemoryProfilesTest extends ProfilesContract {

    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryProfiles profiles = new InMemoryProfiles();

    @Override
    protected People people() {
        return people;
    }

    @Override
    protected Profiles profiles() {
        return profiles;
    }
}
