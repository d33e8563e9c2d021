package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.resource.ResourceUse;
import eu.loopmentoring.domain.resource.ResourceUses;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

public final class InMemoryResourceUses implements ResourceUses {
    public final Map<String, ResourceUse> all = new LinkedHashMap<>();

    @Override
    public ResourceUse record(ResourceUse use) {
        return all.computeIfAbsent(use.personId() + "/" + use.resourceId() + "/" + use.kind(), k -> use);
    }

    /** Newest first, then by resource and kind, as the adapter orders them. */
    @Override
    public List<ResourceUse> by(UUID personId) {
        return all.values().stream()
                .filter(u -> u.personId().equals(personId))
                .sorted(Comparator.comparing(ResourceUse::at)
                        .reversed()
                        .thenComparing(u -> u.resourceId().toString())
                        .thenComparing(u -> u.kind().name()))
                .toList();
    }
}
