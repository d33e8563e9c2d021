package eu.loopmentoring.persistence.identity;

import eu.loopmentoring.domain.contracts.PeopleContract;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.persistence.support.InTransactions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class PersonRepositoryTest extends PeopleContract {

    @Inject
    PersonRepository people;

    @Override
    protected People people() {
        return InTransactions.each(People.class, people);
    }
}
