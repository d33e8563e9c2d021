package eu.loopmentoring.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.profile.QuestionnaireResponse;
import eu.loopmentoring.domain.profile.QuestionnaireResponses;
import eu.loopmentoring.domain.profile.QuestionnaireResponses.AnswerDimensions;
import eu.loopmentoring.domain.profile.ResponseStatus;
import eu.loopmentoring.domain.questionnaire.Answer;
import eu.loopmentoring.domain.questionnaire.DimensionScore;
import eu.loopmentoring.domain.questionnaire.DimensionScore.ScoredItem;
import eu.loopmentoring.domain.questionnaire.Questionnaire;
import eu.loopmentoring.domain.questionnaire.QuestionnaireContent;
import eu.loopmentoring.domain.questionnaire.Questionnaires;
import eu.loopmentoring.domain.shared.ProfileDimension;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What any {@link QuestionnaireResponses} must do. */
public abstract class QuestionnaireResponsesContract extends PortContract {

    /** Item keys start with the dimension they belong to: "cb-" cultural background, and so on. */
    private static final AnswerDimensions DIMENSIONS = key -> switch (key.substring(0, 2)) {
        case "cb" -> ProfileDimension.CULTURAL_BACKGROUND;
        case "mo" -> ProfileDimension.MOTIVATION;
        default -> ProfileDimension.PEDAGOGICAL_CONCEPTIONS;
    };

    private static final List<Answer> ANSWERS = List.of(
            new Answer.Likert("pc-1", 4),
            new Answer.Choice("cb-languages", "two"),
            new Answer.Choices("mo-reasons", List.of("growth", "community")),
            new Answer.Text("cb-story", "Grew up between two languages"),
            new Answer.Likert("mo-1", 2));

    private static final List<DimensionScore> SCORES = List.of(
            new DimensionScore(
                    ProfileDimension.PEDAGOGICAL_CONCEPTIONS, 75, List.of(new ScoredItem("pc-1", 0.75, false))),
            new DimensionScore(ProfileDimension.MOTIVATION, 25, List.of(new ScoredItem("mo-1", 0.25, true))));

    protected abstract Questionnaires questionnaires();

    protected abstract QuestionnaireResponses responses();

    private UUID aQuestionnaire() {
        Questionnaire draft = Questionnaire.draft(QuestionnaireContent.empty(unique("Answered ")), T0);
        questionnaires().add(draft);
        return draft.id();
    }

    private static QuestionnaireResponse draft(Person person, UUID questionnaire, int secondsAfterT0) {
        return new QuestionnaireResponse(
                UUID.randomUUID(),
                person.id(),
                questionnaire,
                ResponseStatus.DRAFT,
                ANSWERS.subList(0, 2),
                List.of(),
                List.of(),
                T0.plusSeconds(secondsAfterT0),
                T0.plusSeconds(secondsAfterT0),
                Optional.empty(),
                0);
    }

    private static QuestionnaireResponse submission(QuestionnaireResponse draft, int secondsAfterT0) {
        return new QuestionnaireResponse(
                draft.id(),
                draft.personId(),
                draft.questionnaireId(),
                ResponseStatus.SUBMITTED,
                ANSWERS,
                SCORES,
                List.of("classroom-management", "assessment"),
                draft.createdAt(),
                T0.plusSeconds(secondsAfterT0),
                Optional.of(T0.plusSeconds(secondsAfterT0)),
                draft.version());
    }

    /** A response started {@code startedAt} and submitted {@code submittedAt} seconds after T0. */
    private QuestionnaireResponse submitted(Person person, UUID questionnaire, int startedAt, int submittedAt) {
        QuestionnaireResponse draft = draft(person, questionnaire, startedAt);
        assertThat(responses().add(draft, DIMENSIONS)).isTrue();
        return responses().update(submission(draft, submittedAt), DIMENSIONS).orElseThrow();
    }

    @Test
    void aDraftIsFoundByIdAndAsThePersonsOnlyDraft() {
        Person person = aPerson("Answering");
        UUID questionnaire = aQuestionnaire();
        QuestionnaireResponse draft = draft(person, questionnaire, 0);

        assertThat(responses().add(draft, DIMENSIONS)).isTrue();

        assertThat(responses().find(draft.id())).contains(draft);
        assertThat(responses().draftOf(person.id())).contains(draft);
        assertThat(responses().find(UUID.randomUUID())).isEmpty();
        assertThat(responses().draftOf(aPerson("No draft").id())).isEmpty();

        QuestionnaireResponse second = draft(person, questionnaire, 5);

        assertThat(responses().add(second, DIMENSIONS)).isFalse();
        assertThat(responses().find(second.id())).isEmpty();
        assertThat(responses().draftOf(person.id())).contains(draft);
    }

