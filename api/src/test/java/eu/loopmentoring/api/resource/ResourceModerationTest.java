package eu.loopmentoring.api.resource;

import static eu.loopmentoring.api.resource.ResourceFixtures.PROBLEMS;
import static eu.loopmentoring.api.resource.ResourceFixtures.QUEUE;
import static eu.loopmentoring.api.resource.ResourceFixtures.REPORTS;
import static eu.loopmentoring.api.resource.ResourceFixtures.RESOLUTION;
import static eu.loopmentoring.api.resource.ResourceFixtures.RESOURCE;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reports about published resources, and the moderators' queue. */
@QuarkusTest
class ResourceModerationTest {

    private Login moderator;
    private Login author;

    @BeforeEach
    void people() {
        moderator = ResourceFixtures.moderator();
        author = TestAccounts.newPerson("Ana Costa");
    }

    private static Response report(Login who, String resourceId, String category, String text) {
        return who.given()
                .contentType("application/json")
                .header("Idempotency-Key", "report-" + UUID.randomUUID())
                .body(Map.of("category", category, "text", text))
                .post(REPORTS, resourceId);
    }

    @Test
    void anyone_signed_in_reports_a_published_resource_once_until_it_is_resolved() {
        String id = ResourceFixtures.published(author, moderator, "A resource with a dead link");
        String draft = ResourceFixtures.draft(author, "A draft nobody else sees");
        Login joao = TestAccounts.newPerson();

        report(joao, id, "BROKEN_LINK", "The link leads nowhere.")
                .then()
                .statusCode(201)
                .body("status", equalTo("OPEN"))
                .body("category", equalTo("BROKEN_LINK"))
                .body("resourceId", equalTo(id));
        report(joao, id, "SPAM", "Again.").then().statusCode(409).body("type", equalTo(PROBLEMS + "conflict"));
        report(joao, draft, "SPAM", "Cannot see it.").then().statusCode(404);
        report(author, draft, "SPAM", "My own draft.").then().statusCode(422);
    }

    @Test
    void only_moderators_page_through_the_queue() {
        Login joao = TestAccounts.newPerson();

        joao.given().get(QUEUE).then().statusCode(403).body("type", equalTo(PROBLEMS + "forbidden"));
        author.given().get(QUEUE).then().statusCode(403);
        moderator.given().get(QUEUE).then().statusCode(200);
    }

    @Test
    void the_queue_holds_submissions_and_open_reports_oldest_first_in_pages() {
        String submitted = ResourceFixtures.submitted(author, "Waiting for a decision");
        String published = ResourceFixtures.published(author, moderator, "Reported after publication");
        Login joao = TestAccounts.newPerson();
        String reportId = report(joao, published, "INACCURATE", "The statistics are from 2009.")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        List<Map<String, Object>> items = allOfQueue(moderator);
        List<Object> mine = items.stream()
                .filter(i -> List.of(submitted, published).contains(((Map<?, ?>) i.get("resource")).get("id")))
                .map(i -> (Object) (i.get("kind") + ":" + ((Map<?, ?>) i.get("resource")).get("id")))
                .toList();
        org.assertj.core.api.Assertions.assertThat(mine)
                .containsExactly("SUBMISSION:" + submitted, "REPORT:" + published);
        List<String> times = items.stream().map(i -> (String) i.get("at")).toList();
        org.assertj.core.api.Assertions.assertThat(times)
                .isSortedAccordingTo(java.util.Comparator.comparing(java.time.Instant::parse));
        Map<String, Object> reported = items.stream()
                .filter(i -> "REPORT".equals(i.get("kind")) && reportId.equals(((Map<?, ?>) i.get("report")).get("id")))
                .findFirst()
                .orElseThrow();
        org.assertj.core.api.Assertions.assertThat(((Map<?, ?>) reported.get("report")).get("text"))
                .isEqualTo("The statistics are from 2009.");
    }

    @Test
    void a_moderator_resolves_a_report_and_withdraws_the_resource_when_it_holds() {
        String id = ResourceFixtures.published(author, moderator, "Copied from a textbook");
        Login joao = TestAccounts.newPerson();
        String dismissed = report(joao, id, "OTHER", "Not sure about this.")
                .then()
                .extract()
                .path("id");
        moderator
                .given()
                .contentType("application/json")
                .body(Map.of("outcome", "DISMISSED"))
                .post(RESOLUTION, dismissed)
                .then()
                .statusCode(200)
                .body("status", equalTo("RESOLVED"))
                .body("resolution.outcome", equalTo("DISMISSED"));
        String holds = report(joao, id, "COPYRIGHT", "Pages 12-30 are the textbook's.")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        joao.given()
                .contentType("application/json")
                .body(Map.of("outcome", "DISMISSED"))
                .post(RESOLUTION, holds)
                .then()
                .statusCode(403);
        moderator
                .given()
                .contentType("application/json")
                .body(Map.of("outcome", "RESOURCE_WITHDRAWN"))
                .post(RESOLUTION, holds)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("note"));
        moderator
                .given()
                .contentType("application/json")
                .body(Map.of("outcome", "RESOURCE_WITHDRAWN", "note", "The copyright complaint holds."))
                .post(RESOLUTION, holds)
                .then()
                .statusCode(200)
                .body("resolution.note", equalTo("The copyright complaint holds."))
                .body("resolution.resolvedAt", notNullValue());
        moderator
                .given()
                .contentType("application/json")
                .body(Map.of("outcome", "DISMISSED"))
                .post(RESOLUTION, holds)
                .then()
                .statusCode(422);
        moderator
                .given()
                .contentType("application/json")
                .body(Map.of("outcome", "DISMISSED"))
                .post(RESOLUTION, UUID.randomUUID())
                .then()
                .statusCode(404);

        joao.given().get(RESOURCE, id).then().statusCode(404);
        author.given().get(RESOURCE, id).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
    }

    private static List<Map<String, Object>> allOfQueue(Login moderator) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = null;
        do {
            var request = moderator.given().queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(QUEUE).then().statusCode(200).extract().jsonPath();
            items.addAll(page.getList("items"));
            cursor = page.getString("next");
        } while (cursor != null);
        return items;
    }
}
