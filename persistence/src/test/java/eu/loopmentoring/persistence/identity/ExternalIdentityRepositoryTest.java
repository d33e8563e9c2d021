package eu.loopmentoring.persistence.identity;

import eu.loopmentoring.domain.contracts.ExternalIdentitiesContract;
import eu.loopmentoring.domain.identity.ExternalIdentities;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.persistence.support.InTransactions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class ExternalIdentityRepositoryTest extends ExternalIdentitiesContract {

    @Inject
    PersonRepository people;

    @Inject
    ExternalIdentityRepository identities;

    @Override
    protected People people() {
        return InTransactions.each(People.class, people);
    }

    @Override
    protected ExternalIdentities identities() {
        return InTransactions.each(ExternalIdentities.class, identities);
    }
}
