package eu.loopmentoring.api.matching;

import static eu.loopmentoring.api.matching.RunFixtures.RUN;
import static eu.loopmentoring.api.matching.RunFixtures.RUNS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import eu.loopmentoring.api.coalition.CoalitionFixtures;
import eu.loopmentoring.api.matching.RunFixtures.Coalition;
import eu.loopmentoring.api.support.Api;
import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/matching-runs}: the runs a person may read, as the run itself decides, newest first. */
@QuarkusTest
class MatchingRunListTest {

    private static final String PROBLEMS = "https://loopmentoring.eu/problems/";

    @Test
    void a_coordinator_sees_the_runs_of_the_coalitions_they_coordinate_newest_first_page_by_page() {
        Coalition coalition = Coalition.found();
        Login coordinator = coalition.coordinator();
        String second = CoalitionFixtures.found(coordinator, "OPEN");
        String first = start(coordinator, coalition.id());
        String secondsRun = start(coordinator, second);
        String then = start(coordinator, coalition.id());
        String latest = start(coordinator, coalition.id());

        List<Map<String, Object>> all = pages(coordinator, 2, null);
        List<Map<String, Object>> ofOne = pages(coordinator, 2, coalition.id());

        assertThat(all).extracting(run -> run.get("id")).containsExactly(latest, then, secondsRun, first);
        assertThat(ofOne).extracting(run -> run.get("id")).containsExactly(latest, then, first);
        assertThat(ofOne).extracting(run -> run.get("coalitionId")).containsOnly(coalition.id());
        // each item is the run as its own GET shows it
        assertThat(all.get(3).get("createdAt"))
                .isEqualTo(coordinator
                        .given()
                        .get(RUN, first)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("createdAt"));
    }

    @Test
    void a_stranger_or_a_member_who_does_not_coordinate_sees_none_of_a_coalitions_runs() {
        Coalition coalition = Coalition.found();
        Login member = coalition.member("Member");
        Login stranger = TestAccounts.newPerson("Stranger");
        String run = start(coalition.coordinator(), coalition.id());

        for (Login outsider : List.of(member, stranger)) {
            assertThat(pages(outsider, 100, null)).isEmpty();
            // a coalition they do not coordinate is filtered away like one that does not exist
            assertThat(pages(outsider, 100, coalition.id())).isEmpty();
            outsider.given().get(RUN, run).then().statusCode(404);
        }
        assertThat(pages(coalition.coordinator(), 100, UUID.randomUUID().toString()))
                .isEmpty();
        assertThat(pages(TestAccounts.administrator(), 100, coalition.id()))
                .extracting(r -> r.get("id"))
                .containsExactly(run);
    }

    @Test
    void a_bad_limit_or_cursor_is_a_400_problem() {
        Coalition coalition = Coalition.found();
        Login coordinator = coalition.coordinator();
        start(coordinator, coalition.id());
        start(coordinator, coalition.id());
        for (Object limit : List.of(0, 101, "ten")) {
            invalid(coordinator)
                    .queryParam("limit", limit)
                    .get(RUNS)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo(PROBLEMS + "validation-failed"))
                    .body("violations[0].in", equalTo("QUERY"))
                    .body("violations[0].field", equalTo("limit"));
        }
        invalid(coordinator)
                .queryParam("cursor", "not a cursor!")
                .get(RUNS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("cursor"));
        String next = coordinator
                .given()
                .queryParam("limit", 1)
                .queryParam("coalitionId", coalition.id())
                .get(RUNS)
                .then()
                .statusCode(200)
                .extract()
                .path("next");
        String tampered = (next.charAt(0) == 'A' ? "B" : "A") + next.substring(1);
        coordinator
                .given()
                .queryParam("cursor", tampered)
                .queryParam("coalitionId", coalition.id())
                .get(RUNS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "invalid-cursor"));
        // a cursor belongs to its filters: without the coalition it pages something else
        coordinator
                .given()
                .queryParam("cursor", next)
                .get(RUNS)
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo(PROBLEMS + "invalid-cursor"));
        // and to its reader
        TestAccounts.administrator()
                .given()
                .queryParam("cursor", next)
                .queryParam("coalitionId", coalition.id())
                .get(RUNS)
                .then()
                .statusCode(400)
                .body("type", equalTo(PROBLEMS + "invalid-cursor"));
    }

    /** Starts a run (the worker takes it meanwhile): listing shows runs in every status. */
    private static String start(Login coordinator, String coalitionId) {
        return coordinator
                .given()
                .contentType("application/json")
                .body(Map.of("coalitionId", coalitionId))
                .post(RUNS)
                .then()
                .statusCode(202)
                .extract()
                .path("id");
    }

    /** Every page of the caller's runs, {@code limit} at a time, optionally of one coalition. */
    private static List<Map<String, Object>> pages(Login reader, int limit, String coalitionId) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = null;
        do {
            var request = reader.given().queryParam("limit", limit);
            if (coalitionId != null) {
                request = request.queryParam("coalitionId", coalitionId);
            }
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(RUNS).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> got = page.getList("items");
            assertThat(got).hasSizeLessThanOrEqualTo(limit);
            items.addAll(got);
            cursor = page.getString("next");
        } while (cursor != null);
        return items;
    }

    private static io.restassured.specification.RequestSpecification invalid(Login reader) {
        return Api.givenInvalidRequest().auth().oauth2(reader.accessToken());
    }
}
