package eu.loopmentoring.domain.identity;

import java.time.Duration;
import java.util.Objects;

/** {@code maxFailures} failed logins within {@code window} lock the key for {@code lockout}. */
public record ThrottlePolicy(int maxFailures, Duration window, Duration lockout) {

    public ThrottlePolicy {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be positive");
        }
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(lockout, "lockout");
    }
}
