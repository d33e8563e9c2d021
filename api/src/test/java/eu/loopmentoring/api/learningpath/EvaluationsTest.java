package eu.loopmentoring.api.learningpath;

import static eu.loopmentoring.api.learningpath.EvaluationFixtures.EVALUATION;
import static eu.loopmentoring.api.learningpath.EvaluationFixtures.SUMMARY;
import static eu.loopmentoring.api.learningpath.EvaluationFixtures.answer;
import static eu.loopmentoring.api.learningpath.EvaluationFixtures.completed;
import static eu.loopmentoring.api.learningpath.EvaluationFixtures.evaluate;
import static eu.loopmentoring.api.learningpath.PathFixtures.ENROLLMENT;
import static eu.loopmentoring.api.learningpath.PathFixtures.WITHDRAWAL;
import static eu.loopmentoring.api.learningpath.PathFixtures.content;
import static eu.loopmentoring.api.learningpath.PathFixtures.enrolled;
import static eu.loopmentoring.api.learningpath.PathFixtures.published;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import eu.loopmentoring.api.learningpath.PathFixtures.PublishedPath;
import eu.loopmentoring.api.privacy.PrivacyFixtures;
import eu.loopmentoring.api.profile.ResponseFixtures;
import eu.loopmentoring.api.support.Api;
import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Learners evaluate the paths they finished; authors read the figures, small groups withheld. */
@QuarkusTest
class EvaluationsTest {

    private static final String PROBLEMS = "https://loopmentoring.eu/problems/";

    private Login author;
    private String coalition;
    private String path;
    private Login learner;

    @BeforeEach
    void aPublishedPath() {
        PublishedPath given = PathFixtures.aPublishedPath();
        author = given.author();
        coalition = given.coalition();
        path = given.path();
        learner = given.learner();
    }

