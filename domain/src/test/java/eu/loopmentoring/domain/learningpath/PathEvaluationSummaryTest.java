package eu.loopmentoring.domain.learningpath;

import static eu.loopmentoring.domain.learningpath.PathEvaluationTest.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.learningpath.EvaluationFigures.Figure;
import eu.loopmentoring.domain.learningpath.PathEvaluation.Answer;
import eu.loopmentoring.domain.learningpath.PathEvaluation.NeedMet;
import eu.loopmentoring.domain.learningpath.PathEvaluation.StepRating;
import eu.loopmentoring.domain.learningpath.PathEvaluationSummary.StepFigures;
import eu.loopmentoring.domain.shared.ProfileDimension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PathEvaluationSummaryTest {

    private final LearningPath path = PathEvaluationTest.published();
    private final List<Enrollment> learners = new ArrayList<>();
    private final List<PathEvaluation> evaluations = new ArrayList<>();
    private final Map<UUID, MeasuredChange> changes = new HashMap<>();

    private static StepChange done() {
        return new StepChange(StepStatus.DONE, Optional.empty(), Optional.empty());
    }

    /** A learner who does both required steps, completing in {@code hours}, and rates the path. */
    private Enrollment completes(int hours, int rating, int creativityBefore, int creativityAfter) {
        Enrollment enrollment = Enrollment.start(path, UUID.randomUUID(), NOW)
                .change("start", done(), false, NOW.plusSeconds(60))
                .change("then", done(), false, NOW.plus(Duration.ofHours(hours)));
        learners.add(enrollment);
        evaluations.add(PathEvaluation.of(
                enrollment,
                new Answer(
                        rating,
                        Optional.empty(),
                        List.of(new StepRating("start", rating)),
                        List.of(new NeedMet("CREATIVITY", rating >= 4))),
                NOW,
                0));
        Measurement before =
                new Measurement(UUID.randomUUID(), NOW, Map.of(ProfileDimension.CREATIVITY, creativityBefore));
        Measurement after = new Measurement(
                UUID.randomUUID(), NOW.plusSeconds(10), Map.of(ProfileDimension.CREATIVITY, creativityAfter));
        changes.put(
                enrollment.id(),
                MeasuredChange.between(
                                Optional.of(before),
                                Optional.of(after),
                                path.content().profileDimensions())
                        .orElseThrow());
        return enrollment;
    }

    /** A learner who did the first step and left at the second. */
    private void leavesAfterTheFirstStep() {
        learners.add(Enrollment.start(path, UUID.randomUUID(), NOW)
                .change("start", done(), false, NOW)
                .leave(NOW.plusSeconds(120)));
    }

    private PathEvaluationSummary summary() {
        return PathEvaluationSummary.of(path, learners, evaluations, changes);
    }

    @Test
    void with_four_learners_every_figure_is_withheld() {
        for (int i = 0; i < 4; i++) {
            completes(10, 5, 40, 60);
        }

        PathEvaluationSummary summary = summary();

        List<Figure> figures = new ArrayList<>(List.of(
                summary.enrolled(), summary.completed(), summary.medianHoursToComplete(), summary.overallRating()));
        for (StepFigures step : summary.steps()) {
            figures.addAll(List.of(step.reached(), step.done(), step.stoppedHere(), step.rating()));
        }
        figures.addAll(summary.needs().values());
        figures.addAll(summary.measuredChange().values());
        assertThat(figures)
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.withheld()).isTrue());
    }

    @Test
    void with_five_learners_the_funnel_the_ratings_the_median_and_the_change_are_shown() {
        completes(10, 5, 40, 60);
        completes(20, 4, 50, 60);
        completes(30, 3, 50, 50);
        leavesAfterTheFirstStep();
        leavesAfterTheFirstStep();

        PathEvaluationSummary summary = summary();

        assertThat(summary.enrolled().value()).hasValue(5);
        assertThat(summary.completed().value()).hasValue(3);
        StepFigures then = summary.steps().get(1);
        assertThat(then.step().key()).isEqualTo("then");
        assertThat(then.reached().value()).hasValue(3);
        assertThat(then.done().value()).hasValue(3);
        assertThat(then.stoppedHere().value()).hasValue(2);
        assertThat(summary.steps().get(0).done().value()).hasValue(5);
        // three completed, three evaluated: fewer than five
        assertThat(summary.medianHoursToComplete().withheld()).isTrue();
        assertThat(summary.overallRating().withheld()).isTrue();
        assertThat(summary.steps().get(0).rating().withheld()).isTrue();

        completes(40, 5, 30, 70);
        completes(50, 2, 60, 40);
        summary = summary();

        assertThat(summary.medianHoursToComplete().value()).hasValue(30);
        assertThat(summary.overallRating().value()).hasValue(3.8);
        assertThat(summary.overallRating().people()).hasValue(5);
        assertThat(summary.steps().get(0).rating().value()).hasValue(3.8);
        assertThat(summary.needs().get("CREATIVITY").value()).hasValue(0.6);
        assertThat(summary.needs().get("induction").withheld()).isTrue();
        assertThat(summary.measuredChange().get(ProfileDimension.CREATIVITY).value())
                .hasValue((20 + 10 + 0 + 40 - 20) / 5.0);
    }

    @Test
    void only_each_learners_latest_enrollment_given_counts_its_evaluation() {
        Enrollment first = completes(10, 1, 40, 60);
        learners.remove(first);

        assertThat(PathEvaluationSummary.of(path, learners, evaluations, changes)
                        .steps())
                .allSatisfy(s -> assertThat(s.rating().withheld()).isTrue());
        assertThat(evaluations).hasSize(1);
    }
}
