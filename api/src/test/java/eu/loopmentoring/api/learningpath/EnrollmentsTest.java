package eu.loopmentoring.api.learningpath;

import static eu.loopmentoring.api.learningpath.PathFixtures.ENROLLMENT;
import static eu.loopmentoring.api.learningpath.PathFixtures.MY_ENROLLMENTS;
import static eu.loopmentoring.api.learningpath.PathFixtures.PATH;
import static eu.loopmentoring.api.learningpath.PathFixtures.STEP;
import static eu.loopmentoring.api.learningpath.PathFixtures.WITHDRAWAL;
import static eu.loopmentoring.api.learningpath.PathFixtures.content;
import static eu.loopmentoring.api.learningpath.PathFixtures.draft;
import static eu.loopmentoring.api.learningpath.PathFixtures.enrol;
import static eu.loopmentoring.api.learningpath.PathFixtures.enrolled;
import static eu.loopmentoring.api.learningpath.PathFixtures.published;
import static eu.loopmentoring.api.learningpath.PathFixtures.record;
import static eu.loopmentoring.api.learningpath.PathFixtures.step;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import eu.loopmentoring.api.coalition.CoalitionFixtures;
import eu.loopmentoring.api.learningpath.PathFixtures.PublishedPath;
import eu.loopmentoring.api.privacy.PrivacyFixtures;
import eu.loopmentoring.api.profile.ResponseFixtures;
import eu.loopmentoring.api.support.Api;
import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Enrolling in a published path and working through it: dependencies, evidence, completion, leaving. */
@QuarkusTest
class EnrollmentsTest {

    private static final String PROBLEMS = "https://loopmentoring.eu/problems/";
    private static final String RESPONSE = "/api/v1/me/questionnaire-responses/{responseId}";
    private static final String COMMUNICATION = "scores.find { it.dimension == 'COMMUNICATION_SKILLS' }.score";

    private Login author;
    private String path;
    private Login learner;

    @BeforeEach
    void aPublishedPath() {
        PublishedPath given = PathFixtures.aPublishedPath();
        author = given.author();
        path = given.path();
        learner = given.learner();
    }

