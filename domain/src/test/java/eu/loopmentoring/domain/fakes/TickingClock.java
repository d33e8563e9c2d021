package eu.loopmentoring.domain.fakes;

import java.time.Duration;
import java.time.Instant;

/** A clock that moves {@code step} (one second by default) on every reading, so that events have an order. */
public final class TickingClock extends MutableClock {
    private final Duration step;

    public TickingClock() {
        this(Duration.ofSeconds(1));
    }

    public TickingClock(Duration step) {
        this.step = step;
    }

    @Override
    public synchronized Instant instant() {
        advance(step);
        return super.instant();
    }
}
