package eu.loopmentoring.domain.learningpath;

import eu.loopmentoring.domain.learningpath.EvaluationFigures.Figure;
import eu.loopmentoring.domain.learningpath.EvaluationFigures.Sample;
import eu.loopmentoring.domain.shared.ProfileDimension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What one path version's learners did and said, in figures its authors may read: every figure
 * over a group smaller than {@link EvaluationFigures#MINIMUM_GROUP} is withheld.
 *
 * @param steps the funnel, one per step in the path's order, with the step's mean rating
 * @param needs the share of "met" per need the path addressed
 * @param measuredChange the mean change per dimension, in the enumeration's order
 */
public record PathEvaluationSummary(
        LearningPath path,
        Figure enrolled,
        Figure completed,
        Figure medianHoursToComplete,
        Figure overallRating,
        List<StepFigures> steps,
        Map<String, Figure> needs,
        Map<ProfileDimension, Figure> measuredChange) {

    /**
     * One step: how many reached it (its record is no longer {@code NOT_STARTED}), did it, and left
     * the path with it as their first step neither done nor skipped; and its mean usefulness.
     */
    public record StepFigures(PathStep step, Figure reached, Figure done, Figure stoppedHere, Figure rating) {}

    /**
     * The figures of {@code path} over {@code learners} (each learner's latest enrollment in it),
     * the {@code evaluations} given in them and the {@code changes} measured for them, by
     * enrollment id. Only completed enrollments count for the time to complete and the measured
     * change.
     */
    public static PathEvaluationSummary of(
            LearningPath path,
            List<Enrollment> learners,
            List<PathEvaluation> evaluations,
            Map<UUID, MeasuredChange> changes) {
        List<UUID> group = learners.stream().map(Enrollment::personId).toList();
        List<Enrollment> completed = learners.stream()
                .filter(e -> e.status() == EnrollmentStatus.COMPLETED)
                .toList();
        List<Sample> hours = completed.stream()
                .map(e -> new Sample(
                        e.personId(),
                        Duration.between(e.enrolledAt(), e.completedAt().orElseThrow())
                                        .toMinutes()
                                / 60.0))
                .toList();
        Set<UUID> latest = learners.stream().map(Enrollment::id).collect(Collectors.toSet());
        List<PathEvaluation> counted = evaluations.stream()
                .filter(v -> latest.contains(v.enrollmentId()))
                .toList();
        List<StepFigures> steps = new ArrayList<>();
        for (PathStep step : path.content().steps()) {
            steps.add(new StepFigures(
                    step,
                    EvaluationFigures.count(
                            group, count(learners, e -> e.record(step.key()).status() != StepStatus.NOT_STARTED)),
                    EvaluationFigures.count(
                            group, count(learners, e -> e.record(step.key()).status() == StepStatus.DONE)),
                    EvaluationFigures.count(
                            group,
                            count(
                                    learners,
                                    e -> stoppedAt(e).filter(step.key()::equals).isPresent())),
                    EvaluationFigures.mean(counted.stream()
                            .filter(v -> v.stepRatings().containsKey(step.key()))
                            .map(v -> new Sample(v.personId(), v.stepRatings().get(step.key())))
                            .toList())));
        }
        Map<String, Figure> needs = new LinkedHashMap<>();
        for (String need : PathEvaluation.addressedNeeds(path.content())) {
            needs.put(
                    need,
                    EvaluationFigures.share(counted.stream()
                            .filter(v -> v.needsMet().containsKey(need))
                            .map(v -> new Sample(v.personId(), v.needsMet().get(need) ? 1 : 0))
                            .toList()));
        }
        Map<ProfileDimension, List<Sample>> perDimension = new EnumMap<>(ProfileDimension.class);
        for (Enrollment e : completed) {
            Optional.ofNullable(changes.get(e.id())).stream()
                    .flatMap(c -> c.dimensions().stream())
                    .forEach(d -> perDimension
                            .computeIfAbsent(d.dimension(), k -> new ArrayList<>())
                            .add(new Sample(e.personId(), d.change())));
        }
        Map<ProfileDimension, Figure> measured = new EnumMap<>(ProfileDimension.class);
        perDimension.forEach((dimension, samples) -> measured.put(dimension, EvaluationFigures.mean(samples)));
        return new PathEvaluationSummary(
                path,
                EvaluationFigures.count(group, learners.size()),
                EvaluationFigures.count(group, completed.size()),
                EvaluationFigures.median(hours),
                EvaluationFigures.mean(counted.stream()
                        .map(v -> new Sample(v.personId(), v.overallRating()))
                        .toList()),
                List.copyOf(steps),
                needs,
                measured);
    }

    /** Where a learner who left stopped: their first step neither done nor skipped. */
    static Optional<String> stoppedAt(Enrollment enrollment) {
        if (enrollment.status() != EnrollmentStatus.LEFT) {
            return Optional.empty();
        }
        return enrollment.path().content().steps().stream()
                .map(PathStep::key)
                .filter(k -> !enrollment.record(k).status().settled())
                .findFirst();
    }

    private static long count(List<Enrollment> learners, Predicate<Enrollment> holds) {
        return learners.stream().filter(holds).count();
    }
}
