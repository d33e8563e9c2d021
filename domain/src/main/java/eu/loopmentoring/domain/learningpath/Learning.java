package eu.loopmentoring.domain.learningpath;

import eu.loopmentoring.domain.mentoring.Notification;
import eu.loopmentoring.domain.mentoring.NotificationKind;
import eu.loopmentoring.domain.mentoring.Notifications;
import eu.loopmentoring.domain.shared.Access;
import eu.loopmentoring.domain.shared.ConflictException;
import eu.loopmentoring.domain.shared.ExpectedVersion;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.PersonSubject;
import eu.loopmentoring.domain.shared.StaleVersionException;
import eu.loopmentoring.domain.shared.Subject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A person's learning: enrolling in published paths and working through their steps. */
public class Learning {

    private static final String KIND = "enrollment";

    private final Enrollments enrollments;
    private final LearningPathCatalog catalog;
    private final Assessments assessments;
    private final Notifications notifications;
    private final Clock clock;

    public Learning(
            Enrollments enrollments,
            LearningPathCatalog catalog,
            Assessments assessments,
            Notifications notifications,
            Clock clock) {
        this.enrollments = enrollments;
        this.catalog = catalog;
        this.assessments = assessments;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** The caller enrols in a published version they may read; one running enrollment per path. */
    public Enrollment enrol(Subject subject, UUID pathId) {
        return enrol(subject, catalog.path(subject, pathId));
    }

    /**
     * The caller's suggestion ({@link PathSuggester#forMe}, built for this request) stored as their
     * PERSONAL path, and the caller enrolled in it.
     */
    public Enrollment enrol(Subject subject, PathSuggestion suggestion) {
        return enrol(subject, catalog.addPersonal(subject, suggestion.content()));
    }

    private Enrollment enrol(Subject subject, LearningPath path) {
        PersonSubject learner = Access.person(subject);
        Enrollment enrollment = Enrollment.start(path, learner.id(), clock.instant());
        Optional<Enrollment> running = enrollments.add(enrollment);
        running.ifPresent(e -> {
            throw new ConflictException("You are already enrolled in this path (enrollment " + e.id()
                    + ", version " + e.path().versionNumber().orElseThrow() + "): continue it, or leave it before"
                    + " enrolling again.");
        });
        return enrollment;
    }

    public Enrollment enrollment(Subject subject, UUID id) {
        return own(Access.person(subject), id);
    }

    public Page<Enrollment> mine(Subject subject, Optional<EnrollmentStatus> status, PageRequest page) {
        return enrollments.of(Access.person(subject).id(), status, page);
    }

    /** Every enrollment of the caller, for their export. */
    public List<Enrollment> all(Subject subject) {
        return enrollments.allOf(Access.person(subject).id());
    }

    public Enrollment changeStep(
            Subject subject, UUID id, String stepKey, ExpectedVersion expected, StepChange change) {
        Enrollment enrollment = current(Access.person(subject), id, expected);
        boolean assessed = change.status() == StepStatus.DONE
                && assessments.submittedSince(enrollment.personId(), enrollment.enrolledAt());
        Enrollment changed = stored(enrollment.change(stepKey, change, assessed, clock.instant()));
        tell(ProgressEvents.between(enrollment, changed), changed);
        return changed;
    }

    /** The learner is told of the steps their change unlocked, and of their completion. */
    private void tell(ProgressEvents events, Enrollment enrollment) {
        events.unlocked()
                .forEach(
                        key -> notifications.add(notice(enrollment, NotificationKind.STEP_UNLOCKED, Optional.of(key))));
        if (events.completed()) {
            notifications.add(notice(enrollment, NotificationKind.PATH_COMPLETED, Optional.empty()));
        }
    }

    private Notification notice(Enrollment enrollment, NotificationKind kind, Optional<String> stepKey) {
        return Notification.aboutLearning(
                enrollment.personId(),
                kind,
                Optional.of(enrollment.id()),
                enrollment.path().id(),
                Optional.empty(),
                stepKey,
                clock.instant());
    }

    public Enrollment leave(Subject subject, UUID id, ExpectedVersion expected) {
        Enrollment enrollment = current(Access.person(subject), id, expected);
        return stored(enrollment.leave(clock.instant()));
    }

    private Enrollment own(PersonSubject person, UUID id) {
        return enrollments
                .find(id)
                .filter(e -> e.personId().equals(person.id()))
                .orElseThrow(() -> new ObjectNotFoundException(KIND, id));
    }

    private Enrollment current(PersonSubject person, UUID id, ExpectedVersion expected) {
        Enrollment enrollment = own(person, id);
        expected.check(enrollment.version(), KIND);
        return enrollment;
    }

    private Enrollment stored(Enrollment changed) {
        return enrollments.update(changed).orElseThrow(() -> new StaleVersionException(KIND));
    }
}