    @Test
    void a_path_is_evaluated_once_completed_not_while_it_runs_and_replaced_at_its_etag() {
        String id = enrolled(learner, path);
        evaluate(learner, id, answer(4))
                .then()
                .statusCode(422)
                .body("type", equalTo(PROBLEMS + "rule-violated"))
                .body("detail", containsString("still ACTIVE"));
        learner.given().get(EVALUATION, id).then().statusCode(404);
        EvaluationFixtures.completedFrom(learner, id);

        evaluate(learner, id, answer(4))
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("enrollmentId", equalTo(id))
                .body("learningPathId", equalTo(path))
                .body("overallRating", equalTo(4))
                .body("stepRatings[0].stepKey", equalTo("welcome"))
                .body("needsMet[0].need", equalTo("COMMUNICATION_SKILLS"))
                .body("needsMet[0].met", equalTo(true));
        learner.given().get(EVALUATION, id).then().statusCode(200).header("ETag", "\"0\"");

        evaluate(learner, id, answer(2)).then().statusCode(428);
        learner.given()
                .contentType("application/json")
                .header("If-Match", "\"7\"")
                .body(answer(2))
                .put(EVALUATION, id)
                .then()
                .statusCode(412);
        learner.given()
                .contentType("application/json")
                .header("If-Match", "\"0\"")
                .body(Map.of("overallRating", 2))
                .put(EVALUATION, id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("overallRating", equalTo(2))
                .body("stepRatings", equalTo(List.of()))
                .body("$", not(hasKey("text")));

        learner.given()
                .get(PrivacyFixtures.EXPORT)
                .then()
                .statusCode(200)
                .body("learning.evaluations.enrollmentId", equalTo(List.of(id)))
                .body("learning.evaluations[0].overallRating", equalTo(2));
    }

    @Test
    void a_path_left_halfway_is_evaluated_too_and_a_stranger_finds_no_evaluation() {
        String id = enrolled(learner, path);
        String etag = learner.given()
                .get(ENROLLMENT, id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        learner.given().header("If-Match", etag).post(WITHDRAWAL, id).then().statusCode(200);
        evaluate(learner, id, answer(2)).then().statusCode(200).body("needsMet[0].met", equalTo(false));

        Login stranger = TestAccounts.newPerson("Stranger");
        stranger.given().get(EVALUATION, id).then().statusCode(404);
        evaluate(stranger, id, answer(5)).then().statusCode(404);
        learner.given().get(EVALUATION, id).then().statusCode(200).body("overallRating", equalTo(2));
    }

    @Test
    void an_unknown_step_or_need_and_a_rating_out_of_range_are_named() {
        String id = completed(learner, path);
        evaluate(
                        learner,
                        id,
                        Map.of(
                                "overallRating",
                                3,
                                "stepRatings",
                                List.of(Map.of("stepKey", "nowhere", "rating", 3)),
                                "needsMet",
                                List.of(Map.of("need", "MOTIVATION", "met", true))))
                .then()
                .statusCode(400)
                .body("violations.field", hasItems("stepRatings[0].stepKey", "needsMet[0].need"));
        Api.givenInvalidRequest()
                .auth()
                .oauth2(learner.accessToken())
                .contentType("application/json")
                .body(Map.of("overallRating", 6))
                .put(EVALUATION, id)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem(containsString("overallRating")));
        learner.given().get(EVALUATION, id).then().statusCode(404);
    }

    @Test
    void the_summary_withholds_every_figure_of_four_learners_and_shows_them_with_five() {
        for (int i = 0; i < 4; i++) {
            Login someone = TestAccounts.newPerson("Learner " + i);
            evaluate(someone, completed(someone, path), answer(4)).then().statusCode(200);
        }

        author.given()
                .get(SUMMARY, path)
                .then()
                .statusCode(200)
                .body("minimumGroup", equalTo(5))
                .body("versionNumber", equalTo(1))
                .body("enrolled.withheld", equalTo(true))
                .body("enrolled", not(hasKey("value")))
                .body("overallRating.withheld", equalTo(true))
                .body("medianHoursToComplete.withheld", equalTo(true))
                .body("steps.stepKey", equalTo(List.of("welcome", "reflect", "extra")))
                .body("steps.done.withheld", everyItem(equalTo(true)))
                .body("steps.rating.withheld", everyItem(equalTo(true)))
                .body("needs.met.withheld", everyItem(equalTo(true)));

        evaluate(learner, completed(learner, path), answer(5)).then().statusCode(200);

        author.given()
                .get(SUMMARY, path)
                .then()
                .statusCode(200)
                .body("enrolled.value", equalTo(5.0f))
                .body("enrolled.people", equalTo(5))
                .body("completed.value", equalTo(5.0f))
                .body("overallRating.value", equalTo(4.2f))
                .body("overallRating.people", equalTo(5))
                .body("medianHoursToComplete.withheld", equalTo(false))
                .body("steps[0].done.value", equalTo(5.0f))
                .body("steps[0].rating.value", equalTo(4.2f))
                .body("steps[2].reached.value", equalTo(0.0f))
                .body("steps[2].rating.withheld", equalTo(true))
                .body("needs.find { it.need == 'COMMUNICATION_SKILLS' }.met.value", equalTo(1.0f))
                .body("needs.find { it.need == 'induction' }.met.withheld", equalTo(true));
    }

    @Test
    void the_summary_shows_the_mean_measured_change_of_the_learners_measured_before_and_after() {
        List<Integer> changes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Login someone = TestAccounts.newPerson("Measured learner " + i);
            String before = measured(someone, 2);
            completed(someone, path);
            String after = measured(someone, 3 + i % 3);
            changes.add(communication(someone, after) - communication(someone, before));
        }
        Login unmeasured = TestAccounts.newPerson("Unmeasured learner");
        measured(unmeasured, 5);
        completed(unmeasured, path);
        double mean = changes.stream().mapToInt(Integer::intValue).average().orElseThrow();

        author.given()
                .get(SUMMARY, path)
                .then()
                .statusCode(200)
                .body("measuredChange.dimension", equalTo(List.of("COMMUNICATION_SKILLS")))
                .body("measuredChange[0].change.people", equalTo(5))
                .body("measuredChange[0].change.value", equalTo((float) mean));
    }

    private static String measured(Login learner, int likert) {
        return ResponseFixtures.submit(learner, ResponseFixtures.answers(learner, likert, List.of()))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static int communication(Login learner, String responseId) {
        return learner.given()
                .get("/api/v1/me/questionnaire-responses/{responseId}", responseId)
                .then()
                .statusCode(200)
                .extract()
                .path("scores.find { it.dimension == 'COMMUNICATION_SKILLS' }.score");
    }

    @Test
    void only_the_paths_authors_and_curators_read_its_summary() {
        learner.given().get(SUMMARY, path).then().statusCode(403).body("type", equalTo(PROBLEMS + "forbidden"));
        String membersOnly = published(author, content("Members " + UUID.randomUUID(), "MEMBERS", coalition));
        learner.given().get(SUMMARY, membersOnly).then().statusCode(404);
        TestAccounts.administrator().given().get(SUMMARY, membersOnly).then().statusCode(200);
        author.given().get(SUMMARY, membersOnly).then().statusCode(200);
    }
}
