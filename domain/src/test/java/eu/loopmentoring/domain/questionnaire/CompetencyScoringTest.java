package eu.loopmentoring.domain.questionnaire;

import static eu.loopmentoring.domain.questionnaire.ChoiceOption.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.domain.questionnaire.DimensionScore.ScoredItem;
import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.ProfileDimension;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CompetencyScoringTest {

    private final Questionnaire questionnaire = Samples.published();

    private List<DimensionScore> score(Answer... answers) {
        return CompetencyScoring.score(questionnaire, List.of(answers));
    }

    private static DimensionScore scoreOf(List<DimensionScore> scores, ProfileDimension dimension) {
        return scores.stream()
                .filter(s -> s.dimension() == dimension)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void likert_items_count_from_0_to_1_and_a_reversed_item_the_other_way_round() {
        List<DimensionScore> scores = score(
                new Answer.Likert("creativity-1", 5),
                new Answer.Likert("creativity-2", 3),
                new Answer.Likert("creativity-3", 2));

        // (1 + 0.5 + (5-2)/4) / 3 = 2.25 / 3 = 0.75
        DimensionScore creativity = scoreOf(scores, ProfileDimension.CREATIVITY);
        assertThat(creativity.score()).isEqualTo(75);
        assertThat(creativity.items())
                .containsExactly(
                        new ScoredItem("creativity-1", 1.0, false),
                        new ScoredItem("creativity-2", 0.5, false),
                        new ScoredItem("creativity-3", 0.75, true));
    }

    @Test
    void strong_agreement_with_a_reversed_statement_gives_0() {
        assertThat(scoreOf(score(new Answer.Likert("creativity-3", 5)), ProfileDimension.CREATIVITY)
                        .score())
                .isZero();
        assertThat(scoreOf(score(new Answer.Likert("creativity-3", 1)), ProfileDimension.CREATIVITY)
                        .score())
                .isEqualTo(100);
    }

    @Test
    void a_mean_of_exactly_half_a_point_rounds_up() {
        // (0.25 + 0) / 2 = 0.125 -> 12.5 -> 13
        assertThat(scoreOf(
                                score(new Answer.Likert("motivation-1", 2), new Answer.Likert("motivation-2", 1)),
                                ProfileDimension.MOTIVATION)
                        .score())
                .isEqualTo(13);
        // (1/3 + 2/3 + 0 ... ) checks exactness: ex-years few = 1/3, ex-confident 4 = 3/4 -> (1/3 + 3/4)/2 = 13/24 =
        // 54.17
        assertThat(scoreOf(
                                score(new Answer.Choice("ex-years", "few"), new Answer.Likert("ex-confident", 4)),
                                ProfileDimension.EXPERIENCE)
                        .score())
                .isEqualTo(54);
    }

    @Test
    void below_half_a_point_rounds_down() {
        // (0.25 + 0.25 + 0) / 3 = 1/6 = 16.67 -> 17; (0.25 + 0 + 0)/3 = 8.33 -> 8
        assertThat(scoreOf(
                                score(
                                        new Answer.Likert("motivation-1", 2),
                                        new Answer.Likert("motivation-2", 2),
                                        new Answer.Likert("motivation-3", 5)),
                                ProfileDimension.MOTIVATION)
                        .score())
                .isEqualTo(17);
        assertThat(scoreOf(
                                score(
                                        new Answer.Likert("motivation-1", 2),
                                        new Answer.Likert("motivation-2", 1),
                                        new Answer.Likert("motivation-3", 5)),
                                ProfileDimension.MOTIVATION)
                        .score())
                .isEqualTo(8);
    }

    @Test
    void a_single_choice_counts_its_points_over_the_items_best() {
        DimensionScore experience = scoreOf(score(new Answer.Choice("ex-years", "many")), ProfileDimension.EXPERIENCE);
        assertThat(experience.score()).isEqualTo(67); // 2/3
        assertThat(experience.items()).containsExactly(new ScoredItem("ex-years", 2.0 / 3, false));
    }

    @Test
    void a_multiple_choice_counts_the_chosen_points_over_the_best_achievable() {
        // at most 2 of mentor 2, leader 4, trainer 1: the best achievable is 4 + 2 = 6
        assertThat(scoreOf(
                                score(new Answer.Choices("ex-roles", List.of("mentor", "trainer"))),
                                ProfileDimension.EXPERIENCE)
                        .score())
                .isEqualTo(50);
        assertThat(scoreOf(
                                score(new Answer.Choices("ex-roles", List.of("leader", "mentor"))),
                                ProfileDimension.EXPERIENCE)
                        .score())
                .isEqualTo(100);
        assertThat(scoreOf(score(new Answer.Choices("ex-roles", List.of())), ProfileDimension.EXPERIENCE)
                        .score())
                .isZero();
    }

    @Test
    void without_a_selection_limit_every_option_counts_towards_the_best_achievable_and_the_value_is_capped() {
        Questionnaire q = Samples.draftWith(new Section(
                ProfileDimension.EXPERIENCE,
                "E",
                "",
                List.of(Item.multipleChoice(
                        "roles", "Roles", true, Optional.empty(), of("a", "A", 1), of("b", "B", 2), of("c", "C", 1)))));
        assertThat(CompetencyScoring.score(q, List.of(new Answer.Choices("roles", List.of("b", "c"))))
                        .get(0)
                        .score())
                .isEqualTo(75);
    }

    @Test
    void unanswered_and_unscored_dimensions_have_no_score_and_order_follows_the_sections() {
        List<DimensionScore> scores = score(
                new Answer.Likert("tn-1", 4),
                new Answer.Choices("cb-languages", List.of("pt")),
                new Answer.Likert("creativity-1", 1),
                new Answer.Choices("tn-areas", List.of("digital-pedagogy")));
        assertThat(scores)
                .extracting(DimensionScore::dimension)
                .containsExactly(ProfileDimension.CREATIVITY, ProfileDimension.TRAINING_NEEDS);
        // the unscored tn-areas does not count in the training needs
        assertThat(scoreOf(scores, ProfileDimension.TRAINING_NEEDS).items())
                .extracting(ScoredItem::itemKey)
                .containsExactly("tn-1");
        assertThat(scoreOf(scores, ProfileDimension.TRAINING_NEEDS).score()).isEqualTo(75);
        assertThat(score()).isEmpty();
    }

    @Test
    void invalid_answers_are_not_scored() {
        assertThatThrownBy(() -> score(new Answer.Likert("creativity-1", 7))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void compare_gives_the_delta_where_there_was_a_previous_score() {
        List<DimensionScore> before = List.of(
                new DimensionScore(ProfileDimension.CREATIVITY, 50, List.of()),
                new DimensionScore(ProfileDimension.MOTIVATION, 80, List.of()));
        List<DimensionScore> after = List.of(
                new DimensionScore(ProfileDimension.CREATIVITY, 75, List.of()),
                new DimensionScore(ProfileDimension.MOTIVATION, 70, List.of()),
                new DimensionScore(ProfileDimension.EXPERIENCE, 33, List.of()));

        assertThat(CompetencyScoring.compare(before, after))
                .containsExactly(
                        new ScoreChange(ProfileDimension.CREATIVITY, 75, Optional.of(25)),
                        new ScoreChange(ProfileDimension.MOTIVATION, 70, Optional.of(-10)),
                        new ScoreChange(ProfileDimension.EXPERIENCE, 33, Optional.empty()));
        assertThat(CompetencyScoring.compare(List.of(), after))
                .allSatisfy(c -> assertThat(c.delta()).isEmpty());
    }

    @Test
    void training_topics_are_the_options_chosen_in_the_unscored_choice_items_of_training_needs() {
        List<String> topics = CompetencyScoring.trainingTopics(
                questionnaire,
                List.of(
                        new Answer.Choices("tn-areas", List.of("mentoring-skills", "classroom-management")),
                        new Answer.Choice("tn-first", "digital-pedagogy"),
                        new Answer.Likert("tn-1", 5),
                        new Answer.Choices("cb-languages", List.of("en"))));
        assertThat(topics).containsExactly("classroom-management", "mentoring-skills", "digital-pedagogy");
    }

    @Test
    void no_training_topics_without_answers_or_a_training_needs_section() {
        assertThat(CompetencyScoring.trainingTopics(questionnaire, List.of())).isEmpty();
        assertThat(CompetencyScoring.trainingTopics(Samples.draftWith(), List.of()))
                .isEmpty();
    }
}
