package eu.loopmentoring.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.mentoring.MentoringRelationship;
import eu.loopmentoring.domain.mentoring.MentoringTask;
import eu.loopmentoring.domain.mentoring.MentoringTasks;
import eu.loopmentoring.domain.mentoring.RelationshipItems;
import eu.loopmentoring.domain.mentoring.TaskChanges;
import eu.loopmentoring.domain.mentoring.TaskComment;
import eu.loopmentoring.domain.shared.PageRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What any {@link MentoringTasks} must do: tasks and their comments are oldest first. */
public abstract class MentoringTasksContract extends RelationshipItemsContract<MentoringTask> {

    protected abstract MentoringTasks tasks();

    @Override
    protected RelationshipItems<MentoringTask> items() {
        return tasks();
    }

    @Override
    protected MentoringTask newItem(MentoringRelationship relationship, Instant at) {
        UUID mentor = relationship.participants().getFirst().personId();
        return MentoringTask.create(
                relationship.id(),
                "Try exit tickets",
                Optional.of("Three questions at the end of a lesson"),
                Optional.of(relationship.participants().getLast().personId()),
                Optional.of(LocalDate.parse("2027-01-10")),
                mentor,
                at);
    }

    @Override
    protected MentoringTask changed(MentoringTask task) {
        return task.change(
                new TaskChanges(
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(true)),
                task.updatedAt().plusSeconds(60));
    }

    @Override
    protected UUID id(MentoringTask task) {
        return task.id();
    }

    @Override
    protected long version(MentoringTask task) {
        return task.version();
    }

    @Override
    protected Instant orderedAt(MentoringTask task) {
        return task.createdAt();
    }

    private TaskComment aComment(MentoringTask task, Person author, Instant at) {
        TaskComment comment = new TaskComment(UUID.randomUUID(), task.id(), Optional.of(author.id()), "Tried it", at);
        assertThat(tasks().addComment(comment)).isEqualTo(comment);
        return comment;
    }

    @Test
    void aTasksCommentsComeOldestFirstInKeysetPagesAndGoWithTheTask() {
        MentoringRelationship relationship = aRelationship();
        MentoringTask task = anItem(relationship, T0);
        MentoringTask other = anItem(relationship, T0);
        Person author = aPerson("Commenter");
        List<TaskComment> added = List.of(
                aComment(task, author, T0.plusSeconds(20)),
                aComment(task, author, T0),
                aComment(task, author, T0.plusSeconds(10)),
                aComment(task, author, T0.plusSeconds(10)));
        TaskComment elsewhere = aComment(other, author, T0.plusSeconds(5));
        List<TaskComment> oldestFirst = added.stream()
                .sorted(Comparator.comparing(TaskComment::createdAt).thenComparing(c -> c.id().toString()))
                .toList();

        assertThat(allPages(3, page -> tasks().comments(task.id(), page))).containsExactlyElementsOf(oldestFirst);

        tasks().remove(task.id());

        assertThat(tasks().comments(task.id(), PageRequest.first(10)).items()).isEmpty();
        assertThat(tasks().commentsBy(author.id())).containsExactly(elsewhere);
    }

    @Test
    void anAuthorsCommentsAreTheirsOnlyOldestFirst() {
        MentoringRelationship relationship = aRelationship();
        MentoringTask task = anItem(relationship, T0);
        Person author = aPerson("Author");
        TaskComment later = aComment(task, author, T0.plusSeconds(20));
        TaskComment earlier = aComment(anItem(relationship, T0), author, T0.plusSeconds(10));
        aComment(task, aPerson("Someone else"), T0);

        assertThat(tasks().commentsBy(author.id())).containsExactly(earlier, later);
        assertThat(tasks().commentsBy(UUID.randomUUID())).isEmpty();
    }
}
