package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.List;
import java.util.UUID;

/** The tasks of relationships, oldest first, and their comments. */
public interface MentoringTasks extends RelationshipItems<MentoringTask> {

    TaskComment addComment(TaskComment comment);

    /** One page of the task's comments, oldest first. */
    Page<TaskComment> comments(UUID taskId, PageRequest page);

    List<TaskComment> commentsBy(UUID authorId);
}
