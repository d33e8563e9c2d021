package eu.loopmentoring.domain.questionnaire;

import static eu.loopmentoring.domain.questionnaire.ChoiceOption.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.domain.shared.ConflictException;
import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.InvalidInputException.FieldError;
import eu.loopmentoring.domain.shared.ProfileDimension;
import eu.loopmentoring.domain.shared.RuleViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuestionnaireContentTest {

    private static List<String> fields(QuestionnaireContent content) {
        return content.violations().stream().map(FieldError::field).toList();
    }

    private static QuestionnaireContent withSections(Section... sections) {
        return new QuestionnaireContent("Draft", "", "en", List.of(sections));
    }

    private static Section section(ProfileDimension dimension, Item... items) {
        return new Section(dimension, "Title", "", List.of(items));
    }

    @Test
    void publishable_content_has_no_violations_and_no_shortfalls() {
        assertThat(Samples.publishable().violations()).isEmpty();
        assertThat(Samples.publishable().publicationShortfalls()).isEmpty();
    }

    @Test
    void an_empty_draft_is_valid_but_not_publishable() {
        QuestionnaireContent empty = QuestionnaireContent.empty("New");
        assertThat(empty.violations()).isEmpty();
        assertThat(empty.publicationShortfalls()).hasSize(8);
    }

    @Test
    void keys_are_unique_in_the_whole_questionnaire() {
        QuestionnaireContent content = withSections(
                section(ProfileDimension.CREATIVITY, Item.likert("same", "A", false, true, false)),
                section(ProfileDimension.MOTIVATION, Item.likert("same", "B", false, true, false)));
        assertThat(content.violations())
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "sections[1].items[0].key",
                        "same is also the key of sections[0].items[0]: keys are unique in a questionnaire"));
    }

    @Test
    void keys_and_option_values_are_slugs() {
        QuestionnaireContent content = withSections(section(
                ProfileDimension.CREATIVITY,
                Item.likert("Not A Slug", "A", false, true, false),
                Item.singleChoice("ok", "B", false, false, of("fine", "Fine"), of("also_bad", "Bad"))));
        assertThat(fields(content))
                .containsExactly("sections[0].items[0].key", "sections[0].items[1].options[1].value");
    }

    @Test
    void a_dimension_has_one_section() {
        QuestionnaireContent content =
                withSections(section(ProfileDimension.CREATIVITY), section(ProfileDimension.CREATIVITY));
        assertThat(content.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("sections[1].dimension");
            assertThat(v.message()).contains("CREATIVITY already has a section (sections[0])");
        });
    }

    @Test
    void choice_items_have_two_to_twenty_options_with_unique_values() {
        List<ChoiceOption> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add(of("o" + i, "Option " + i));
        }
        QuestionnaireContent content = withSections(section(
                ProfileDimension.CREATIVITY,
                Item.singleChoice("one", "One option", false, false, of("only", "Only")),
                Item.multipleChoice("twice", "Twice", false, Optional.empty(), of("a", "A"), of("a", "A again")),
                new Item(
                        "many",
                        ItemKind.SINGLE_CHOICE,
                        "Many",
                        Optional.empty(),
                        false,
                        false,
                        false,
                        many,
                        Optional.empty(),
                        Optional.empty())));
        assertThat(content.violations())
                .extracting(FieldError::field)
                .containsExactly(
                        "sections[0].items[0].options", "sections[0].items[1].options", "sections[0].items[2].options");
        assertThat(content.violations().get(1).message()).contains("a appears twice");
    }

    @Test
    void scored_choice_items_give_points_to_every_option_and_only_they_do() {
        QuestionnaireContent content = withSections(section(
                ProfileDimension.EXPERIENCE,
                Item.singleChoice("missing", "Missing", false, true, of("a", "A", 1), of("b", "B")),
                Item.singleChoice("unscored", "Unscored", false, false, of("a", "A", 1), of("b", "B")),
                Item.singleChoice("range", "Range", false, true, of("a", "A", 5), of("b", "B", 1)),
                Item.singleChoice("zero", "Zero", false, true, of("a", "A", 0), of("b", "B", 0))));
        assertThat(fields(content))
                .containsExactly(
                        "sections[0].items[0].options[1].points",
                        "sections[0].items[1].options[0].points",
                        "sections[0].items[2].options[0].points",
                        "sections[0].items[3].options");
    }

    @Test
    void free_text_is_never_scored_and_only_scored_likert_is_reversed() {
        QuestionnaireContent content = withSections(section(
                ProfileDimension.CREATIVITY,
                new Item(
                        "text",
                        ItemKind.FREE_TEXT,
                        "T",
                        Optional.empty(),
                        false,
                        true,
                        false,
                        List.of(),
                        Optional.empty(),
                        Optional.empty()),
                Item.likert("unscored-reversed", "U", false, false, true),
                new Item(
                        "choice-reversed",
                        ItemKind.SINGLE_CHOICE,
                        "C",
                        Optional.empty(),
                        false,
                        true,
                        true,
                        List.of(of("a", "A", 1), of("b", "B", 0)),
                        Optional.empty(),
                        Optional.empty())));
        assertThat(fields(content))
                .containsExactly(
                        "sections[0].items[0].scored",
                        "sections[0].items[1].reverseScored",
                        "sections[0].items[2].reverseScored");
    }

    @Test
    void cultural_background_is_never_scored() {
        QuestionnaireContent content =
                withSections(section(ProfileDimension.CULTURAL_BACKGROUND, Item.likert("cb", "A", false, true, false)));
        assertThat(content.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("sections[0].items[0].scored");
            assertThat(v.message()).contains("CULTURAL_BACKGROUND is descriptive");
        });
    }

    @Test
    void limits_belong_to_their_kinds() {
        QuestionnaireContent content = withSections(section(
                ProfileDimension.CREATIVITY,
                new Item(
                        "l",
                        ItemKind.LIKERT,
                        "L",
                        Optional.empty(),
                        false,
                        false,
                        false,
                        List.of(of("a", "A")),
                        Optional.of(1),
                        Optional.of(10)),
                Item.multipleChoice("m", "M", false, Optional.of(3), of("a", "A"), of("b", "B")),
                Item.freeText("t", "T", Optional.of(2001))));
        assertThat(fields(content))
                .containsExactly(
                        "sections[0].items[0].options",
                        "sections[0].items[0].maxSelections",
                        "sections[0].items[0].maxLength",
                        "sections[0].items[1].maxSelections",
                        "sections[0].items[2].maxLength");
    }

    @Test
    void texts_are_bounded_and_not_blank() {
        QuestionnaireContent content = new QuestionnaireContent(
                " ",
                "x".repeat(4001),
                "english",
                List.of(section(ProfileDimension.CREATIVITY, Item.likert("a", "", false, false, false))));
        assertThat(fields(content)).containsExactly("title", "introduction", "language", "sections[0].items[0].text");
    }

    @Test
    void saving_a_draft_with_violations_throws_them_all() {
        assertThatThrownBy(() -> Questionnaire.draft(
                        withSections(section(ProfileDimension.CREATIVITY), section(ProfileDimension.CREATIVITY)),
                        Samples.NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field)
                                .containsExactly("sections[1].dimension"));
    }

    @Test
    void publishing_needs_three_scored_items_in_every_scored_dimension_and_names_those_short() {
        List<Section> sections = new ArrayList<>(Samples.publishable().sections());
        sections.removeIf(s -> s.dimension() == ProfileDimension.MOTIVATION);
        sections.replaceAll(s -> s.dimension() == ProfileDimension.CREATIVITY
                ? new Section(
                        s.dimension(), s.title(), s.description(), s.items().subList(0, 1))
                : s);
        Questionnaire draft = Questionnaire.draft(new QuestionnaireContent("T", "", "en", sections), Samples.NOW);

        assertThatThrownBy(() -> draft.publish(2, Samples.NOW))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("CREATIVITY has 1 scored item, needs at least 3")
                .hasMessageContaining("MOTIVATION has 0 scored items (no section), needs at least 3")
                .hasMessageNotContaining("CULTURAL_BACKGROUND")
                .hasMessageNotContaining("PROBLEM_SOLVING");
    }

    @Test
    void a_published_questionnaire_never_changes() {
        Questionnaire published = Samples.published();
        assertThat(published.versionNumber()).contains(1);
        assertThat(published.publishedAt()).contains(Samples.NOW);
        assertThatThrownBy(() -> published.replace(Samples.publishable())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> published.publish(2, Samples.NOW))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("Version 1");
    }
}
