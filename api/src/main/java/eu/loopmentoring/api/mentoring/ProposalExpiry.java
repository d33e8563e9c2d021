package eu.loopmentoring.api.mentoring;

import eu.loopmentoring.api.platform.jobs.BackgroundWork;
import eu.loopmentoring.domain.mentoring.Proposing;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Expires proposals nobody answered in time. Safe with several instances: each proposal is
 * expired in its own transaction under the locks of its offer and request, and one that another
 * instance expired (or someone answered) in between is left alone.
 */
@ApplicationScoped
public class ProposalExpiry {

    private static final Logger LOG = Logger.getLogger(ProposalExpiry.class);

    private final Proposing proposing;
    private final MentoringConfig config;
    private final BackgroundWork background;

    ProposalExpiry(Proposing proposing, MentoringConfig config, BackgroundWork background) {
        this.proposing = proposing;
        this.config = config;
        this.background = background;
    }

    @Scheduled(
            every = "${loop.mentoring.expiry-check-every:1m}",
            delayed = "${loop.mentoring.expiry-check-delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void expireDue() {
        background.run(this::expireUntilStopped);
    }

    private void expireUntilStopped() {
        int expired = 0;
        for (UUID id : QuarkusTransaction.requiringNew().call(() -> proposing.proposalsDue(config.expiryBatch()))) {
            if (background.stopping()) {
                break;
            }
            try {
                if (QuarkusTransaction.requiringNew().call(() -> proposing.expire(id))) {
                    expired++;
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "Could not expire mentoring proposal %s; the next run tries again", id);
            }
        }
        if (expired > 0) {
            LOG.infof("Expired %d mentoring proposals nobody answered in time", expired);
        }
    }
}
