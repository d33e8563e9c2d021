package eu.loopmentoring.api.mentoring;

import eu.loopmentoring.api.platform.jobs.BackgroundWork;
import eu.loopmentoring.domain.mentoring.CheckInWork;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Tells participants when their relationship-health check-in is due. Safe with several instances:
 * one run at a time holds a database advisory lock (the others skip), and a participant already
 * reminded since their check-in fell due is not reminded again.
 */
@ApplicationScoped
public class CheckInReminders {

    private static final Logger LOG = Logger.getLogger(CheckInReminders.class);

    private final CheckInWork work;
    private final BackgroundWork background;

    CheckInReminders(CheckInWork work, BackgroundWork background) {
        this.work = work;
        this.background = background;
    }

    @Scheduled(
            every = "${loop.mentoring.check-in-reminder-every:1h}",
            delayed = "${loop.mentoring.expiry-check-delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void remind() {
        background.run(() -> {
            int reminded = remindNow();
            if (reminded > 0) {
                LOG.infof("Reminded %d participants of a due mentoring check-in", reminded);
            }
        });
    }

    /** One run, in its own transaction; how many were reminded. */
    int remindNow() {
        return QuarkusTransaction.requiringNew().call(work::remindDueCheckIns);
    }
}
