package eu.loopmentoring.domain.learningpath;

import static eu.loopmentoring.domain.learningpath.PathSamples.aPath;
import static eu.loopmentoring.domain.learningpath.PathSamples.activity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.domain.learningpath.PathEvaluation.Answer;
import eu.loopmentoring.domain.learningpath.PathEvaluation.NeedMet;
import eu.loopmentoring.domain.learningpath.PathEvaluation.StepRating;
import eu.loopmentoring.domain.school.SchoolDimension;
import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.InvalidInputException.FieldError;
import eu.loopmentoring.domain.shared.ProfileDimension;
import eu.loopmentoring.domain.shared.RuleViolationException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PathEvaluationTest {

    static final Instant NOW = Instant.parse("2026-10-01T08:00:00Z");

    static LearningPath published() {
        PathContent content = aPath().profileDimensions(ProfileDimension.CREATIVITY)
                .schoolDimensions(SchoolDimension.LEADERSHIP)
                .topics("induction")
                .steps(activity("start", true), activity("then", true, "start"), activity("extra", false))
                .build();
        return LearningPath.draft(content, UUID.randomUUID(), NOW).publish(1, NOW);
    }

    private final Enrollment running = Enrollment.start(published(), UUID.randomUUID(), NOW);
    private final Enrollment left = running.leave(NOW.plusSeconds(60));

    private static Answer answer(List<StepRating> steps, List<NeedMet> needs) {
        return new Answer(4, Optional.of("  Useful.  "), steps, needs);
    }

    @Test
    void a_path_is_evaluated_once_it_is_left_or_completed_not_while_it_runs() {
        assertThatThrownBy(() -> PathEvaluation.of(running, answer(List.of(), List.of()), NOW, 0))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("still ACTIVE");

        PathEvaluation evaluation = PathEvaluation.of(
                left,
                answer(
                        List.of(new StepRating("extra", 2), new StepRating("start", 5)),
                        List.of(new NeedMet("induction", true), new NeedMet("CREATIVITY", false))),
                NOW,
                0);

        assertThat(evaluation.text()).hasValue("Useful.");
        assertThat(evaluation.stepRatings()).containsExactly(Map.entry("start", 5), Map.entry("extra", 2));
        assertThat(evaluation.needsMet()).containsExactly(Map.entry("CREATIVITY", false), Map.entry("induction", true));
        assertThat(evaluation.learningPathId()).isEqualTo(left.path().id());
    }

    @Test
    void the_needs_a_path_addresses_are_its_dimensions_and_its_topics() {
        assertThat(PathEvaluation.addressedNeeds(left.path().content()))
                .containsExactly("CREATIVITY", "LEADERSHIP", "induction");
    }

    @Test
    void every_unknown_step_need_and_rating_out_of_range_is_named() {
        Answer wrong = new Answer(
                6,
                Optional.empty(),
                List.of(new StepRating("nowhere", 3), new StepRating("start", 0), new StepRating("start", 4)),
                List.of(new NeedMet("MOTIVATION", true)));

        assertThatThrownBy(() -> PathEvaluation.of(left, wrong, NOW, 0))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field)
                                .containsExactly(
                                        "overallRating",
                                        "stepRatings[0].stepKey",
                                        "stepRatings[1].rating",
                                        "stepRatings[2].stepKey",
                                        "needsMet[0].need"));
    }
}
