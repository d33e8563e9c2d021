package eu.loopmentoring.domain.shared;

import eu.loopmentoring.domain.contracts.SecretsContract;
import eu.loopmentoring.domain.fakes.InMemorySecrets;

class InMemorySecretsTest extends SecretsContract {

    private final InMemorySecrets secrets = new InMemorySecrets();

    @Override
    protected Secrets secrets() {
        return secrets;
    }
}
