package eu.loopmentoring.domain.shared;

import java.time.Duration;
import java.util.Objects;

/** Too many attempts from one place: try again after {@link #retryAfter()}. */
public final class ThrottledException extends DomainException {

    private final Duration retryAfter;

    public ThrottledException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
