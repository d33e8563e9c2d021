package eu.loopmentoring.domain.learningpath;

import eu.loopmentoring.domain.shared.Access;
import eu.loopmentoring.domain.shared.ExpectedVersion;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.StaleVersionException;
import eu.loopmentoring.domain.shared.Subject;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Learners evaluate the paths they finished or left; the paths' authors read the figures. */
public class PathEvaluationWork {

    private static final String KIND = "evaluation";

    private final Learning learning;
    private final LearningPathCatalog catalog;
    private final PathEvaluations evaluations;
    private final Measurements measurements;
    private final Clock clock;

    public PathEvaluationWork(
            Learning learning,
            LearningPathCatalog catalog,
            PathEvaluations evaluations,
            Measurements measurements,
            Clock clock) {
        this.learning = learning;
        this.catalog = catalog;
        this.evaluations = evaluations;
        this.measurements = measurements;
        this.clock = clock;
    }

    /** The caller's evaluation of their enrollment; for anyone else, and before it is given, none. */
    public PathEvaluation evaluation(Subject subject, UUID enrollmentId) {
        learning.enrollment(subject, enrollmentId);
        return evaluations.find(enrollmentId).orElseThrow(() -> new ObjectNotFoundException(KIND, enrollmentId));
    }

    /**
     * The learner gives their evaluation of a finished enrollment, or replaces it at the version
     * they read (a first one needs none).
     */
    public PathEvaluation evaluate(
            Subject subject, UUID enrollmentId, ExpectedVersion expected, PathEvaluation.Answer answer) {
        Enrollment enrollment = learning.enrollment(subject, enrollmentId);
        Optional<PathEvaluation> given = evaluations.find(enrollmentId);
        given.ifPresent(e -> expected.check(e.version(), KIND));
        PathEvaluation evaluation = PathEvaluation.of(
                enrollment,
                answer,
                clock.instant(),
                given.map(PathEvaluation::version).orElse(0L));
        return evaluations.put(evaluation).orElseThrow(() -> new StaleVersionException(KIND));
    }

    /** Every evaluation the caller gave, for their export. */
    public List<PathEvaluation> mine(Subject subject) {
        return evaluations.of(Access.person(subject).id());
    }

    /**
     * The figures of a version for the people who edit it; who reads it without editing it is
     * refused, and for anyone else it does not exist.
     */
    public PathEvaluationSummary summary(Subject subject, UUID pathId) {
        LearningPath path = catalog.authoredPath(
                subject,
                pathId,
                "Only the path's authors read its evaluation summary: its author, the people who train others in"
                        + " its community, moderators and administrators.");
        List<Enrollment> learners = evaluations.learnersOf(pathId);
        Map<UUID, Measurements.BeforeAndAfter> measured = measurements.aroundCompleted(pathId);
        Map<UUID, MeasuredChange> changes = new HashMap<>();
        learners.stream()
                .filter(e -> e.status() == EnrollmentStatus.COMPLETED)
                .forEach(e -> Optional.ofNullable(measured.get(e.id()))
                        .flatMap(m -> MeasuredChange.between(
                                m.before(), m.after(), e.path().content().profileDimensions()))
                        .ifPresent(c -> changes.put(e.id(), c)));
        return PathEvaluationSummary.of(path, learners, evaluations.ofPath(pathId), changes);
    }
}