    @Test
    void aSubmittedResponseIsAddedBesideTheDraft() {
        Person person = aPerson("Importing");
        UUID questionnaire = aQuestionnaire();
        QuestionnaireResponse draft = draft(person, questionnaire, 0);
        responses().add(draft, DIMENSIONS);
        QuestionnaireResponse submitted = submission(draft(person, questionnaire, 10), 20);

        assertThat(responses().add(submitted, DIMENSIONS)).isTrue();

        assertThat(responses().find(submitted.id())).contains(submitted);
        assertThat(responses().draftOf(person.id())).contains(draft);
        assertThat(responses().latestSubmitted(person.id(), 1)).containsExactly(submitted);
    }

    @Test
    void anUpdateNeedsTheCurrentVersionAndASubmittedResponseNeverChanges() {
        Person person = aPerson("Submitting");
        QuestionnaireResponse draft = draft(person, aQuestionnaire(), 0);
        responses().add(draft, DIMENSIONS);

        QuestionnaireResponse submitted =
                responses().update(submission(draft, 60), DIMENSIONS).orElseThrow();

        assertThat(submitted.version()).isGreaterThan(draft.version());
        assertThat(submitted)
                .usingRecursiveComparison()
                .ignoringFields("version")
                .isEqualTo(submission(draft, 60));
        assertThat(responses().find(draft.id())).contains(submitted);
        assertThat(responses().draftOf(person.id())).isEmpty();
        assertThat(responses().update(submission(draft, 90), DIMENSIONS)).isEmpty();
        assertThat(responses().update(submission(submitted, 90), DIMENSIONS)).isEmpty();
        assertThat(responses().find(draft.id())).contains(submitted);
        assertThat(responses().add(draft(person, draft.questionnaireId(), 120), DIMENSIONS))
                .as("a new draft once the last one is submitted")
                .isTrue();
    }

    @Test
    void theLatestSubmissionsComeNewestFirstAndForManyPeopleAtOnce() {
        Person person = aPerson("Often");
        Person once = aPerson("Once");
        Person never = aPerson("Never");
        UUID questionnaire = aQuestionnaire();
        QuestionnaireResponse first = submitted(person, questionnaire, 0, 300);
        QuestionnaireResponse second = submitted(person, questionnaire, 100, 200);
        QuestionnaireResponse third = submitted(person, questionnaire, 400, 500);
        responses().add(draft(person, questionnaire, 600), DIMENSIONS);
        QuestionnaireResponse theirs = submitted(once, questionnaire, 0, 10);
        responses().add(draft(never, questionnaire, 0), DIMENSIONS);

        assertThat(responses().latestSubmitted(person.id(), 2)).containsExactly(third, first);
        assertThat(responses().latestSubmitted(person.id(), 10)).containsExactly(third, first, second);
        assertThat(responses().latestSubmitted(never.id(), 2)).isEmpty();
        assertThat(responses().latestSubmitted(List.of(person.id(), once.id(), never.id()), 2))
                .containsOnly(Map.entry(person.id(), List.of(third, first)), Map.entry(once.id(), List.of(theirs)));
    }

    @Test
    void everyResponseOfThePersonIsListedNewestStartedFirstInKeysetPages() {
        Person person = aPerson("Listed");
        UUID questionnaire = aQuestionnaire();
        QuestionnaireResponse oldest = submitted(person, questionnaire, 0, 900);
        QuestionnaireResponse middle = submitted(person, questionnaire, 100, 200);
        QuestionnaireResponse newest = draft(person, questionnaire, 300);
        responses().add(newest, DIMENSIONS);
        submitted(aPerson("Other"), questionnaire, 50, 60);

        assertThat(allPages(1, page -> responses().list(person.id(), page))).containsExactly(newest, middle, oldest);
        assertThat(responses().all(person.id())).containsExactly(newest, middle, oldest);
    }

    @Test
    void erasingADimensionDeletesItsAnswersAndScoresInEveryResponseOfThePersonOnly() {
        Person person = aPerson("Withdrawing");
        Person other = aPerson("Keeping");
        UUID questionnaire = aQuestionnaire();
        QuestionnaireResponse submitted = submitted(person, questionnaire, 0, 10);
        QuestionnaireResponse draft = draft(person, questionnaire, 20);
        responses().add(draft, DIMENSIONS);
        QuestionnaireResponse theirs = submitted(other, questionnaire, 0, 10);

        responses().erase(person.id(), ProfileDimension.MOTIVATION);
        responses().erase(person.id(), ProfileDimension.CULTURAL_BACKGROUND);

        assertThat(responses().find(submitted.id()).orElseThrow())
                .satisfies(r -> assertThat(r.answers()).containsExactly(new Answer.Likert("pc-1", 4)))
                .satisfies(r -> assertThat(r.scores()).containsExactly(SCORES.get(0)))
                .satisfies(r -> assertThat(r.trainingTopics()).isEqualTo(submitted.trainingTopics()));
        assertThat(responses().find(draft.id()).orElseThrow().answers()).containsExactly(new Answer.Likert("pc-1", 4));
        assertThat(responses().find(theirs.id())).contains(theirs);
    }
}
