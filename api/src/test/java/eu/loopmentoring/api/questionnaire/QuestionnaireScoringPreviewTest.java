package eu.loopmentoring.api.questionnaire;

import static eu.loopmentoring.api.questionnaire.QuestionnaireFixtures.PREVIEW;
import static eu.loopmentoring.api.questionnaire.QuestionnaireFixtures.PROBLEMS;
import static eu.loopmentoring.api.questionnaire.QuestionnaireFixtures.V1;
import static eu.loopmentoring.api.questionnaire.QuestionnaireFixtures.answer;
import static eu.loopmentoring.api.questionnaire.QuestionnaireFixtures.body;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import eu.loopmentoring.api.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scores are worked out by hand from the items of version 1 (0007-questionnaires.sql). */
@QuarkusTest
class QuestionnaireScoringPreviewTest {

    @Test
    void answers_to_version_1_give_the_scores_worked_out_by_hand() {
        List<Object> answers = List.of(
                // Pedagogical conceptions: 0.75, (5-2)/4 = 0.75 reversed, 1, 0.5, (5-1)/4 = 1 reversed -> 4/5 = 80
                answer("pc-learner-agency", "likert", 4),
                answer("pc-transmission", "likert", 2),
                answer("pc-mistakes-as-information", "likert", 5),
                answer("pc-differentiation", "likert", 3),
                answer("pc-fixed-ability", "likert", 1),
                // Experience: 2/4, 1/3, (1 + 2)/9 of all roles -> (1/2 + 1/3 + 1/3)/3 = 7/18 = 38.9 -> 39
                answer("ex-years-in-profession", "choice", "1-to-5-years"),
                answer("ex-schools", "choice", "two-or-three"),
                answer("ex-roles", "choices", List.of("form-tutor", "mentor")),
                // Problem solving: 4/4 and (5-4)/4 reversed -> 0.625 -> 62.5, rounded half up to 63
                answer("ps-missing-homework", "choice", "talk-with-the-learner"),
                answer("ps-not-knowing-where-to-start", "likert", 4),
                // Training needs: 1, 0.75, (5-2)/4 reversed -> 2.5/3 = 83.3 -> 83; the areas are topics
                answer("tn-classroom-management", "likert", 5),
                answer("tn-digital", "likert", 4),
                answer("tn-well-prepared", "likert", 2),
                answer("tn-development-areas", "choices", List.of("digital-pedagogy", "classroom-management")),
                // Descriptive only: never a score
                answer("cb-home-languages", "text", "Portuguese and Cape Verdean Creole"),
                answer("cb-experience-abroad", "choices", List.of("studied-abroad")));

        preview(body("answers", answers))
                .statusCode(200)
                .body("questionnaireId", equalTo(V1))
                .body(
                        "scores.dimension",
                        contains("PEDAGOGICAL_CONCEPTIONS", "EXPERIENCE", "PROBLEM_SOLVING", "TRAINING_NEEDS"))
                .body("scores.score", contains(80, 39, 63, 83))
                .body("scores[0].items", hasSize(5))
                .body("scores[0].items.find { it.itemKey == 'pc-transmission' }.value", equalTo(0.75f))
                .body("scores[0].items.find { it.itemKey == 'pc-transmission' }.reversed", equalTo(true))
                .body("scores[3].items.itemKey", contains("tn-classroom-management", "tn-digital", "tn-well-prepared"))
                .body("trainingTopics", contains("classroom-management", "digital-pedagogy"));
    }

    @Test
    void an_api_client_previews_too_and_no_answers_give_no_scores() {
        QuestionnaireFixtures.apiClient()
                .contentType("application/json")
                .body(body("answers", List.of()))
                .post(PREVIEW, V1)
                .then()
                .statusCode(200)
                .body("scores", hasSize(0))
                .body("trainingTopics", hasSize(0));
    }

    @Test
    void wrong_answers_are_a_400_naming_each_item() {
        preview(body(
                        "answers",
                        List.of(
                                answer("no-such-item", "likert", 3),
                                answer("pc-learner-agency", "choice", "yes"),
                                answer("ex-years-in-profession", "choice", "forty-years"),
                                answer("tn-development-areas", "choices", List.of("a", "b")))))
                .statusCode(400)
                .body("type", equalTo(PROBLEMS + "validation-failed"))
                .body(
                        "violations.field",
                        contains("no-such-item", "pc-learner-agency", "ex-years-in-profession", "tn-development-areas"))
                .body("violations.in", hasItem("BODY"))
                .body(
                        "violations.message",
                        hasItems(
                                "no-such-item is not an item of this questionnaire",
                                "pc-learner-agency is a Likert item: give likert from 1 to 5"));
    }

    @Test
    void a_likert_answer_out_of_range_is_refused_by_the_contract() {
        eu.loopmentoring.api.support.Api.givenInvalidRequest()
                .auth()
                .oauth2(TestAccounts.newPerson().accessToken())
                .contentType("application/json")
                .body(body("answers", List.of(answer("pc-learner-agency", "likert", 6))))
                .post(PREVIEW, V1)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem(org.hamcrest.Matchers.containsString("likert")));
    }

    @Test
    void an_answer_with_two_kinds_of_value_is_named_by_its_path() {
        preview(body(
                        "answers",
                        List.of(
                                answer("pc-learner-agency", "likert", 4),
                                body("itemKey", "pc-transmission", "likert", 2, "text", "and a text"))))
                .statusCode(400)
                .body("violations.field", contains("answers[1]"));
    }

    @Test
    void a_complete_set_answers_every_required_item() {
        preview(body("answers", List.of(answer("pc-learner-agency", "likert", 4)), "complete", true))
                .statusCode(400)
                .body("violations.field", hasItems("ex-years-in-profession", "tn-digital"))
                .body("violations.field", org.hamcrest.Matchers.not(hasItem("pc-learner-agency")))
                .body("violations.field", org.hamcrest.Matchers.not(hasItem("mo-enjoyment")))
                .body("violations.message", hasItem("ex-years-in-profession is required: answer it"));
    }

    @Test
    void a_draft_cannot_be_previewed_by_others() {
        String draft = QuestionnaireFixtures.draftFromV1(TestAccounts.administrator(), "Preview draft")
                .id();
        TestAccounts.newPerson()
                .given()
                .contentType("application/json")
                .body(body("answers", List.of()))
                .post(PREVIEW, draft)
                .then()
                .statusCode(404);
    }

    /** A person's preview of version 1, answer ready to check. */
    private static ValidatableResponse preview(Object body) {
        return TestAccounts.newPerson()
                .given()
                .contentType("application/json")
                .body(body)
                .post(PREVIEW, V1)
                .then();
    }
}
