package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.resource.ResourceRevision;
import eu.loopmentoring.domain.resource.ResourceRevisions;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

public final class InMemoryResourceRevisions implements ResourceRevisions {
    public final List<ResourceRevision> all = new ArrayList<>();

    @Override
    public void add(ResourceRevision revision) {
        all.add(revision);
    }

    @Override
    public Page<ResourceRevision> list(UUID resourceId, PageRequest page) {
        return FakePages.byKeyDescending(
                all.stream().filter(r -> r.resourceId().equals(resourceId)),
                page,
                r -> List.of(String.format("%019d", r.version())));
    }
}