    @Test
    void a_learner_works_through_the_path_to_its_completion() {
        String id = enrol(learner, path)
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/enrollments/"))
                .body("status", equalTo("ACTIVE"))
                .body("learningPathId", equalTo(path))
                .body("versionNumber", equalTo(1))
                .body("steps.status", equalTo(List.of("NOT_STARTED", "NOT_STARTED", "NOT_STARTED")))
                .body("steps.locked", equalTo(List.of(false, true, false)))
                .body("progress.requiredTotal", equalTo(2))
                .extract()
                .path("id");

        record(learner, id, "reflect", Map.of("status", "IN_PROGRESS"))
                .then()
                .statusCode(422)
                .body("type", equalTo(PROBLEMS + "rule-violated"))
                .body("detail", containsString("waits for welcome"));
        record(learner, id, "welcome", Map.of("status", "DONE"))
                .then()
                .statusCode(422)
                .body("detail", containsString("evidence"));
        record(learner, id, "welcome", Map.of("status", "SKIPPED"))
                .then()
                .statusCode(422)
                .body("detail", containsString("required"));
        record(
                        learner,
                        id,
                        "welcome",
                        Map.of(
                                "status",
                                "DONE",
                                "evidence",
                                Map.of("text", "Met my mentor.", "links", List.of("https://example.org/notes"))))
                .then()
                .statusCode(200)
                .body("steps[0].status", equalTo("DONE"))
                .body("steps[0].evidence.links", equalTo(List.of("https://example.org/notes")))
                .body("steps[0].doneAt", not(nullValue()))
                .body("steps[1].locked", equalTo(false))
                .body("progress.requiredDone", equalTo(1))
                .body("status", equalTo("ACTIVE"));
        record(learner, id, "reflect", Map.of("status", "DONE"))
                .then()
                .statusCode(422)
                .body("detail", containsString("reflection"));
        record(learner, id, "reflect", Map.of("status", "DONE", "reflection", "I listen more than I talk now."))
                .then()
                .statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("completedAt", not(nullValue()))
                .body("steps[1].reflection", equalTo("I listen more than I talk now."))
                .body("progress.requiredDone", equalTo(2));
        record(learner, id, "extra", Map.of("status", "DONE"))
                .then()
                .statusCode(422)
                .body("detail", containsString("COMPLETED"));
        learner.given()
                .queryParam("status", "COMPLETED")
                .get(MY_ENROLLMENTS)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(id)));
    }

    @Test
    void one_running_enrollment_per_path_and_leaving_keeps_the_progress() {
        String id = enrolled(learner, path);
        record(learner, id, "extra", Map.of("status", "IN_PROGRESS")).then().statusCode(200);

        enrol(learner, path)
                .then()
                .statusCode(409)
                .body("type", equalTo(PROBLEMS + "conflict"))
                .body("detail", containsString(id));
        learner.given().post(WITHDRAWAL, id).then().statusCode(428);
        String etag = learner.given().get(ENROLLMENT, id).then().extract().header("ETag");
        learner.given()
                .header("If-Match", etag)
                .post(WITHDRAWAL, id)
                .then()
                .statusCode(200)
                .body("status", equalTo("LEFT"))
                .body("leftAt", not(nullValue()))
                .body("steps[2].status", equalTo("IN_PROGRESS"));
        learner.given().header("If-Match", etag).post(WITHDRAWAL, id).then().statusCode(412);
        String again = enrolled(learner, path);
        learner.given().get(MY_ENROLLMENTS).then().statusCode(200).body("items.id", equalTo(List.of(again, id)));
    }

    @Test
    void a_strangers_token_cannot_read_or_change_an_enrollment() {
        String id = enrolled(learner, path);
        Login stranger = TestAccounts.newPerson("Stranger");
        String etag = learner.given().get(ENROLLMENT, id).then().extract().header("ETag");

        stranger.given().get(ENROLLMENT, id).then().statusCode(404).body("type", equalTo(PROBLEMS + "not-found"));
        stranger.given()
                .contentType("application/json")
                .header("If-Match", etag)
                .body(Map.of("status", "IN_PROGRESS"))
                .put(STEP, id, "welcome")
                .then()
                .statusCode(404);
        stranger.given().header("If-Match", etag).post(WITHDRAWAL, id).then().statusCode(404);
        stranger.given().get(MY_ENROLLMENTS).then().body("items", equalTo(List.of()));
        author.given().get(ENROLLMENT, id).then().statusCode(404);
        learner.given().get(ENROLLMENT, id).then().statusCode(200).body("steps[0].status", equalTo("NOT_STARTED"));
    }

    @Test
    void drafts_unknown_steps_and_members_only_paths_are_refused() {
        String coalition = CoalitionFixtures.found(author, "OPEN");
        String draft = draft(author, content("A draft " + UUID.randomUUID(), "EVERYONE", coalition));
        String membersOnly = published(author, content("For members " + UUID.randomUUID(), "MEMBERS", coalition));

        enrol(learner, draft).then().statusCode(404);
        enrol(author, draft).then().statusCode(422).body("detail", containsString("draft"));
        enrol(learner, membersOnly).then().statusCode(404);
        CoalitionFixtures.activeMember(learner, coalition);
        String id = enrolled(learner, membersOnly);
        record(learner, id, "nowhere", Map.of("status", "DONE")).then().statusCode(404);
        String etag = learner.given().get(ENROLLMENT, id).then().extract().header("ETag");
        Api.givenInvalidRequest()
                .auth()
                .oauth2(learner.accessToken())
                .contentType("application/json")
                .header("If-Match", etag)
                .body(Map.of("status", "DONE"))
                .put(STEP, id, "Not A Key")
                .then()
                .statusCode(400)
                .body("violations[0].in", equalTo("PATH"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_assessment_is_done_once_the_questionnaire_is_answered_again() {
        String coalition = CoalitionFixtures.found(author, "OPEN");
        Map<String, Object> body = new HashMap<>(content("Measured " + UUID.randomUUID(), "EVERYONE", coalition));
        List<Map<String, Object>> steps = new ArrayList<>((List<Map<String, Object>>) body.get("steps"));
        steps.add(step("measure", "ASSESSMENT", false));
        body.put("steps", steps);
        String measured = published(author, body);
        String before = ResponseFixtures.submit(learner, ResponseFixtures.answers(learner, 2, List.of()))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String id = enrolled(learner, measured);
        learner.given().get(ENROLLMENT, id).then().statusCode(200).body("$", not(hasKey("measuredChange")));

        record(learner, id, "measure", Map.of("status", "DONE"))
                .then()
                .statusCode(422)
                .body("detail", containsString("questionnaire"));
        String after = ResponseFixtures.submit(learner, ResponseFixtures.answers(learner, 4, List.of()))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        int[] scores = {
            learner.given().get(RESPONSE, before).then().extract().path(COMMUNICATION),
            learner.given().get(RESPONSE, after).then().extract().path(COMMUNICATION)
        };
        record(learner, id, "measure", Map.of("status", "DONE"))
                .then()
                .statusCode(200)
                .body("steps[3].status", equalTo("DONE"))
                .body("measuredChange.before.responseId", equalTo(before))
                .body("measuredChange.after.responseId", equalTo(after))
                .body("measuredChange.dimensions.dimension", equalTo(List.of("COMMUNICATION_SKILLS")))
                .body("measuredChange.dimensions[0].before", equalTo(scores[0]))
                .body("measuredChange.dimensions[0].after", equalTo(scores[1]))
                .body("measuredChange.dimensions[0].change", equalTo(scores[1] - scores[0]));
        learner.given()
                .get(PrivacyFixtures.EXPORT)
                .then()
                .body(
                        "learning.enrollments.find { it.id == '" + id + "' }.measuredChange.after.responseId",
                        equalTo(after));
    }

    @Test
    void the_export_holds_enrollments_and_an_erased_authors_path_stays_for_its_learners() {
        String id = enrolled(learner, path);
        record(learner, id, "welcome", Map.of("status", "IN_PROGRESS", "evidence", Map.of("text", "My notes.")))
                .then()
                .statusCode(200);

        learner.given()
                .get(PrivacyFixtures.EXPORT)
                .then()
                .statusCode(200)
                .body("learning.enrollments.id", equalTo(List.of(id)))
                .body("learning.enrollments[0].steps[0].evidence.text", equalTo("My notes."))
                .body("learning.authoredPaths", equalTo(List.of()));
        author.given().get(PrivacyFixtures.EXPORT).then().body("learning.authoredPaths", hasItem(path));

        author.given().delete("/api/v1/me").then().statusCode(204);
        learner.given().get(PATH, path).then().statusCode(200).body("createdBy", nullValue());
        learner.given().get(ENROLLMENT, id).then().statusCode(200);
    }
}
