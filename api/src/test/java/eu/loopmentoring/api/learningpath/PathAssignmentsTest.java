package eu.loopmentoring.api.learningpath;

import static eu.loopmentoring.api.learningpath.PathFixtures.content;
import static eu.loopmentoring.api.learningpath.PathFixtures.enrolled;
import static eu.loopmentoring.api.learningpath.PathFixtures.published;
import static eu.loopmentoring.api.learningpath.PathFixtures.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import eu.loopmentoring.api.coalition.CoalitionFixtures;
import eu.loopmentoring.api.mentoring.MentoringFixtures;
import eu.loopmentoring.api.privacy.PrivacyFixtures;
import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Coordinators assign a path to their coalition as a programme and follow it in counts. */
@QuarkusTest
class PathAssignmentsTest {

    static final String ASSIGNMENTS = "/api/v1/path-assignments";
    static final String ASSIGNMENT = "/api/v1/path-assignments/{assignmentId}";
    static final String PROGRESS = "/api/v1/path-assignments/{assignmentId}/progress";
    static final String MY_ASSIGNMENTS = "/api/v1/me/path-assignments";
    private static final String PROBLEMS = "https://loopmentoring.eu/problems/";
    private static final String REFLECTION = "Only my mentor should read this " + UUID.randomUUID();

    private Login coordinator;
    private Login member;
    private Login stranger;
    private String coalition;
    private String path;

    @BeforeEach
    void aCoalitionWithAPath() {
        coordinator = TestAccounts.newPerson("Marta Lopes");
        coalition = CoalitionFixtures.found(coordinator, "OPEN");
        member = TestAccounts.newPerson("Ana Costa");
        CoalitionFixtures.activeMember(member, coalition);
        stranger = TestAccounts.newPerson("Stranger");
        path = published(coordinator, content("Programme path " + UUID.randomUUID(), "MEMBERS", coalition));
    }

    private static Response assign(Login who, String pathId, String coalitionId) {
        Map<String, Object> body = new HashMap<>();
        body.put("learningPathId", pathId);
        if (coalitionId != null) {
            body.put("coalitionId", coalitionId);
        }
        return who.given().contentType("application/json").body(body).post(ASSIGNMENTS);
    }

    private String assigned() {
        return assign(coordinator, path, coalition)
                .then()
                .statusCode(201)
                .body("status", equalTo("RUNNING"))
                .body("learningPathId", equalTo(path))
                .body("coalitionId", equalTo(coalition))
                .extract()
                .path("id");
    }

    @Test
    void a_coordinator_assigns_a_path_members_are_notified_and_enrol_with_one_call() {
        assign(member, path, coalition).then().statusCode(403).body("type", equalTo(PROBLEMS + "forbidden"));
        assign(stranger, path, coalition).then().statusCode(404);
        assign(coordinator, path, null).then().statusCode(400).body("violations.field", hasItem("coalitionId"));

        String assignment = assigned();

        assign(coordinator, path, coalition)
                .then()
                .statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString(assignment));
        member.given()
                .get(MentoringFixtures.NOTIFICATIONS)
                .then()
                .statusCode(200)
                .body("items.kind", hasItem("PATH_ASSIGNED"))
                .body("items.find { it.kind == 'PATH_ASSIGNED' }.assignmentId", equalTo(assignment))
                .body("items.find { it.kind == 'PATH_ASSIGNED' }.pathId", equalTo(path));
        coordinator
                .given()
                .get(MentoringFixtures.NOTIFICATIONS)
                .then()
                .statusCode(200)
                .body("items.kind", not(hasItem("PATH_ASSIGNED")));
        member.given().get(MY_ASSIGNMENTS).then().statusCode(200).body("items.id", equalTo(List.of(assignment)));
        member.given().get(ASSIGNMENT, assignment).then().statusCode(200).body("status", equalTo("RUNNING"));
        stranger.given().get(MY_ASSIGNMENTS).then().statusCode(200).body("items.id", not(hasItem(assignment)));
        stranger.given().get(ASSIGNMENT, assignment).then().statusCode(404);

        enrolled(member, path);
    }

    @Test
    void coordinators_see_progress_per_step_in_counts_and_never_a_reflection() {
        String assignment = assigned();
        String enrollment = enrolled(member, path);
        record(member, enrollment, "welcome", Map.of("status", "DONE", "evidence", Map.of("text", "Met my mentor.")))
                .then()
                .statusCode(200);
        record(member, enrollment, "reflect", Map.of("status", "IN_PROGRESS", "reflection", REFLECTION))
                .then()
                .statusCode(200);

        String body = coordinator
                .given()
                .get(PROGRESS, assignment)
                .then()
                .statusCode(200)
                .body("members", equalTo(2))
                .body("enrolled", equalTo(1))
                .body("completed", equalTo(0))
                .body("steps.key", equalTo(List.of("welcome", "reflect", "extra")))
                .body("steps[0].done", equalTo(1))
                .body("steps[1].inProgress", equalTo(1))
                .body("steps[2].notStarted", equalTo(1))
                .extract()
                .asString();
        assertThat(body)
                .doesNotContain(REFLECTION)
                .doesNotContain("Met my mentor")
                .doesNotContain(member.id());
        member.given().get(PROGRESS, assignment).then().statusCode(403);
        stranger.given().get(PROGRESS, assignment).then().statusCode(404);
    }

    @Test
    void a_coordinator_ends_a_programme_with_if_match_and_it_leaves_the_members_list() {
        String assignment = assigned();
        String etag = coordinator
                .given()
                .get(ASSIGNMENT, assignment)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");

        coordinator.given().delete(ASSIGNMENT, assignment).then().statusCode(428);
        member.given()
                .header("If-Match", etag)
                .delete(ASSIGNMENT, assignment)
                .then()
                .statusCode(403);
        stranger.given()
                .header("If-Match", etag)
                .delete(ASSIGNMENT, assignment)
                .then()
                .statusCode(404);
        coordinator
                .given()
                .header("If-Match", etag)
                .delete(ASSIGNMENT, assignment)
                .then()
                .statusCode(204);

        member.given().get(ASSIGNMENT, assignment).then().statusCode(200).body("status", equalTo("ENDED"));
        member.given().get(MY_ASSIGNMENTS).then().statusCode(200).body("items.id", not(hasItem(assignment)));
        assigned();
    }

    @Test
    void the_coordinators_export_holds_the_programmes_they_made_which_survive_their_erasure() {
        String assignment = assigned();
        coordinator
                .given()
                .get(PrivacyFixtures.EXPORT)
                .then()
                .statusCode(200)
                .body("learning.pathAssignments.id", equalTo(List.of(assignment)));
        member.given()
                .get(PrivacyFixtures.EXPORT)
                .then()
                .statusCode(200)
                .body("learning.pathAssignments", equalTo(List.of()));

        coordinator.given().delete("/api/v1/me").then().statusCode(204);

        member.given().get(ASSIGNMENT, assignment).then().statusCode(200).body("status", equalTo("RUNNING"));
        member.given().get(PROGRESS, assignment).then().statusCode(200).body("members", equalTo(1));
    }
}
