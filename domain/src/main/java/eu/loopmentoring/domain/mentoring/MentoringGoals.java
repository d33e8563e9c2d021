package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The goals tracked in relationships. */
public interface MentoringGoals {

    Optional<MentoringGoal> find(UUID relationshipId, UUID id);

    MentoringGoal add(MentoringGoal goal);

    /** Stores the goal with the next version. */
    MentoringGoal update(MentoringGoal goal);

    /** Deletes the goal and what hangs on it. */
    void remove(UUID id);

    /** One page of the relationship's goals, oldest first. */
    Page<MentoringGoal> of(UUID relationshipId, PageRequest page);

    /** Oldest first. */
    List<MentoringGoal> ofRelationships(List<UUID> relationshipIds);
}
