package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.mentoring.MentoringTask;
import eu.loopmentoring.domain.mentoring.MentoringTasks;
import eu.loopmentoring.domain.mentoring.TaskComment;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Tasks, oldest first, and their comments, which go with the task. */
public final class InMemoryMentoringTasks extends InMemoryRelationshipItems<MentoringTask> implements MentoringTasks {

    public final List<TaskComment> comments = new ArrayList<>();

    public InMemoryMentoringTasks() {
        super(
                MentoringTask::id,
                MentoringTask::relationshipId,
                t -> List.of(FakePages.sortable(t.createdAt()), t.id().toString()),
                MentoringTask::version,
                (t, version) -> new MentoringTask(
                        t.id(),
                        t.relationshipId(),
                        t.title(),
                        t.description(),
                        t.assigneeId(),
                        t.dueDate(),
                        t.doneAt(),
                        t.createdBy(),
                        t.createdAt(),
                        t.updatedAt(),
                        version));
    }

    @Override
    public void remove(UUID id) {
        super.remove(id);
        comments.removeIf(c -> c.taskId().equals(id));
    }

    @Override
    public TaskComment addComment(TaskComment comment) {
        comments.add(comment);
        return comment;
    }

    @Override
    public Page<TaskComment> comments(UUID taskId, PageRequest page) {
        return FakePages.byKey(
                comments.stream().filter(c -> c.taskId().equals(taskId)), page, InMemoryMentoringTasks::key);
    }

    @Override
    public List<TaskComment> commentsBy(UUID authorId) {
        return comments.stream()
                .filter(c -> c.authorId().filter(authorId::equals).isPresent())
                .sorted(Comparator.comparing(InMemoryMentoringTasks::key, FakePages.KEY_ORDER))
                .toList();
    }

    private static List<String> key(TaskComment comment) {
        return List.of(FakePages.sortable(comment.createdAt()), comment.id().toString());
    }
}
