package eu.loopmentoring.api.mentoring;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Mentoring settings ({@code LOOP_MENTORING_PROPOSAL_EXPIRY=P3D}, ...). */
@ConfigMapping(prefix = "loop.mentoring")
public interface MentoringConfig {

    /** How long the side that has not accepted a proposal has to answer it (ISO-8601 duration). */
    @WithDefault("P7D")
    Duration proposalExpiry();

    /** How many due proposals one run of the expiry job expires at most. */
    @WithDefault("200")
    int expiryBatch();

    /** How often each instance looks for proposals past their time (a Quarkus scheduler interval). */
    @WithDefault("1m")
    String expiryCheckEvery();

    /** How often one instance looks for due check-ins to remind participants of. */
    @WithDefault("1h")
    String checkInReminderEvery();

    /** How long after start the first look happens. */
    @WithDefault("30s")
    String expiryCheckDelay();
}
