package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.shared.IdempotencyRecords;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

public final class InMemoryIdempotencyRecords implements IdempotencyRecords {

    private record Entry(Recorded recorded, Instant createdAt) {}

    private final Map<String, Entry> byCallerAndKey = new HashMap<>();

    @Override
    public synchronized Optional<Recorded> claim(
            String caller, String key, String operation, String requestHash, Instant now, Duration retention) {
        String id = caller + "\n" + key;
        Entry earlier = byCallerAndKey.get(id);
        if (earlier != null && !earlier.createdAt().isBefore(now.minus(retention))) {
            return Optional.of(earlier.recorded());
        }
        byCallerAndKey.put(id, new Entry(new Recorded(operation, requestHash, 0, null, null), now));
        return Optional.empty();
    }

    @Override
    public synchronized void complete(String caller, String key, int status, String body, String location) {
        byCallerAndKey.computeIfPresent(caller + "\n" + key, (id, entry) -> {
            Recorded claimed = entry.recorded();
            return new Entry(
                    new Recorded(claimed.operation(), claimed.requestHash(), status, body, location),
                    entry.createdAt());
        });
    }

    @Override
    public synchronized int purge(Instant now, Duration retention) {
        int before = byCallerAndKey.size();
        byCallerAndKey.values().removeIf(entry -> entry.createdAt().isBefore(now.minus(retention)));
        return before - byCallerAndKey.size();
    }
}
