package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.shared.Access;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.PersonSubject;
import eu.loopmentoring.domain.shared.RuleViolationException;
import eu.loopmentoring.domain.shared.StaleVersionException;
import eu.loopmentoring.domain.shared.Subject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiPredicate;

/**
 * What happens inside a relationship: its agreement, goals, sessions with shared and private
 * notes, tasks with comments, and the closing feedback. People only.
 *
 * <p>Who sees what: everything of a relationship is seen by its members, and by nobody else
 * (a stranger gets "not found"), except private notes and feedback, which only their author ever
 * reads; the coordinators of the relationship's coalition read its agreement and goals. Members
 * change things while the relationship runs (ACTIVE or PAUSED); private notes are written at any
 * time, feedback only once it ended.
 *
 * <p>Every change takes the relationship's lock first, so that changes inside one relationship
 * happen one after the other and a version read is still current when compared.
 */
public class RelationshipWork {

    private final MentoringRelationships relationships;
    private final MentoringAgreements agreements;
    private final MentoringGoals goals;
    private final MentoringSessions sessions;
    private final MentoringTasks tasks;
    private final CheckIns checkIns;
    private final ClosingFeedbacks feedback;
    private final Notifications notifications;
    private final Programmes programmes;
    private final Clock clock;

    public RelationshipWork(
            MentoringRelationships relationships,
            MentoringAgreements agreements,
            MentoringGoals goals,
            MentoringSessions sessions,
            MentoringTasks tasks,
            CheckIns checkIns,
            ClosingFeedbacks feedback,
            Notifications notifications,
            Programmes programmes,
            Clock clock) {
        this.relationships = relationships;
        this.agreements = agreements;
        this.goals = goals;
        this.sessions = sessions;
        this.tasks = tasks;
        this.checkIns = checkIns;
        this.feedback = feedback;
        this.notifications = notifications;
        this.programmes = programmes;
        this.clock = clock;
    }

    // Agreement

    public MentoringAgreement agreement(Subject subject, UUID relationshipId) {
        MentoringRelationship relationship = readable(Access.person(subject), relationshipId);
        return agreements
                .find(relationshipId)
                .orElseThrow(() -> notFound("mentoring agreement", relationshipId))
                .in(relationship);
    }

    /** Whether the relationship has an agreement yet, for a participant (the first one needs no If-Match). */
    public boolean hasAgreement(Subject subject, UUID relationshipId) {
        visible(Access.person(subject), relationshipId);
        return agreements.find(relationshipId).isPresent();
    }

    /**
     * Sets the first agreement ({@code expectedVersion} empty) or changes it (the version read);
     * either way it is unconfirmed afterwards and the other participant is told.
     */
    public MentoringAgreement putAgreement(
            Subject subject, UUID relationshipId, Optional<Long> expectedVersion, AgreementTerms terms) {
        PersonSubject person = Access.person(subject);
        MentoringRelationship relationship = running(person, relationshipId);
        Instant now = clock.instant();
        Optional<MentoringAgreement> current = agreements.find(relationshipId);
        MentoringAgreement saved;
        if (current.isEmpty()) {
            saved = agreements.add(MentoringAgreement.draft(relationshipId, terms, person.id(), now));
        } else {
            MentoringAgreement agreement = current.get();
            if (expectedVersion.isEmpty() || expectedVersion.get() != agreement.version()) {
                throw new StaleVersionException("mentoring agreement");
            }
            saved = agreements.update(agreement.changed(terms, person.id(), now));
        }
        tellOthers(relationship, person, NotificationKind.AGREEMENT_CHANGED, now);
        return saved.in(relationship);
    }

    /** The caller confirms the version they read; the other participant is told. */
    public MentoringAgreement confirmAgreement(Subject subject, UUID relationshipId, long expectedVersion) {
        PersonSubject person = Access.person(subject);
        MentoringRelationship relationship = running(person, relationshipId);
        MentoringAgreement agreement =
                agreements.find(relationshipId).orElseThrow(() -> notFound("mentoring agreement", relationshipId));
        if (agreement.version() != expectedVersion) {
            throw new StaleVersionException("mentoring agreement");
        }
        if (agreement.isConfirmedBy(person.id())) {
            return agreement.in(relationship);
        }
        Instant now = clock.instant();
        MentoringAgreement confirmed = agreements.update(agreement.confirmedBy(person.id(), now));
        tellOthers(relationship, person, NotificationKind.AGREEMENT_CONFIRMED, now);
        return confirmed.in(relationship);
    }

    // Goals

    public Page<MentoringGoal> goals(Subject subject, UUID relationshipId, PageRequest page) {
        readable(Access.person(subject), relationshipId);
        return goals.of(relationshipId, page);
    }

