package eu.loopmentoring.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.identity.LoginAttempts;
import eu.loopmentoring.domain.identity.ThrottlePolicy;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What any {@link LoginAttempts} must do. */
public abstract class LoginAttemptsContract {

    private static final Instant T0 = PortContract.T0;
    private static final ThrottlePolicy THREE_IN_TEN_MINUTES =
            new ThrottlePolicy(3, Duration.ofMinutes(10), Duration.ofMinutes(15));

    protected abstract LoginAttempts attempts();

    private void fail(String key, Instant at) {
        attempts().recordFailure(key, at, THREE_IN_TEN_MINUTES);
    }

    @Test
    void theFailureThatReachesTheLimitLocksUntilTheLockoutEnds() {
        String key = PortContract.unique("account:");
        fail(key, T0);
        fail(key, T0.plusSeconds(60));

        assertThat(attempts().lockedUntil(key, T0.plusSeconds(61))).isEmpty();

        fail(key, T0.plusSeconds(120));

        Instant until = T0.plusSeconds(120).plus(Duration.ofMinutes(15));
        assertThat(attempts().lockedUntil(key, T0.plusSeconds(121))).contains(until);
        assertThat(attempts().lockedUntil(key, until))
                .as("the lock is over at its end")
                .isEmpty();
        assertThat(attempts().lockedUntil(PortContract.unique("other:"), T0.plusSeconds(121)))
                .isEmpty();
    }

    @Test
    void failuresOutsideTheWindowStartTheCountAgain() {
        String key = PortContract.unique("address:");
        fail(key, T0);
        fail(key, T0.plusSeconds(60));
        fail(key, T0.plus(Duration.ofMinutes(11)));
        fail(key, T0.plus(Duration.ofMinutes(12)));

        assertThat(attempts().lockedUntil(key, T0.plus(Duration.ofMinutes(12)))).isEmpty();

        fail(key, T0.plus(Duration.ofMinutes(13)));

        assertThat(attempts().lockedUntil(key, T0.plus(Duration.ofMinutes(13)).plusSeconds(1)))
                .isPresent();
    }

    @Test
    void clearingForgetsTheFailuresAndTheLock() {
        String key = PortContract.unique("account:");
        fail(key, T0);
        fail(key, T0);
        fail(key, T0);

        attempts().clear(key);

        assertThat(attempts().lockedUntil(key, T0.plusSeconds(1))).isEmpty();
        fail(key, T0.plusSeconds(2));
        assertThat(attempts().lockedUntil(key, T0.plusSeconds(3)))
                .as("one failure after clearing")
                .isEmpty();
    }
}
