package eu.loopmentoring.domain.mentoring;

import static eu.loopmentoring.domain.mentoring.MentoringAccess.notFound;

import eu.loopmentoring.domain.shared.Access;
import eu.loopmentoring.domain.shared.ExpectedVersion;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.PersonSubject;
import eu.loopmentoring.domain.shared.RuleViolationException;
import eu.loopmentoring.domain.shared.Subject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A relationship's tasks and their comments, seen and changed by its members only; a task is
 * assigned to one of them, who is told. People only.
 */
public class TaskWork {

    private final MentoringTasks tasks;
    private final Notifications notifications;
    private final MentoringAccess access;
    private final Clock clock;

    public TaskWork(MentoringTasks tasks, Notifications notifications, MentoringAccess access, Clock clock) {
        this.tasks = tasks;
        this.notifications = notifications;
        this.access = access;
        this.clock = clock;
    }

    public Page<MentoringTask> tasks(Subject subject, UUID relationshipId, PageRequest page) {
        access.ofMember(Access.person(subject), relationshipId);
        return tasks.of(relationshipId, page);
    }

    public MentoringTask task(Subject subject, UUID relationshipId, UUID taskId) {
        access.ofMember(Access.person(subject), relationshipId);
        return find(relationshipId, taskId);
    }

    public MentoringTask addTask(
            Subject subject,
            UUID relationshipId,
            String title,
            Optional<String> description,
            Optional<UUID> assigneeId,
            Optional<LocalDate> dueDate) {
        PersonSubject person = Access.person(subject);
        MentoringRelationship relationship = access.running(person, relationshipId);
        checkAssignee(relationship, assigneeId);
        Instant now = clock.instant();
        MentoringTask task = tasks.add(
                MentoringTask.create(relationshipId, title, description, assigneeId, dueDate, person.id(), now));
        tellAssignee(relationship, person, assigneeId, now);
        return task;
    }

    public MentoringTask changeTask(
            Subject subject, UUID relationshipId, UUID taskId, ExpectedVersion expected, TaskChanges changes) {
        PersonSubject person = Access.person(subject);
        MentoringRelationship relationship = access.running(person, relationshipId);
        MentoringTask task = current(relationshipId, taskId, expected);
        checkAssignee(relationship, changes.assigneeId());
        Instant now = clock.instant();
        MentoringTask changed = tasks.update(task.change(changes, now));
        if (!changed.assigneeId().equals(task.assigneeId())) {
            tellAssignee(relationship, person, changed.assigneeId(), now);
        }
        return changed;
    }

    /** A member deletes a task of a running relationship, with its comments. */
    public void deleteTask(Subject subject, UUID relationshipId, UUID taskId, ExpectedVersion expected) {
        access.running(Access.person(subject), relationshipId);
        current(relationshipId, taskId, expected);
        tasks.remove(taskId);
    }

    public Page<TaskComment> comments(Subject subject, UUID relationshipId, UUID taskId, PageRequest page) {
        task(subject, relationshipId, taskId);
        return tasks.comments(taskId, page);
    }

    public TaskComment comment(Subject subject, UUID relationshipId, UUID taskId, String text) {
        PersonSubject person = Access.person(subject);
        MentoringRelationship relationship = access.running(person, relationshipId);
        find(relationshipId, taskId);
        Instant now = clock.instant();
        TaskComment comment =
                tasks.addComment(new TaskComment(UUID.randomUUID(), taskId, Optional.of(person.id()), text, now));
        notifications.tellOthers(relationship, person.id(), NotificationKind.TASK_COMMENTED, now);
        return comment;
    }

    private MentoringTask find(UUID relationshipId, UUID taskId) {
        return tasks.find(relationshipId, taskId).orElseThrow(() -> notFound("mentoring task", taskId));
    }

    /** The task at the version the caller read, checked only once {@code running} has let them in. */
    private MentoringTask current(UUID relationshipId, UUID taskId, ExpectedVersion expected) {
        MentoringTask task = find(relationshipId, taskId);
        expected.check(task.version(), "mentoring task");
        return task;
    }

    private static void checkAssignee(MentoringRelationship relationship, Optional<UUID> assignee) {
        if (assignee.filter(a -> !relationship.isMember(a)).isPresent()) {
            throw new RuleViolationException("assigneeId must be one of the relationship's participants.");
        }
    }

    private void tellAssignee(
            MentoringRelationship relationship, PersonSubject person, Optional<UUID> assignee, Instant now) {
        assignee.filter(a -> !a.equals(person.id()))
                .ifPresent(a ->
                        notifications.add(Notification.about(relationship, a, NotificationKind.TASK_ASSIGNED, now)));
    }
}
