package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.matchingrun.PolicyVersion;
import eu.loopmentoring.domain.matchingrun.PolicyVersions;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Saved policy versions, one per coalition and number. */
public final class InMemoryPolicyVersions implements PolicyVersions {

    public final Map<List<Object>, PolicyVersion> byKey = new LinkedHashMap<>();

    @Override
    public Optional<PolicyVersion> latest(UUID coalitionId) {
        return byKey.values().stream()
                .filter(v -> v.coalitionId().equals(coalitionId))
                .max(Comparator.comparingInt(PolicyVersion::version));
    }

    @Override
    public Optional<PolicyVersion> find(UUID coalitionId, int version) {
        return Optional.ofNullable(byKey.get(List.of(coalitionId, version)));
    }

    @Override
    public synchronized boolean add(PolicyVersion version) {
        return byKey.putIfAbsent(List.of(version.coalitionId(), version.version()), version) == null;
    }
}
