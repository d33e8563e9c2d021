package eu.loopmentoring.persistence.profile;

import eu.loopmentoring.domain.contracts.ConsentsContract;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.profile.Consents;
import eu.loopmentoring.persistence.identity.PersonRepository;
import eu.loopmentoring.persistence.support.InTransactions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class ConsentRepositoryTest extends ConsentsContract {

    @Inject
    PersonRepository people;

    @Inject
    ConsentRepository consents;

    @Override
    protected People people() {
        return InTransactions.each(People.class, people);
    }

    @Override
    protected Consents consents() {
        return InTransactions.each(Consents.class, consents);
    }
}
