package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.resource.ResourceImportJob;
import eu.loopmentoring.domain.resource.ResourceImportJobs;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Import jobs in memory; the oldest job not done (then the smallest id) is claimed. */
public final class InMemoryResourceImportJobs implements ResourceImportJobs {
    public final Map<UUID, ResourceImportJob> byId = new LinkedHashMap<>();

    @Override
    public void add(ResourceImportJob job) {
        byId.put(job.id(), job);
    }

    @Override
    public Optional<ResourceImportJob> find(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<ResourceImportJob> claimNext() {
        return byId.values().stream()
                .filter(j -> j.status() != ResourceImportJob.Status.DONE)
                .min(Comparator.comparing(
                        (ResourceImportJob j) -> List.of(FakePages.sortable(j.createdAt()), j.id().toString()),
                        FakePages.KEY_ORDER));
    }

    /** Only what the adapter stores: status, results and finishing time. */
    @Override
    public void save(ResourceImportJob job) {
        ResourceImportJob stored = byId.get(job.id());
        if (stored == null) {
            return;
        }
        byId.put(
                job.id(),
                new ResourceImportJob(
                        stored.id(),
                        stored.clientId(),
                        stored.organizationId(),
                        stored.format(),
                        stored.content(),
                        stored.rows(),
                        job.status(),
                        job.results(),
                        stored.createdAt(),
                        job.finishedAt()));
    }
}
