package eu.loopmentoring.api.matching;

import eu.loopmentoring.api.platform.jobs.BackgroundWork;
import eu.loopmentoring.domain.matching.MatchingInput;
import eu.loopmentoring.domain.matching.MatchingProgress;
import eu.loopmentoring.domain.matching.MatchingResult;
import eu.loopmentoring.domain.matchingrun.CoalitionMatchingRuns;
import eu.loopmentoring.domain.matchingrun.MatchingRun;
import eu.loopmentoring.domain.matchingrun.MatchingRun.Phase;
import eu.loopmentoring.domain.matchingrun.MatchingRun.Progress;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs coordinators' batch matching in the background: every second, each node takes the oldest
 * waiting run with {@code FOR UPDATE SKIP LOCKED} (so two nodes never take the same run), marks it
 * RUNNING and commits; it then reads the input in bulk, computes in memory, reporting progress in
 * short transactions at most every {@value #PROGRESS_EVERY_MILLIS} ms (which also tells other nodes
 * it is alive), and stores the result in one transaction. A run whose node dies is taken again
 * once its progress is stale. When the instance stops, a run under way is given back (PENDING, its
 * partial work dropped) at the next progress report, so that the next instance takes it at once.
 *
 * <p>It then publishes PUBLISHING runs, {@code loop.matching-runs.publish-batch} pairs per
 * transaction, each taking the run with {@code FOR UPDATE SKIP LOCKED}: a run of thousands of pairs
 * never holds one transaction past its timeout, and a batch that fails is done again whole.
 */
@ApplicationScoped
public class MatchingRunWorker {

    static final long PROGRESS_EVERY_MILLIS = 500;

    private static final Logger LOG = Logger.getLogger(MatchingRunWorker.class);

    private final CoalitionMatchingRuns runs;
    private final BackgroundWork background;
    private final int publishBatch;

    MatchingRunWorker(
            CoalitionMatchingRuns runs,
            BackgroundWork background,
            @ConfigProperty(name = "loop.matching-runs.publish-batch") int publishBatch) {
        this.runs = runs;
        this.background = background;
        this.publishBatch = publishBatch;
    }

    static final String IDENTITY = "matching-runs";

    @Scheduled(
            identity = IDENTITY,
            every = "${loop.matching-runs.every:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void work() {
        background.run(this::workUntilStopped);
    }

    private void workUntilStopped() {
        while (!background.stopping()) {
            Optional<MatchingRun> claimed = QuarkusTransaction.requiringNew().call(runs::claim);
            if (claimed.isEmpty()) {
                break;
            }
            execute(claimed.get());
        }
        while (!background.stopping() && QuarkusTransaction.requiringNew().call(() -> runs.publishNext(publishBatch))) {
            // the next batch, of this run or another
        }
    }

    private void execute(MatchingRun run) {
        try {
            long start = System.nanoTime();
            MatchingInput input = QuarkusTransaction.requiringNew().call(() -> runs.input(run));
            stopIfStopping();
            long loaded = System.nanoTime();
            MatchingResult result = runs.compute(run, input, throttled(run));
            long computed = System.nanoTime();
            report(
                    run,
                    new Progress(Optional.of(Phase.STORING), 0, result.pairs().size()));
            if (!QuarkusTransaction.requiringNew().call(() -> runs.finish(run, input, result))) {
                LOG.infof("matching run %s was taken over by another worker; this result is dropped", run.id());
                return;
            }
            LOG.infof(
                    "matching run %s: %d requests x %d offers, loaded in %d ms, computed in %d ms, stored in %d ms",
                    run.id(),
                    input.mentees().size(),
                    input.mentors().size(),
                    (loaded - start) / 1_000_000,
                    (computed - loaded) / 1_000_000,
                    (System.nanoTime() - computed) / 1_000_000);
        } catch (RuntimeException e) {
            if (background.stopping()) {
                giveBack(run);
                return;
            }
            LOG.errorf(e, "matching run %s failed", run.id());
            QuarkusTransaction.requiringNew()
                    .run(() -> runs.fail(
                            run,
                            "The run failed unexpectedly; start another. ("
                                    + e.getClass().getSimpleName() + ")"));
        }
    }

    /** The instance stops: the run waits again for the next worker, here or on another instance. */
    private void giveBack(MatchingRun run) {
        try {
            QuarkusTransaction.requiringNew().run(() -> runs.release(run));
            LOG.infof("matching run %s given back unfinished: this instance is stopping", run.id());
        } catch (RuntimeException e) {
            LOG.warnf(e, "matching run %s could not be given back; it is taken over once stale", run.id());
        }
    }

    private void stopIfStopping() {
        if (background.stopping()) {
            throw new Stopping();
        }
    }

    /** Ends a computation under way when the instance stops. */
    private static final class Stopping extends RuntimeException {
        Stopping() {
            super("stopping", null, false, false);
        }
    }

    private MatchingProgress throttled(MatchingRun run) {
        long[] last = {0};
        return (phase, done, total) -> {
            stopIfStopping();
            long now = System.currentTimeMillis();
            if (now - last[0] >= PROGRESS_EVERY_MILLIS || done == total) {
                last[0] = now;
                report(run, new Progress(Optional.of(Phase.of(phase)), done, total));
            }
        };
    }

    private void report(MatchingRun run, Progress progress) {
        QuarkusTransaction.requiringNew().run(() -> runs.progress(run, progress));
    }
}
