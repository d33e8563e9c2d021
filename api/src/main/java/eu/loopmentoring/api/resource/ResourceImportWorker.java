package eu.loopmentoring.api.resource;

import eu.loopmentoring.domain.resource.ResourceImports;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Processes partner bulk imports in the background: every second, each node takes the oldest job
 * not done with {@code FOR UPDATE SKIP LOCKED} (so two nodes never take the same job) and
 * processes all its rows in one transaction with the job's results, so that a crash leaves the
 * job to be taken again and never half done.
 */
@ApplicationScoped
public class ResourceImportWorker {

    private final ResourceImports imports;
    private final ResourceImportFiles files;

    ResourceImportWorker(ResourceImports imports, ResourceImportFiles files) {
        this.imports = imports;
        this.files = files;
    }

    @Scheduled(every = "${loop.resource-imports.every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void work() {
        imports.processNext(files::rows);
    }
}
