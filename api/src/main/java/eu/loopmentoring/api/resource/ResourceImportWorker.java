package eu.loopmentoring.api.resource;

import eu.loopmentoring.api.platform.jobs.BackgroundWork;
import eu.loopmentoring.domain.resource.ResourceImports;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Processes partner bulk imports in the background: every second, each node takes the oldest job
 * not done with {@code FOR UPDATE SKIP LOCKED} (so two nodes never take the same job) and imports
 * its next hundred rows in one transaction with their results, so that a crash leaves those rows to
 * be taken again and never half done; it goes on, a transaction a hundred rows, while there is work
 * and at most {@value #UNITS_PER_RUN} times a run, so the job's progress shows between them. When the
 * instance stops it starts no new transaction, and the stop waits for the one under way.
 */
@ApplicationScoped
public class ResourceImportWorker {

    static final int UNITS_PER_RUN = 20;

    private final ResourceImports imports;
    private final ResourceImportFiles files;
    private final BackgroundWork background;

    ResourceImportWorker(ResourceImports imports, ResourceImportFiles files, BackgroundWork background) {
        this.imports = imports;
        this.files = files;
        this.background = background;
    }

    @Scheduled(every = "${loop.resource-imports.every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void work() {
        background.run(this::workUntilStopped);
    }

    private void workUntilStopped() {
        for (int unit = 0; unit < UNITS_PER_RUN && !background.stopping(); unit++) {
            boolean worked = QuarkusTransaction.requiringNew()
                    .call(() -> imports.processNext(files::rows).isPresent());
            if (!worked) {
                return;
            }
        }
    }
}
