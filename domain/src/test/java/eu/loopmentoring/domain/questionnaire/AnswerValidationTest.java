package eu.loopmentoring.domain.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.domain.shared.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerValidationTest {

    private final Questionnaire questionnaire = Samples.published();

    private List<AnswerViolation> violations(boolean submitting, Answer... answers) {
        return questionnaire.validate(List.of(answers), submitting);
    }

    @Test
    void right_answers_of_every_kind_pass() {
        assertThat(violations(
                        false,
                        new Answer.Likert("creativity-1", 1),
                        new Answer.Likert("creativity-2", 5),
                        new Answer.Choice("ex-years", "many"),
                        new Answer.Choices("ex-roles", List.of("mentor", "leader")),
                        new Answer.Choices("cb-languages", List.of()),
                        new Answer.Text("cb-story", "x".repeat(20))))
                .isEmpty();
    }

    @Test
    void an_unknown_item_is_named() {
        assertThat(violations(false, new Answer.Likert("no-such-item", 3)))
                .containsExactly(
                        new AnswerViolation("no-such-item", "no-such-item is not an item of this questionnaire"));
    }

    @Test
    void an_answer_of_the_wrong_kind_tells_what_the_item_takes() {
        assertThat(violations(
                        false,
                        new Answer.Choice("creativity-1", "yes"),
                        new Answer.Likert("ex-years", 3),
                        new Answer.Choice("ex-roles", "mentor"),
                        new Answer.Likert("cb-story", 2)))
                .extracting(AnswerViolation::message)
                .containsExactly(
                        "creativity-1 is a Likert item: give likert from 1 to 5",
                        "ex-years is a single-choice item: give choice, one of none, few, many, most",
                        "ex-roles is a multiple-choice item: give choices, from mentor, leader, trainer",
                        "cb-story is a free-text item: give text");
    }

    @Test
    void likert_answers_are_from_1_to_5() {
        assertThat(violations(false, new Answer.Likert("creativity-1", 0), new Answer.Likert("creativity-2", 6)))
                .extracting(AnswerViolation::itemKey)
                .containsExactly("creativity-1", "creativity-2");
    }

    @Test
    void choices_must_be_offered_distinct_and_not_too_many() {
        assertThat(violations(
                        false,
                        new Answer.Choice("ex-years", "forty"),
                        new Answer.Choices("ex-roles", List.of("mentor", "leader", "trainer")),
                        new Answer.Choices("tn-areas", List.of("digital-pedagogy", "digital-pedagogy")),
                        new Answer.Choices("cb-languages", List.of("fi"))))
                .extracting(AnswerViolation::message)
                .containsExactly(
                        "ex-years does not offer forty: choose one of none, few, many, most",
                        "ex-roles allows at most 2 choices, not 3",
                        "tn-areas names an option twice: choose each option once",
                        "cb-languages does not offer fi: choose from pt, en");
    }

    @Test
    void text_has_a_maximum_length() {
        assertThat(violations(false, new Answer.Text("cb-story", "x".repeat(21))))
                .containsExactly(new AnswerViolation("cb-story", "cb-story takes at most 20 characters, not 21"));
    }

    @Test
    void an_item_is_answered_once() {
        assertThat(violations(false, new Answer.Likert("creativity-1", 2), new Answer.Likert("creativity-1", 3)))
                .containsExactly(new AnswerViolation(
                        "creativity-1", "creativity-1 is answered more than once: answer each item once"));
    }

    @Test
    void a_submission_answers_every_required_item_but_a_draft_need_not() {
        assertThat(violations(false)).isEmpty();
        List<AnswerViolation> missing = violations(true, new Answer.Likert("creativity-1", 4));
        assertThat(missing)
                .extracting(AnswerViolation::itemKey)
                .contains("ex-years", "motivation-1")
                .doesNotContain("creativity-1", "creativity-2");
        assertThat(missing).contains(new AnswerViolation("ex-years", "ex-years is required: answer it"));
    }

    @Test
    void require_valid_throws_one_field_error_per_item() {
        assertThatThrownBy(() -> questionnaire.requireValid(
                        List.of(new Answer.Likert("creativity-1", 9), new Answer.Text("nope", "")), false))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldError::field)
                                .containsExactly("creativity-1", "nope"));
    }

    @Test
    void a_transport_answer_gives_exactly_one_kind() {
        assertThat(Answer.of("answers[0]", "k", 3, null, null, null)).isEqualTo(new Answer.Likert("k", 3));
        assertThat(Answer.of("answers[0]", "k", null, null, List.of("a"), null))
                .isEqualTo(new Answer.Choices("k", List.of("a")));
        assertThatThrownBy(() -> Answer.of("answers[3]", "k", 3, "a", null, null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("answers[3]"));
        assertThatThrownBy(() -> Answer.of("answers[4]", "k", null, null, null, null))
                .isInstanceOf(InvalidInputException.class);
    }
}