    public MentoringGoal goal(Subject subject, UUID relationshipId, UUID goalId) {
        readable(Access.person(subject), relationshipId);
        return goals.find(relationshipId, goalId).orElseThrow(() -> notFound("mentoring goal", goalId));
    }

    public MentoringGoal addGoal(Subject subject, UUID relationshipId, String title, Optional<LocalDate> targetDate) {
        PersonSubject person = Access.person(subject);
        MentoringRelationship relationship = running(person, relationshipId);
        Instant now = clock.instant();
        MentoringGoal goal = goals.add(MentoringGoal.open(relationshipId, title, targetDate, person.id(), now));
        tellOthers(relationship, person, NotificationKind.GOAL_ADDED, now);
        return goal;
    }

    public MentoringGoal changeGoal(
            Subject subject, UUID relationshipId, UUID goalId, long expectedVersion, GoalChanges changes) {
        PersonSubject person = Access.person(subject);
        running(person, relationshipId);
        MentoringGoal goal = goals.find(relationshipId, goalId).orElseThrow(() -> notFound("mentoring goal", goalId));
        if (goal.version() != expectedVersion) {
            throw new StaleVersionException("mentoring goal");
        }
        return goals.update(goal.change(changes, clock.instant()));
    }

    /** A member deletes a goal of a running relationship, naming the version they read. */
    public void deleteGoal(Subject subject, UUID relationshipId, UUID goalId, long expectedVersion) {
        running(Access.person(subject), relationshipId);
        MentoringGoal goal = goals.find(relationshipId, goalId).orElseThrow(() -> notFound("mentoring goal", goalId));
        if (goal.version() != expectedVersion) {
            throw new StaleVersionException("mentoring goal");
        }
        goals.remove(goalId);
    }

    /** The goal, if the caller may see it: for a precondition check before If-Match. */
    public void checkGoal(Subject subject, UUID relationshipId, UUID goalId) {
        goal(subject, relationshipId, goalId);
    }

    // Sessions

    public Page<MentoringSession> sessions(Subject subject, UUID relationshipId, PageRequest page) {
        visible(Access.person(subject), relationshipId);
        return sessions.of(relationshipId, page);
    }

    public MentoringSession session(Subject subject, UUID relationshipId, UUID sessionId) {
        visible(Access.person(subject), relationshipId);
        return sessions.find(relationshipId, sessionId).orElseThrow(() -> notFound("mentoring session", sessionId));
    }

    public MentoringSession addSession(
            Subject subject,
            UUID relationshipId,
            Instant startsAt,
            int durationMinutes,
            SessionStatus status,
            Optional<String> sharedNotes) {
        PersonSubject person = Access.person(subject);
        MentoringRelationship relationship = running(person, relationshipId);
        Instant now = clock.instant();
        MentoringSession session = sessions.add(MentoringSession.create(
                relationshipId, startsAt, durationMinutes, status, sharedNotes, person.id(), now));
        tellOthers(relationship, person, NotificationKind.SESSION_PLANNED, now);
        return session;
    }

    public MentoringSession changeSession(
            Subject subject, UUID relationshipId, UUID sessionId, long expectedVersion, SessionChanges changes) {
        PersonSubject person = Access.person(subject);
        running(person, relationshipId);
        MentoringSession session =
                sessions.find(relationshipId, sessionId).orElseThrow(() -> notFound("mentoring session", sessionId));
        if (session.version() != expectedVersion) {
            throw new StaleVersionException("mentoring session");
        }
        return sessions.update(session.change(changes, clock.instant()));
    }

    /** A member deletes a session of a running relationship, with everyone's private notes on it. */
    public void deleteSession(Subject subject, UUID relationshipId, UUID sessionId, long expectedVersion) {
        running(Access.person(subject), relationshipId);
        MentoringSession session =
                sessions.find(relationshipId, sessionId).orElseThrow(() -> notFound("mentoring session", sessionId));
        if (session.version() != expectedVersion) {
            throw new StaleVersionException("mentoring session");
        }
        sessions.remove(sessionId);
    }

    /** The caller's own private note on the session; nobody else's is ever returned. */
    public PrivateNote myNote(Subject subject, UUID relationshipId, UUID sessionId) {
        PersonSubject person = Access.person(subject);
        session(subject, relationshipId, sessionId);
        return sessions.note(sessionId, person.id()).orElseThrow(() -> notFound("private note", sessionId));
    }

    public PrivateNote putMyNote(Subject subject, UUID relationshipId, UUID sessionId, String text) {
        PersonSubject person = Access.person(subject);
        session(subject, relationshipId, sessionId);
        return sessions.putNote(new PrivateNote(sessionId, person.id(), text, clock.instant()));
    }

