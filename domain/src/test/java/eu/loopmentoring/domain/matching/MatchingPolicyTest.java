package eu.loopmentoring.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.domain.matching.MatchingPolicy.Filters;
import eu.loopmentoring.domain.matching.MatchingPolicy.Objective;
import eu.loopmentoring.domain.matching.MatchingPolicy.Weights;
import eu.loopmentoring.domain.profile.CefrLevel;
import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.InvalidInputException.FieldError;
import org.junit.jupiter.api.Test;

class MatchingPolicyTest {

    @Test
    void the_default_policy_weighs_one_hundred_points_and_switches_on_every_filter_but_different_schools() {
        assertThat(MatchingPolicy.DEFAULT.weights().byCriterion().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isEqualTo(100);
        assertThat(MatchingPolicy.DEFAULT.filters().active())
                .doesNotContain(Filter.DIFFERENT_SCHOOL)
                .hasSize(6);
    }

    @Test
    void a_changed_policy_gets_the_next_version() {
        assertThat(MatchingPolicy.DEFAULT.withObjective(Objective.TOTAL_SCORE).version())
                .isEqualTo(2);
    }

    @Test
    void blocked_pairs_can_never_be_allowed() {
        assertThatThrownBy(() -> MatchingPolicy.DEFAULT.withFilters(new Filters(true, true, true, false, false, true)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .containsExactly(new FieldError(
                                        "filters.notBlocked",
                                        "cannot be switched off: a blocked pair is never proposed again")));
    }

    @Test
    void every_problem_is_reported_at_once_field_by_field() {
        assertThatThrownBy(() -> new MatchingPolicy(
                        0,
                        Filters.DEFAULT,
                        new Weights(-1, 0, 0, 0, 1001, 0, 0),
                        CefrLevel.B2,
                        0,
                        3,
                        1,
                        0,
                        0,
                        Objective.TOTAL_SCORE))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field)
                                .containsExactly(
                                        "version",
                                        "weights.complementarity",
                                        "weights.availability",
                                        "needDimensions",
                                        "idealGapMin",
                                        "gapTolerance",
                                        "availabilityTargetMinutes"));
    }

    @Test
    void at_least_one_criterion_must_weigh_something() {
        assertThatThrownBy(() -> MatchingPolicy.DEFAULT.withWeights(new Weights(0, 0, 0, 0, 0, 0, 0)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("weights must give at least one criterion a weight above 0");
    }
}
