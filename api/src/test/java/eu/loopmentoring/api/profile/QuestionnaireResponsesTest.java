package eu.loopmentoring.api.profile;

import static eu.loopmentoring.api.profile.ProfilesTest.MY_PROFILE;
import static eu.loopmentoring.api.profile.ProfilesTest.PROFILE;
import static eu.loopmentoring.api.profile.ProfilesTest.change;
import static eu.loopmentoring.api.profile.ProfilesTest.changeInvalid;
import static eu.loopmentoring.api.profile.ProfilesTest.sameCoalition;
import static eu.loopmentoring.api.profile.ResponseFixtures.CONSENT;
import static eu.loopmentoring.api.profile.ResponseFixtures.CONSENTS;
import static eu.loopmentoring.api.profile.ResponseFixtures.RESPONSES;
import static eu.loopmentoring.api.profile.ResponseFixtures.answers;
import static eu.loopmentoring.api.profile.ResponseFixtures.currentId;
import static eu.loopmentoring.api.profile.ResponseFixtures.giveConsent;
import static eu.loopmentoring.api.profile.ResponseFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import eu.loopmentoring.api.support.PartnerClients;
import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QuestionnaireResponsesTest {

    static final String RESPONSE = "/api/v1/me/questionnaire-responses/{responseId}";

    @Test
    void a_submission_gives_the_competency_profile_and_the_next_one_its_changes() {
        Login ana = TestAccounts.newPerson();
        Response first = submit(ana, answers(ana, 2, List.of()));
        first.then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/me/questionnaire-responses/"))
                .body("status", equalTo("SUBMITTED"))
                .body("submittedAt", notNullValue())
                .body("scores.dimension", hasItem("PEDAGOGICAL_CONCEPTIONS"))
                .body("trainingTopics", contains("classroom-management"));

        submit(ana, answers(ana, 4, List.of())).then().statusCode(201);

        JsonPath profile =
                ana.given().get(MY_PROFILE).then().statusCode(200).extract().jsonPath();
        assertThat(profile.getString("competencyProfile.previousSubmittedAt")).isNotNull();
        assertThat(profile.getList("competencyProfile.scores.dimension"))
                .contains("PEDAGOGICAL_CONCEPTIONS", "COMMUNICATION_SKILLS", "TRAINING_NEEDS")
                .doesNotContain("MOTIVATION", "CULTURAL_BACKGROUND");
        assertThat(profile.getInt("competencyProfile.scores.find { it.dimension == 'CREATIVITY' }.change"))
                .isNotZero();
        assertThat(profile.getList("competencyProfile.scores.find { it.dimension == 'CREATIVITY' }.items"))
                .isNotEmpty();
        assertThat(profile.getList("trainingNeeds.fromQuestionnaire")).containsExactly("classroom-management");
        ana.given().get(RESPONSES).then().statusCode(200).body("items.size()", equalTo(2));
    }

    @Test
    void a_draft_is_continued_with_if_match_then_submitted_and_never_changes_again() {
        Login ana = TestAccounts.newPerson();
        Map<String, Object> draft = new HashMap<>(answers(ana, 3, List.of()));
        draft.put("submit", false);
        Response created =
                ana.given().contentType("application/json").body(draft).post(RESPONSES);
        created.then().statusCode(201).body("status", equalTo("DRAFT")).body("scores", nullValue());
        String id = created.path("id");

        ana.given()
                .contentType("application/json")
                .body(draft)
                .post(RESPONSES)
                .then()
                .statusCode(409);
        Map<String, Object> submission = Map.of("answers", draft.get("answers"), "submit", true);
        ana.given()
                .contentType("application/json")
                .body(submission)
                .put(RESPONSE, id)
                .then()
                .statusCode(428);
        ana.given()
                .contentType("application/json")
                .header("If-Match", "\"7\"")
                .body(submission)
                .put(RESPONSE, id)
                .then()
                .statusCode(412);
        ana.given()
                .contentType("application/json")
                .header("If-Match", created.header("ETag"))
                .body(submission)
                .put(RESPONSE, id)
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        ana.given()
                .contentType("application/json")
                .header("If-Match", "\"1\"")
                .body(submission)
                .put(RESPONSE, id)
                .then()
                .statusCode(409);
    }

    @Test
    void answers_are_checked_against_the_version_and_each_mistake_is_named() {
        Login ana = TestAccounts.newPerson();
        Map<String, Object> body = Map.of(
                "questionnaireId",
                currentId(ana),
                "submit",
                true,
                "answers",
                List.of(
                        Map.of("itemKey", "no-such-item", "likert", 3),
                        Map.of("itemKey", "pc-learner-agency", "text", "yes")));

        ana.given()
                .contentType("application/json")
                .body(body)
                .post(RESPONSES)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("no-such-item"))
                .body("violations.field", hasItem("pc-learner-agency"))
                .body("violations.field", hasItem("cs-listening"));
    }

    @Test
    void nobody_else_reads_or_continues_a_person_s_response() {
        Login ana = TestAccounts.newPerson();
        String id = submit(ana, answers(ana, 3, List.of()))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Login stranger = TestAccounts.newPerson();

        stranger.given().get(RESPONSE, id).then().statusCode(404);
        stranger.given()
                .contentType("application/json")
                .header("If-Match", "\"0\"")
                .body(Map.of("answers", List.of()))
                .put(RESPONSE, id)
                .then()
                .statusCode(404);
        stranger.given().get(RESPONSES).then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void motivation_answers_need_consent_and_withdrawing_it_deletes_them_and_their_score() {
        Login ana = TestAccounts.newPerson();
        List<Map<String, Object>> motivation = List.of(
                Map.of("itemKey", "mo-enjoyment", "likert", 5), Map.of("itemKey", "mo-exhaustion", "likert", 2));

        submit(ana, answers(ana, 4, motivation))
                .then()
                .statusCode(400)
                .body("violations.field", contains("mo-enjoyment", "mo-exhaustion"))
                .body("violations[0].message", containsString("/api/v1/me/consents/MOTIVATION"));

        String version = ana.given()
                .get(CONSENTS)
                .then()
                .statusCode(200)
                .body("purposes.find { it.purpose == 'MOTIVATION' }.given", equalTo(false))
                .extract()
                .path("purposes.find { it.purpose == 'MOTIVATION' }.currentText.version");
        ana.given()
                .contentType("application/json")
                .body(Map.of("textVersion", "an old text"))
                .put(CONSENT, "MOTIVATION")
                .then()
                .statusCode(422);
        ana.given()
                .contentType("application/json")
                .body(Map.of("textVersion", version))
                .put(CONSENT, "MOTIVATION")
                .then()
                .statusCode(200)
                .body("given", equalTo(true))
                .body("givenToTextVersion", equalTo(version));
        String id = submit(ana, answers(ana, 4, motivation))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        ana.given().get(MY_PROFILE).then().body("competencyProfile.scores.dimension", hasItem("MOTIVATION"));

        ana.given().delete(CONSENT, "MOTIVATION").then().statusCode(204);

        ana.given()
                .get(RESPONSE, id)
                .then()
                .statusCode(200)
                .body("answers.itemKey", not(hasItem("mo-enjoyment")))
                .body("scores.dimension", not(hasItem("MOTIVATION")));
        ana.given().get(MY_PROFILE).then().body("competencyProfile.scores.dimension", not(hasItem("MOTIVATION")));
        ana.given()
                .get(CONSENTS)
                .then()
                .body("purposes.find { it.purpose == 'MOTIVATION' }.given", equalTo(false))
                .body("history[0].purpose", equalTo("MOTIVATION"))
                .body("history[0].withdrawnAt", notNullValue());
    }

    @Test
    void cultural_background_stays_private_and_never_reaches_partners_or_wider_audiences() {
        Login ana = TestAccounts.newPerson();
        giveConsent(ana, "CULTURAL_BACKGROUND");
        submit(
                        ana,
                        answers(
                                ana,
                                4,
                                List.of(Map.of("itemKey", "cb-background-in-teaching", "text", "Grew up in Maputo."))))
                .then()
                .statusCode(201);
        change(
                        ana,
                        "\"0\"",
                        Map.of(
                                "visibility",
                                Map.of("competencies", "ALL_MEMBERS", "culturalBackground", "MENTORING_PARTNERS")))
                .then()
                .statusCode(200);
        changeInvalid(ana, "\"1\"", Map.of("visibility", Map.of("culturalBackground", "ALL_MEMBERS")))
                .then()
                .statusCode(400);
        ana.given().get(MY_PROFILE).then().body("culturalBackground[0].text", equalTo("Grew up in Maputo."));

        Login colleague = TestAccounts.newPerson();
        sameCoalition(ana, colleague);
        colleague
                .given()
                .get(PROFILE, ana.id())
                .then()
                .statusCode(200)
                .body("visibleGroups", hasItem("COMPETENCIES"))
                .body("visibleGroups", not(hasItem("CULTURAL_BACKGROUND")))
                .body("competencyProfile.scores.dimension", hasItem("CREATIVITY"))
                .body("$", not(org.hamcrest.Matchers.hasKey("culturalBackground")));
        String token = PartnerClients.accessToken(
                PartnerClients.client(TestAccounts.administrator(), PartnerClients.organization(ana), "profiles:read"),
                "profiles:read");
        PartnerClients.as(token)
                .get(PROFILE, ana.id())
                .then()
                .statusCode(200)
                .body("visibleGroups", not(hasItem("CULTURAL_BACKGROUND")))
                .body("competencyProfile.scores.dimension", not(hasItem("MOTIVATION")))
                .body("$", not(org.hamcrest.Matchers.hasKey("culturalBackground")));
    }
}