    // Tasks

    public Page<MentoringTask> tasks(Subject subject, UUID relationshipId, PageRequest page) {
        visible(Access.person(subject), relationshipId);
        return tasks.of(relationshipId, page);
    }

    public MentoringTask task(Subject subject, UUID relationshipId, UUID taskId) {
        visible(Access.person(subject), relationshipId);
        return tasks.find(relationshipId, taskId).orElseThrow(() -> notFound("mentoring task", taskId));
    }

    public MentoringTask addTask(
            Subject subject,
            UUID relationshipId,
            String title,
            Optional<String> description,
            Optional<UUID> assigneeId,
            Optional<LocalDate> dueDate) {
        PersonSubject person = Access.person(subject);
        MentoringRelationship relationship = running(person, relationshipId);
        checkAssignee(relationship, assigneeId);
        Instant now = clock.instant();
        MentoringTask task = tasks.add(
                MentoringTask.create(relationshipId, title, description, assigneeId, dueDate, person.id(), now));
        tellAssignee(relationship, person, assigneeId, now);
        return task;
    }

    public MentoringTask changeTask(
            Subject subject, UUID relationshipId, UUID taskId, long expectedVersion, TaskChanges changes) {
        PersonSubject person = Access.person(subject);
        MentoringRelationship relationship = running(person, relationshipId);
        checkAssignee(relationship, changes.assigneeId());
        MentoringTask task = tasks.find(relationshipId, taskId).orElseThrow(() -> notFound("mentoring task", taskId));
        if (task.version() != expectedVersion) {
            throw new StaleVersionException("mentoring task");
        }
        Instant now = clock.instant();
        MentoringTask changed = tasks.update(task.change(changes, now));
        if (!changed.assigneeId().equals(task.assigneeId())) {
            tellAssignee(relationship, person, changed.assigneeId(), now);
        }
        return changed;
    }

    /** A member deletes a task of a running relationship, with its comments. */
    public void deleteTask(Subject subject, UUID relationshipId, UUID taskId, long expectedVersion) {
        running(Access.person(subject), relationshipId);
        MentoringTask task = tasks.find(relationshipId, taskId).orElseThrow(() -> notFound("mentoring task", taskId));
        if (task.version() != expectedVersion) {
            throw new StaleVersionException("mentoring task");
        }
        tasks.remove(taskId);
    }

    public Page<TaskComment> comments(Subject subject, UUID relationshipId, UUID taskId, PageRequest page) {
        task(subject, relationshipId, taskId);
        return tasks.comments(taskId, page);
    }

    public TaskComment comment(Subject subject, UUID relationshipId, UUID taskId, String text) {
        PersonSubject person = Access.person(subject);
        MentoringRelationship relationship = running(person, relationshipId);
        tasks.find(relationshipId, taskId).orElseThrow(() -> notFound("mentoring task", taskId));
        Instant now = clock.instant();
        TaskComment comment =
                tasks.addComment(new TaskComment(UUID.randomUUID(), taskId, Optional.of(person.id()), text, now));
        tellOthers(relationship, person, NotificationKind.TASK_COMMENTED, now);
        return comment;
    }

    // Check-ins

    /** The relationship's check-ins, and when the caller's next one is due. */
    public CheckInView checkIns(Subject subject, UUID relationshipId, PageRequest page) {
        PersonSubject person = Access.person(subject);
        MentoringRelationship relationship = visible(person, relationshipId);
        return new CheckInView(checkIns.ofRelationship(relationshipId, page), nextDue(relationship, person.id()));
    }

    public CheckIn checkIn(Subject subject, UUID relationshipId, CheckInAnswers answers) {
        PersonSubject person = Access.person(subject);
        MentoringRelationship relationship = running(person, relationshipId);
        if (agreements
                .find(relationshipId)
                .filter(a -> a.in(relationship).isConfirmed())
                .isEmpty()) {
            throw new RuleViolationException("Check-ins start once all participants confirmed the agreement, which"
                    + " sets their interval: agree on it first (PUT …/agreement, then each POST …/confirmation).");
        }
        return checkIns.add(new CheckIn(
                UUID.randomUUID(),
                relationshipId,
                Optional.of(person.id()),
                relationship.sideOf(person.id()).orElseThrow(),
                answers,
                clock.instant()));
    }

    /** Reminds everyone whose check-in is due (CHECK_IN_DUE), once; for the scheduled job. */
    public int remindDueCheckIns() {
        return checkIns.remindDue(clock.instant());
    }

