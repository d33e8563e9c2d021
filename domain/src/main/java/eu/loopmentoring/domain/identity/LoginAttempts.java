package eu.loopmentoring.domain.identity;

import java.time.Instant;
import java.util.Optional;

/**
 * Failed-login counters per key (an account or an address), shared by all instances. Counting is
 * atomic, so concurrent failures cannot slip past the limit.
 */
public interface LoginAttempts {

    Optional<Instant> lockedUntil(String key, Instant now);

    /** Counts a failure under {@code policy}; the failure that reaches the limit starts the lock. */
    void recordFailure(String key, Instant now, ThrottlePolicy policy);

    void clear(String key);
}
