package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.identity.LoginAttempts;
import eu.loopmentoring.domain.identity.ThrottlePolicy;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

public final class InMemoryAttempts implements LoginAttempts {
    private record Counter(int failures, Instant windowStart, Instant lockedUntil) {}

    private final Map<String, Counter> counters = new HashMap<>();

    @Override
    public Optional<Instant> lockedUntil(String key, Instant now) {
        Counter counter = counters.get(key);
        return counter == null
                        || counter.lockedUntil() == null
                        || !counter.lockedUntil().isAfter(now)
                ? Optional.empty()
                : Optional.of(counter.lockedUntil());
    }

    @Override
    public void recordFailure(String key, Instant now, ThrottlePolicy policy) {
        Counter counter = counters.get(key);
        if (counter == null || counter.windowStart().plus(policy.window()).isBefore(now)) {
            counter = new Counter(0, now, null);
        }
        int failures = counter.failures() + 1;
        Instant lock = failures >= policy.maxFailures() ? now.plus(policy.lockout()) : counter.lockedUntil();
        counters.put(key, new Counter(failures, counter.windowStart(), lock));
    }

    @Override
    public void clear(String key) {
        counters.remove(key);
    }
}
