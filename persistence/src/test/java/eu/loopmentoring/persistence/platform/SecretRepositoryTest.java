package eu.loopmentoring.persistence.platform;

import eu.loopmentoring.domain.contracts.SecretsContract;
import eu.loopmentoring.domain.shared.Secrets;
import eu.loopmentoring.persistence.support.InTransactions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class SecretRepositoryTest extends SecretsContract {

    @Inject
    SecretRepository secrets;

    @Override
    protected Secrets secrets() {
        return InTransactions.each(Secrets.class, secrets);
    }
}
