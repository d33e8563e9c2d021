package eu.loopmentoring.domain.learningpath;

import java.time.Instant;
import java.util.UUID;

/** The profile questionnaire as a measurement: whether a person has answered it again. */
public interface Assessments {

    /** Whether the person submitted a questionnaire response after {@code since}. */
    boolean submittedSince(UUID personId, Instant since);
}
