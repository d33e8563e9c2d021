package eu.loopmentoring.domain.mentoring;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The tasks of relationships and their comments. */
public interface MentoringTasks {

    Optional<MentoringTask> find(UUID relationshipId, UUID id);

    MentoringTask add(MentoringTask task);

    /** Stores the task with the next version. */
    MentoringTask update(MentoringTask task);

    /** Oldest first. */
    List<MentoringTask> ofRelationships(List<UUID> relationshipIds);

    TaskComment addComment(TaskComment comment);

    /** Oldest first. */
    List<TaskComment> comments(UUID taskId);

    List<TaskComment> commentsBy(UUID authorId);
}
