package eu.loopmentoring.domain.mentoring;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Participants' feedback on ended relationships, one per participant and relationship. */
public interface ClosingFeedbacks {

    Optional<ClosingFeedback> find(UUID relationshipId, UUID authorId);

    ClosingFeedback put(ClosingFeedback feedback);

    List<ClosingFeedback> of(UUID authorId);
}
