package eu.loopmentoring.domain.mentoring;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The goals tracked in relationships. */
public interface MentoringGoals {

    Optional<MentoringGoal> find(UUID relationshipId, UUID id);

    MentoringGoal add(MentoringGoal goal);

    /** Stores the goal with the next version. */
    MentoringGoal update(MentoringGoal goal);

    /** Oldest first. */
    List<MentoringGoal> ofRelationships(List<UUID> relationshipIds);
}
