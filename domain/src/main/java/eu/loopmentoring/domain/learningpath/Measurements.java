package eu.loopmentoring.domain.learningpath;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The learners' submitted questionnaire responses, as measurements over time. */
public interface Measurements {

    /** A learner's measurements around enrolling: the last one up to it and the latest one since. */
    record BeforeAndAfter(Optional<Measurement> before, Optional<Measurement> after) {}

    /** The person's last response submitted at or before {@code at}. */
    Optional<Measurement> lastUpTo(UUID personId, Instant at);

    /** The person's latest response submitted after {@code since}. */
    Optional<Measurement> latestAfter(UUID personId, Instant since);

    /**
     * The measurements around each completed enrollment in the version {@code learningPathId}, by
     * enrollment id: what {@link #lastUpTo} and {@link #latestAfter} answer for its learner and the
     * moment they enrolled, read for the whole version at once.
     */
    Map<UUID, BeforeAndAfter> aroundCompleted(UUID learningPathId);
}
