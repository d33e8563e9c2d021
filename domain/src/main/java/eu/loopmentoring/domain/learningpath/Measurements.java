package eu.loopmentoring.domain.learningpath;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The learners' submitted questionnaire responses, as measurements over time. */
public interface Measurements {

    /** The person's last response submitted at or before {@code at}. */
    Optional<Measurement> lastUpTo(UUID personId, Instant at);

    /** The person's latest response submitted after {@code since}. */
    Optional<Measurement> latestAfter(UUID personId, Instant since);
}
