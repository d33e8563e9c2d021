package eu.loopmentoring.domain.identity;

import eu.loopmentoring.domain.contracts.LoginAttemptsContract;
import eu.loopmentoring.domain.fakes.InMemoryAttempts;

class InMemoryAttemptsTest extends LoginAttemptsContract {

    private final InMemoryAttempts attempts = new InMemoryAttempts();

    @Override
    protected LoginAttempts attempts() {
        return attempts;
    }
}
