package eu.loopmentoring.persistence.profile;

import eu.loopmentoring.domain.contracts.ProfilesContract;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.profile.Profiles;
import eu.loopmentoring.persistence.identity.PersonRepository;
import eu.loopmentoring.persistence.support.InTransactions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class ProfileRepositoryTest extends ProfilesContract {

    @Inject
    PersonRepository people;

    @Inject
    ProfileRepository profiles;

    @Override
    protected People people() {
        return InTransactions.each(People.class, people);
    }

    @Override
    protected Profiles profiles() {
        return InTransactions.each(Profiles.class, profiles);
    }
}
