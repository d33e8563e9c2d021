package eu.loopmentoring.api.platform.jobs;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduler;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * What the background workers do, seen by the shutdown: when the instance stops (SIGTERM), no
 * worker starts a new unit of work, and the shutdown waits for the units under way to end (a
 * matching run gives itself back, an import or publication batch commits) before the database
 * connections close, so that the next instance resumes every job at once and nothing is done
 * twice. The wait is bounded: a unit still going after it is taken over later as after a crash.
 * The scheduler is paused first: it stops by itself only when its bean is destroyed, and until
 * then it would go on firing every worker, each second, into beans being destroyed.
 */
@ApplicationScoped
public class BackgroundWork {

    static final Duration DRAIN_AT_MOST = Duration.ofSeconds(10);

    private static final Logger LOG = Logger.getLogger(BackgroundWork.class);

    private final Scheduler scheduler;
    private volatile boolean stopping;
    private int active;

    BackgroundWork(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** True once the instance is stopping: a worker ends what it does as soon as it can. */
    public boolean stopping() {
        return stopping;
    }

    /** Runs {@code unit} unless the instance is stopping; the shutdown waits for it. */
    public void run(Runnable unit) {
        synchronized (this) {
            if (stopping) {
                return;
            }
            active++;
        }
        try {
            unit.run();
        } finally {
            synchronized (this) {
                active--;
                notifyAll();
            }
        }
    }

    // Before the other observers, and so before the beans (the datasource among them) are destroyed.
    void drain(@Observes @Priority(1) ShutdownEvent event) throws InterruptedException {
        long deadline = System.nanoTime() + DRAIN_AT_MOST.toNanos();
        scheduler.pause();
        synchronized (this) {
            stopping = true;
            if (active > 0) {
                LOG.infof("Stopping: waiting for %d background units to end", active);
            }
            while (active > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    LOG.warnf(
                            "%d background units still under way after %s; they are taken over later",
                            active, DRAIN_AT_MOST);
                    return;
                }
                wait(Math.max(1, left / 1_000_000));
            }
        }
    }
}
