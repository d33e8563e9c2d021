package eu.loopmentoring.persistence.identity;

import eu.loopmentoring.domain.contracts.LoginAttemptsContract;
import eu.loopmentoring.domain.identity.LoginAttempts;
import eu.loopmentoring.persistence.support.InTransactions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class LoginThrottleRepositoryTest extends LoginAttemptsContract {

    @Inject
    LoginThrottleRepository attempts;

    @Override
    protected LoginAttempts attempts() {
        return InTransactions.each(LoginAttempts.class, attempts);
    }
}
