package eu.loopmentoring.persistence.identity;

import eu.loopmentoring.domain.contracts.RefreshTokenStoreContract;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.identity.RefreshTokenStore;
import eu.loopmentoring.persistence.support.InTransactions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class RefreshTokenRepositoryTest extends RefreshTokenStoreContract {

    @Inject
    PersonRepository people;

    @Inject
    RefreshTokenRepository tokens;

    @Override
    protected People people() {
        return InTransactions.each(People.class, people);
    }

    @Override
    protected RefreshTokenStore tokens() {
        return InTransactions.each(RefreshTokenStore.class, tokens);
    }
}
