package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.resource.ResourceUse;
import eu.loopmentoring.domain.resource.ResourceUses;
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

    @Override
    public List<ResourceUse> by(UUID personId) {
        return all.values().stream().filter(u -> u.personId().equals(personId)).toList();
    }
}
