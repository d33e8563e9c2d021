package eu.loopmentoring.domain.mentoring;

import static eu.loopmentoring.domain.mentoring.MentoringAccess.notFound;

import eu.loopmentoring.domain.shared.Access;
import eu.loopmentoring.domain.shared.ExpectedVersion;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.PersonSubject;
import eu.loopmentoring.domain.shared.Subject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A relationship's goals: its members add, change and delete them while it runs; the coordinators
 * of its coalition read them. People only.
 */
public class GoalWork {

    private final MentoringGoals goals;
    private final Notifications notifications;
    private final MentoringAccess access;
    private final Clock clock;

    public GoalWork(MentoringGoals goals, Notifications notifications, MentoringAccess access, Clock clock) {
        this.goals = goals;
        this.notifications = notifications;
        this.access = access;
        this.clock = clock;
    }

    public Page<MentoringGoal> goals(Subject subject, UUID relationshipId, PageRequest page) {
        access.readable(Access.person(subject), relationshipId);
        return goals.of(relationshipId, page);
    }

    public MentoringGoal goal(Subject subject, UUID relationshipId, UUID goalId) {
        access.readable(Access.person(subject), relationshipId);
        return find(relationshipId, goalId);
    }

    public MentoringGoal addGoal(Subject subject, UUID relationshipId, String title, Optional<LocalDate> targetDate) {
        PersonSubject person = Access.person(subject);
        MentoringRelationship relationship = access.running(person, relationshipId);
        Instant now = clock.instant();
        MentoringGoal goal = goals.add(MentoringGoal.open(relationshipId, title, targetDate, person.id(), now));
        notifications.tellOthers(relationship, person.id(), NotificationKind.GOAL_ADDED, now);
        return goal;
    }

    public MentoringGoal changeGoal(
            Subject subject, UUID relationshipId, UUID goalId, ExpectedVersion expected, GoalChanges changes) {
        access.running(Access.person(subject), relationshipId);
        MentoringGoal goal = current(relationshipId, goalId, expected);
        return goals.update(goal.change(changes, clock.instant()));
    }

    /** A member deletes a goal of a running relationship, naming the version they read. */
    public void deleteGoal(Subject subject, UUID relationshipId, UUID goalId, ExpectedVersion expected) {
        access.running(Access.person(subject), relationshipId);
        current(relationshipId, goalId, expected);
        goals.remove(goalId);
    }

    private MentoringGoal find(UUID relationshipId, UUID goalId) {
        return goals.find(relationshipId, goalId).orElseThrow(() -> notFound("mentoring goal", goalId));
    }

    /** The goal at the version the caller read, checked only once {@code running} has let them in. */
    private MentoringGoal current(UUID relationshipId, UUID goalId, ExpectedVersion expected) {
        MentoringGoal goal = find(relationshipId, goalId);
        expected.check(goal.version(), "mentoring goal");
        return goal;
    }
}
