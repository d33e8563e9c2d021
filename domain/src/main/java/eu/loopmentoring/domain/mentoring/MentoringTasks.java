package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The tasks of relationships and their comments. */
public interface MentoringTasks {

    Optional<MentoringTask> find(UUID relationshipId, UUID id);

    MentoringTask add(MentoringTask task);

    /** Stores the task with the next version. */
    MentoringTask update(MentoringTask task);

    /** Deletes the task and what hangs on it. */
    void remove(UUID id);

    /** One page of the relationship's tasks, oldest first. */
    Page<MentoringTask> of(UUID relationshipId, PageRequest page);

    /** Oldest first. */
    List<MentoringTask> ofRelationships(List<UUID> relationshipIds);

    TaskComment addComment(TaskComment comment);

    /** One page of the task's comments, oldest first. */
    Page<TaskComment> comments(UUID taskId, PageRequest page);

    List<TaskComment> commentsBy(UUID authorId);
}