    /** The interval after the person's last check-in, or after all confirmed the agreement. */
    private Optional<Instant> nextDue(MentoringRelationship relationship, UUID person) {
        return agreements
                .find(relationship.id())
                .map(a -> a.in(relationship))
                .filter(MentoringAgreement::isConfirmed)
                .map(a -> {
                    Instant confirmed = a.confirmedAt().orElseThrow();
                    Instant from = checkIns.lastBy(relationship.id(), person).orElse(confirmed);
                    return from.plus(java.time.Duration.ofDays(7L * a.terms().checkInIntervalWeeks()));
                });
    }

    // Feedback

    public ClosingFeedback myFeedback(Subject subject, UUID relationshipId) {
        PersonSubject person = Access.person(subject);
        visible(person, relationshipId);
        return feedback.find(relationshipId, person.id()).orElseThrow(() -> notFound("feedback", relationshipId));
    }

    public ClosingFeedback giveFeedback(Subject subject, UUID relationshipId, int rating, Optional<String> text) {
        PersonSubject person = Access.person(subject);
        MentoringRelationship relationship = visible(person, relationshipId);
        if (relationship.status().isRunning()) {
            throw new RuleViolationException("Feedback is asked for once the relationship is COMPLETED or"
                    + " ENDED_EARLY; this one is " + relationship.status() + ".");
        }
        Side side = relationship.sideOf(person.id()).orElseThrow();
        return feedback.put(new ClosingFeedback(relationshipId, person.id(), side, rating, text, clock.instant()));
    }

    // Export

    /**
     * Everything inside the caller's relationships that was theirs to see: of the relationships
     * they joined (not those they were only invited to), the goals, sessions and tasks made until
     * they left, if they did.
     */
    public RelationshipRecords mine(Subject subject) {
        UUID me = Access.person(subject).id();
        Map<UUID, MentoringRelationship> mine = new HashMap<>();
        Map<UUID, Instant> leftAt = new HashMap<>();
        for (MentoringRelationship relationship : relationships.allInvolving(me)) {
            relationship.participants().stream()
                    .filter(p -> p.is(me) && p.joinedAt().isPresent())
                    .findFirst()
                    .ifPresent(p -> {
                        mine.put(relationship.id(), relationship);
                        p.leftAt().ifPresent(left -> leftAt.put(relationship.id(), left));
                    });
        }
        List<UUID> ids = List.copyOf(mine.keySet());
        BiPredicate<UUID, Instant> whileMember = (relationship, created) ->
                !leftAt.containsKey(relationship) || !created.isAfter(leftAt.get(relationship));
        return new RelationshipRecords(
                agreements.ofRelationships(ids).stream()
                        .map(a -> a.in(mine.get(a.relationshipId())))
                        .toList(),
                goals.ofRelationships(ids).stream()
                        .filter(g -> whileMember.test(g.relationshipId(), g.createdAt()))
                        .toList(),
                sessions.ofRelationships(ids).stream()
                        .filter(s -> whileMember.test(s.relationshipId(), s.createdAt()))
                        .toList(),
                tasks.ofRelationships(ids).stream()
                        .filter(t -> whileMember.test(t.relationshipId(), t.createdAt()))
                        .toList(),
                tasks.commentsBy(me),
                checkIns.by(me),
                sessions.notesOf(me),
                feedback.of(me));
    }

    // Shared steps

    private MentoringRelationship visible(PersonSubject person, UUID id) {
        return relationships
                .find(id)
                .filter(r -> r.isMember(person.id()))
                .orElseThrow(() -> notFound("mentoring relationship", id));
    }

    /** Members, and the coordinators of its coalition, who read its agreement and goals only. */
    private MentoringRelationship readable(PersonSubject person, UUID id) {
        return relationships
                .find(id)
                .filter(r -> r.isMember(person.id()) || r.coordinatedBy(person.id(), programmes))
                .orElseThrow(() -> notFound("mentoring relationship", id));
    }

    /** The relationship, locked, if the caller takes part and it still runs. */
    private MentoringRelationship running(PersonSubject person, UUID id) {
        visible(person, id);
        MentoringRelationship relationship =
                relationships.findLocked(id).orElseThrow(() -> notFound("mentoring relationship", id));
        if (!relationship.status().isRunning()) {
            throw new RuleViolationException("This relationship is " + relationship.status()
                    + "; once ended, its agreement, goals and sessions do not change any more.");
        }
        return relationship;
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

    private void tellOthers(
            MentoringRelationship relationship, PersonSubject person, NotificationKind kind, Instant now) {
        relationship
                .othersThan(person.id())
                .forEach(other -> notifications.add(Notification.about(relationship, other, kind, now)));
    }

    private static ObjectNotFoundException notFound(String kind, UUID id) {
        return new ObjectNotFoundException(kind, id);
    }
}
