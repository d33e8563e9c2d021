package eu.loopmentoring.api.matching;

import static eu.loopmentoring.api.mentoring.MentoringFixtures.offerBody;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.requestBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import eu.loopmentoring.api.coalition.CoalitionFixtures;
import eu.loopmentoring.api.mentoring.MentoringFixtures;
import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Coalitions with members who offer and request mentoring, and runs over them, made through the API. */
public final class RunFixtures {

    public static final String RUNS = "/api/v1/matching-runs";
    public static final String RUN = "/api/v1/matching-runs/{runId}";
    public static final String PAIRS = "/api/v1/matching-runs/{runId}/pairs";
    public static final String UNMATCHED = "/api/v1/matching-runs/{runId}/unmatched-requests";
    public static final String PUBLICATION = "/api/v1/matching-runs/{runId}/publication";

    private RunFixtures() {}

    /** A coordinator's OPEN coalition. */
    public record Coalition(Login coordinator, String id) {

        public static Coalition found() {
            Login coordinator = TestAccounts.newPerson("Coordinator");
            return new Coalition(coordinator, CoalitionFixtures.found(coordinator, "OPEN"));
        }

        public Login member(String name) {
            Login person = TestAccounts.newPerson(name);
            CoalitionFixtures.activeMember(person, id);
            return person;
        }
    }

    /**
     * Matching data of {@code person} in every matching table: they coordinate a coalition, saved
     * its policy and ran it; one of their requests is paired, another left unmatched.
     */
    public static void footprint(Login person) {
        Coalition coalition = new Coalition(person, CoalitionFixtures.found(person, "OPEN"));
        person.given()
                .contentType("application/json")
                .header("If-Match", "\"1\"")
                .body(MatchingPolicyTest.settings(40))
                .put(MatchingPolicyTest.POLICY, coalition.id())
                .then()
                .statusCode(200);
        offer(coalition.member("Mentor"), 1, "is");
        request(person, "is");
        request(person, "fo");
        JsonPath run = run(coalition);
        assertThat(run.getInt("result.matched")).isEqualTo(1);
    }

    public static String offer(Login mentor, int capacity, String language) {
        Map<String, Object> body = offerBody(capacity);
        body.put("languages", List.of(language));
        return MentoringFixtures.offer(mentor, body);
    }

    public static String request(Login mentee, String language) {
        Map<String, Object> body = requestBody();
        body.put("languages", List.of(language));
        return MentoringFixtures.request(mentee, body);
    }

    /** Starts a run and waits until the worker has finished it; returns the run. */
    public static JsonPath run(Coalition coalition) {
        String id = coalition
                .coordinator()
                .given()
                .contentType("application/json")
                .body(Map.of("coalitionId", coalition.id()))
                .post(RUNS)
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        return finished(coalition.coordinator(), id);
    }

    public static JsonPath finished(Login coordinator, String runId) {
        return settled(coordinator, runId, Set.of("PENDING", "RUNNING"), "DONE");
    }

    /** Publishes a DONE run (202, PUBLISHING) and waits until the worker has published it; returns the run. */
    public static JsonPath publish(Login coordinator, String runId) {
        startPublication(coordinator, runId);
        return published(coordinator, runId);
    }

    /** Publishes a DONE run: 202 with the run PUBLISHING, which this answers. */
    public static JsonPath startPublication(Login coordinator, String runId) {
        return coordinator
                .given()
                .post(PUBLICATION, runId)
                .then()
                .statusCode(202)
                .header("Location", endsWith("/api/v1/matching-runs/" + runId))
                .body("status", equalTo("PUBLISHING"))
                .extract()
                .jsonPath();
    }

    public static JsonPath published(Login coordinator, String runId) {
        return settled(coordinator, runId, Set.of("PUBLISHING"), "PUBLISHED");
    }

    private static JsonPath settled(Login coordinator, String runId, Set<String> passing, String expected) {
        JsonPath run = await("run " + runId + " leaves " + passing)
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> coordinator
                                .given()
                                .get(RUN, runId)
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath(),
                        current -> !passing.contains(current.getString("status")));
        assertThat(run.getString("status")).isEqualTo(expected);
        return run;
    }

    /** Every item of a paginated sub-collection of the run. */
    public static List<Map<String, Object>> all(Login coordinator, String path, String runId) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = null;
        do {
            var request = coordinator.given().queryParam("limit", 2);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            JsonPath page =
                    request.get(path, runId).then().statusCode(200).extract().jsonPath();
            items.addAll(page.getList("items"));
            cursor = page.getString("next");
        } while (cursor != null);
        return items;
    }
}
