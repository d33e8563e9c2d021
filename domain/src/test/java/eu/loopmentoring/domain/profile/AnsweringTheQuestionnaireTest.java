package eu.loopmentoring.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.domain.fakes.TickingClock;
import eu.loopmentoring.domain.questionnaire.Answer;
import eu.loopmentoring.domain.questionnaire.Item;
import eu.loopmentoring.domain.questionnaire.Questionnaire;
import eu.loopmentoring.domain.questionnaire.QuestionnaireContent;
import eu.loopmentoring.domain.questionnaire.QuestionnaireStatus;
import eu.loopmentoring.domain.questionnaire.Section;
import eu.loopmentoring.domain.shared.ConflictException;
import eu.loopmentoring.domain.shared.ExpectedVersion;
import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.PersonSubject;
import eu.loopmentoring.domain.shared.ProfileDimension;
import eu.loopmentoring.domain.shared.RuleViolationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AnsweringTheQuestionnaireTest {

    /** A clock that moves one minute on every reading, so that submissions have an order. */
    private final Clock clock = new TickingClock(Duration.ofMinutes(1));

    private final InMemoryAnswering world = new InMemoryAnswering(clock);
    private final PersonSubject ana = new PersonSubject(UUID.randomUUID(), Set.of());
    private final Questionnaire questionnaire = publish();

    @Test
    void a_submission_scores_each_dimension_and_the_next_one_reports_the_change() {
        world.answering.start(ana, questionnaire.id(), pedagogy(2, 2, 2), true);
        world.answering.start(ana, questionnaire.id(), pedagogy(4, 4, 4), true);

        CompetencyProfile profile = world.answering.competencyProfile(ana.id()).orElseThrow();

        CompetencyProfile.Score score =
                profile.score(ProfileDimension.PEDAGOGICAL_CONCEPTIONS).orElseThrow();
        assertThat(score.score()).isEqualTo(75);
        assertThat(score.change()).contains(50);
        assertThat(score.items()).extracting(i -> i.itemKey()).containsExactly("pc-1", "pc-2", "pc-3");
        assertThat(profile.previousSubmittedAt()).isPresent();
    }

    @Test
    void the_first_submission_has_no_change_to_report() {
        world.answering.start(ana, questionnaire.id(), pedagogy(5, 5, 5), true);

        assertThat(world.answering
                        .competencyProfile(ana.id())
                        .orElseThrow()
                        .score(ProfileDimension.PEDAGOGICAL_CONCEPTIONS)
                        .orElseThrow()
                        .change())
                .isEmpty();
    }

    @Test
    void a_person_keeps_one_draft_and_a_submitted_response_never_changes() {
        QuestionnaireResponse draft = world.answering.start(ana, questionnaire.id(), pedagogy(3, 3, 3), false);

        assertThatThrownBy(() -> world.answering.start(ana, questionnaire.id(), List.of(), false))
                .isInstanceOf(ConflictException.class);
        QuestionnaireResponse submitted =
                world.answering.proceed(ana, draft.id(), ExpectedVersion.of(draft.version()), pedagogy(3, 4, 5), true);
        assertThat(submitted.isSubmitted()).isTrue();
        assertThatThrownBy(() -> world.answering.proceed(
                        ana, draft.id(), ExpectedVersion.of(submitted.version()), pedagogy(1, 1, 1), true))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void nobody_else_finds_a_person_s_response() {
        QuestionnaireResponse mine = world.answering.start(ana, questionnaire.id(), pedagogy(3, 3, 3), false);
        PersonSubject stranger = new PersonSubject(UUID.randomUUID(), Set.of());

        assertThatThrownBy(() -> world.answering.response(stranger, mine.id()))
                .isInstanceOf(ObjectNotFoundException.class);
    }

    @Test
    void answers_on_a_special_category_dimension_need_consent_and_are_never_required() {
        List<Answer> withMotivation = new ArrayList<>(pedagogy(4, 4, 4));
        withMotivation.add(new Answer.Likert("mo-1", 5));

        assertThatThrownBy(() -> world.answering.start(ana, questionnaire.id(), withMotivation, true))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                            assertThat(error.field()).isEqualTo("mo-1");
                            assertThat(error.message()).contains("/api/v1/me/consents/MOTIVATION");
                        }));
        // mo-2 is marked required in this version, yet nobody has to give special-category data
        assertThat(world.answering
                        .start(ana, questionnaire.id(), pedagogy(4, 4, 4), true)
                        .isSubmitted())
                .isTrue();
    }

    @Test
    void withdrawing_consent_deletes_the_answers_and_the_score_it_covered_at_once() {
        world.consent.give(
                ana,
                ConsentPurpose.MOTIVATION,
                ConsentText.current(ConsentPurpose.MOTIVATION).version());
        List<Answer> answers = new ArrayList<>(pedagogy(4, 4, 4));
        answers.add(new Answer.Likert("mo-1", 5));
        answers.add(new Answer.Likert("mo-2", 3));
        QuestionnaireResponse submitted = world.answering.start(ana, questionnaire.id(), answers, true);
        assertThat(world.answering.competencyProfile(ana.id()).orElseThrow().score(ProfileDimension.MOTIVATION))
                .isPresent();

        world.consent.withdraw(ana, ConsentPurpose.MOTIVATION);

        QuestionnaireResponse after = world.answering.response(ana, submitted.id());
        assertThat(after.answers()).extracting(Answer::itemKey).containsExactly("pc-1", "pc-2", "pc-3");
        assertThat(after.scores())
                .extracting(s -> s.dimension())
                .containsExactly(ProfileDimension.PEDAGOGICAL_CONCEPTIONS);
        assertThat(world.consent.history(ana))
                .singleElement()
                .satisfies(c -> assertThat(c.withdrawnAt()).isPresent());
    }

    @Test
    void consent_is_given_to_the_current_text_only_and_giving_it_twice_keeps_one_record() {
        assertThatThrownBy(() -> world.consent.give(ana, ConsentPurpose.CULTURAL_BACKGROUND, "1999-01"))
                .isInstanceOf(RuleViolationException.class);

        String current = ConsentText.current(ConsentPurpose.CULTURAL_BACKGROUND).version();
        world.consent.give(ana, ConsentPurpose.CULTURAL_BACKGROUND, current);
        ConsentState state = world.consent.give(ana, ConsentPurpose.CULTURAL_BACKGROUND, current);

        assertThat(state.given()).isPresent();
        assertThat(world.consent.history(ana)).hasSize(1);
    }

    private static List<Answer> pedagogy(int first, int second, int third) {
        return List.of(
                new Answer.Likert("pc-1", first), new Answer.Likert("pc-2", second), new Answer.Likert("pc-3", third));
    }

    private Questionnaire publish() {
        // A small published version, stored as is: the rules for publishing are not these tests' subject.
        Instant at = Instant.parse("2026-11-01T00:00:00Z");
        Questionnaire published = new Questionnaire(
                UUID.randomUUID(),
                Optional.of(1),
                QuestionnaireStatus.PUBLISHED,
                new QuestionnaireContent(
                        "Profile",
                        "Welcome",
                        "en",
                        List.of(
                                new Section(
                                        ProfileDimension.PEDAGOGICAL_CONCEPTIONS,
                                        "Pedagogy",
                                        "",
                                        List.of(
                                                Item.likert("pc-1", "One", true, true, false),
                                                Item.likert("pc-2", "Two", true, true, false),
                                                Item.likert("pc-3", "Three", true, true, false))),
                                new Section(
                                        ProfileDimension.MOTIVATION,
                                        "Motivation",
                                        "",
                                        List.of(
                                                Item.likert("mo-1", "One", false, true, false),
                                                Item.likert("mo-2", "Two", true, true, false))),
                                new Section(
                                        ProfileDimension.CULTURAL_BACKGROUND,
                                        "Background",
                                        "",
                                        List.of(Item.freeText("cb-story", "Tell us", Optional.empty()))))),
                at,
                Optional.of(at),
                0);
        world.questionnaires.add(published);
        return published;
    }
}
