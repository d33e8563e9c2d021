package eu.loopmentoring.api.matching;

import static eu.loopmentoring.api.matching.RunFixtures.PAIRS;
import static eu.loopmentoring.api.matching.RunFixtures.RUN;
import static eu.loopmentoring.api.matching.RunFixtures.RUNS;
import static eu.loopmentoring.api.matching.RunFixtures.UNMATCHED;
import static eu.loopmentoring.api.matching.RunFixtures.all;
import static eu.loopmentoring.api.matching.RunFixtures.offer;
import static eu.loopmentoring.api.matching.RunFixtures.request;
import static eu.loopmentoring.api.matching.RunFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import eu.loopmentoring.api.matching.RunFixtures.Coalition;
import eu.loopmentoring.api.mentoring.MentoringFixtures;
import eu.loopmentoring.api.privacy.PrivacyFixtures;
import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MatchingRunsTest {

    @Test
    void a_run_assigns_the_members_open_requests_within_capacity_and_says_why_each_other_request_is_unmatched() {
        Coalition coalition = Coalition.found();
        Login mentor = coalition.member("Mentor");
        Login ana = coalition.member("Ana");
        Login bea = coalition.member("Bea");
        Login eva = coalition.member("Eva");
        String offer = offer(mentor, 1, "pt");
        String anas = request(ana, "pt");
        String beas = request(bea, "pt");
        String evas = request(eva, "et");
        request(TestAccounts.newPerson("Not a member"), "pt");

        JsonPath run = run(coalition);

        assertThat(run.getInt("policyVersion")).isEqualTo(1);
        assertThat(run.getInt("result.requests")).isEqualTo(3);
        assertThat(run.getInt("result.offers")).isEqualTo(1);
        assertThat(run.getInt("result.matched")).isEqualTo(1);
        assertThat(run.getInt("result.unmatched")).isEqualTo(2);
        assertThat(run.getString("result.inputHash")).hasSize(64);
        assertThat(run.getList("result.loadDistribution")).containsExactly(Map.of("mentees", 1, "offers", 1));
        String runId = run.getString("id");

        List<Map<String, Object>> pairs = all(coalition.coordinator(), PAIRS, runId);
        assertThat(pairs).hasSize(1);
        Map<String, Object> pair = pairs.get(0);
        assertThat(pair.get("offerId")).isEqualTo(offer);
        assertThat(pair.get("requestId")).isIn(anas, beas);
        assertThat(pair.get("mentorId")).isEqualTo(mentor.id());
        assertThat(pair.get("mentor")).isEqualTo(Map.of("id", mentor.id(), "displayName", "Mentor"));
        assertThat(pair.get("mentee"))
                .isIn(Map.of("id", ana.id(), "displayName", "Ana"), Map.of("id", bea.id(), "displayName", "Bea"));
        assertThat(((Map<?, ?>) pair.get("mentee")).get("id")).isEqualTo(pair.get("menteeId"));
        assertThat(sum(pair))
                .isEqualByComparingTo(new BigDecimal(pair.get("score").toString()));
        assertThat(run.getDouble("result.totalScore")).isEqualTo(((Number) pair.get("score")).doubleValue());
        assertThat((List<String>) cast(pair.get("filtersApplied"))).contains("NOT_BLOCKED", "SHARED_LANGUAGE");

        List<Map<String, Object>> unmatched = all(coalition.coordinator(), UNMATCHED, runId);
        assertThat(unmatched)
                .extracting(u -> u.get("requestId"))
                .containsExactlyInAnyOrder(pair.get("requestId").equals(anas) ? beas : anas, evas);
        Map<String, Object> evasReason = unmatched.stream()
                .filter(u -> u.get("requestId").equals(evas))
                .findFirst()
                .orElseThrow();
        assertThat(evasReason.get("reason")).isEqualTo("NO_FEASIBLE_MENTOR");
        assertThat(evasReason.get("menteeId")).isEqualTo(eva.id());
        assertThat(evasReason.get("mentee")).isEqualTo(Map.of("id", eva.id(), "displayName", "Eva"));
        assertThat((List<Object>) cast(evasReason.get("excludedBy")))
                .contains(Map.of("filter", "SHARED_LANGUAGE", "offers", 1));
        Map<String, Object> crowdedOut = unmatched.stream()
                .filter(u -> !u.get("requestId").equals(evas))
                .findFirst()
                .orElseThrow();
        assertThat(crowdedOut.get("reason")).isEqualTo("CAPACITY_TAKEN");
        assertThat(crowdedOut.get("feasibleOffers")).isEqualTo(1);

        // what the run computed about each person is in their own export, and only there
        JsonPath mentorsExport = export(mentor);
        assertThat(mentorsExport.<String>getList("matching.pairs.id")).containsExactly((String) pair.get("id"));
        assertThat(mentorsExport.getDouble("matching.pairs[0].score"))
                .isEqualTo(((Number) pair.get("score")).doubleValue());
        JsonPath evasExport = export(eva);
        assertThat(evasExport.<String>getList("matching.pairs")).isEmpty();
        assertThat(evasExport.<String>getList("matching.unmatchedRequests.requestId"))
                .containsExactly(evas);
        assertThat(evasExport.<String>getList("matching.unmatchedRequests.reason"))
                .containsExactly("NO_FEASIBLE_MENTOR");
        JsonPath strangersExport = export(TestAccounts.newPerson());
        assertThat(strangersExport.<String>getList("matching.pairs")).isEmpty();
        assertThat(strangersExport.<String>getList("matching.unmatchedRequests"))
                .isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void with_the_school_filter_on_no_one_is_matched_with_a_colleague_from_their_own_school() {
        Coalition coalition = Coalition.found();
        Login mentor = coalition.member("Mentor");
        Login colleague = coalition.member("Colleague");
        Login other = coalition.member("Other");
        String school = PrivacyFixtures.organization(mentor);
        PrivacyFixtures.member(mentor, school, colleague);
        String offer = offer(mentor, 2, "pt");
        String colleagues = request(colleague, "pt");
        String others = request(other, "pt");
        Map<String, Object> policy = MatchingPolicyTest.settings(35);
        ((Map<String, Object>) cast(policy.get("filters"))).put("differentSchool", true);
        coalition
                .coordinator()
                .given()
                .contentType("application/json")
                .header("If-Match", "\"1\"")
                .body(policy)
                .put(MatchingPolicyTest.POLICY, coalition.id())
                .then()
                .statusCode(200)
                .body("filters.differentSchool", equalTo(true));

        JsonPath run = run(coalition);

        assertThat(run.getInt("policyVersion")).isEqualTo(2);
        String runId = run.getString("id");
        List<Map<String, Object>> pairs = all(coalition.coordinator(), PAIRS, runId);
        assertThat(pairs).singleElement().satisfies(pair -> {
            assertThat(pair.get("requestId")).isEqualTo(others);
            assertThat(pair.get("offerId")).isEqualTo(offer);
            assertThat((List<String>) cast(pair.get("filtersApplied"))).contains("DIFFERENT_SCHOOL");
        });
        assertThat(all(coalition.coordinator(), UNMATCHED, runId))
                .singleElement()
                .satisfies(unmatched -> {
                    assertThat(unmatched.get("requestId")).isEqualTo(colleagues);
                    assertThat(unmatched.get("reason")).isEqualTo("NO_FEASIBLE_MENTOR");
                    assertThat((List<Object>) cast(unmatched.get("excludedBy")))
                            .contains(Map.of("filter", "DIFFERENT_SCHOOL", "offers", 1));
                });
    }

    private static JsonPath export(Login person) {
        return person.given()
                .get("/api/v1/me/export")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void two_runs_on_the_same_input_and_policy_give_the_same_hash_and_the_same_pairs() {
        Coalition coalition = Coalition.found();
        for (int i = 0; i < 2; i++) {
            offer(coalition.member("Mentor " + i), 2, "fi");
        }
        for (int i = 0; i < 5; i++) {
            request(coalition.member("Mentee " + i), "fi");
        }

        JsonPath first = run(coalition);
        JsonPath second = run(coalition);

        assertThat(second.getString("result.inputHash")).isEqualTo(first.getString("result.inputHash"));
        assertThat(second.getDouble("result.totalScore")).isEqualTo(first.getDouble("result.totalScore"));
        assertThat(first.getInt("result.matched")).isEqualTo(4);
        assertThat(pairs(coalition, second.getString("id"))).isEqualTo(pairs(coalition, first.getString("id")));
    }

    @Test
    void a_run_never_pairs_a_mentee_with_the_mentor_they_already_have() {
        Coalition coalition = Coalition.found();
        Login mentor = coalition.member("Mentor");
        Login mentee = coalition.member("Mentee with a mentor");
        String offer = offer(mentor, 3, "is");
        String proposal = MentoringFixtures.propose(mentee, request(mentee, "is"), offer)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        MentoringFixtures.answer(mentor, proposal, "ACCEPT").then().statusCode(200);
        String second = request(mentee, "is");
        String newcomers = request(coalition.member("Newcomer"), "is");

        JsonPath run = run(coalition);

        assertThat(run.getInt("result.matched")).isEqualTo(1);
        String runId = run.getString("id");
        assertThat(all(coalition.coordinator(), PAIRS, runId))
                .extracting(pair -> pair.get("requestId"))
                .containsExactly(newcomers);
        assertThat(all(coalition.coordinator(), UNMATCHED, runId))
                .extracting(unmatched -> unmatched.get("requestId"))
                .containsExactly(second);
    }

    @Test
    void only_the_coalitions_coordinators_start_and_read_runs_and_a_retried_start_is_the_same_run() {
        Coalition coalition = Coalition.found();
        Login member = coalition.member("Member");
        Login stranger = TestAccounts.newPerson("Stranger");
        Map<String, String> body = Map.of("coalitionId", coalition.id());

        member.given()
                .contentType("application/json")
                .body(body)
                .post(RUNS)
                .then()
                .statusCode(403);
        stranger.given()
                .contentType("application/json")
                .body(body)
                .post(RUNS)
                .then()
                .statusCode(404);

        String key = "run-" + coalition.id();
        String id = coalition
                .coordinator()
                .given()
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body(body)
                .post(RUNS)
                .then()
                .statusCode(202)
                .header("Location", containsString("/api/v1/matching-runs/"))
                .extract()
                .path("id");
        coalition
                .coordinator()
                .given()
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body(body)
                .post(RUNS)
                .then()
                .statusCode(202)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(id));

        member.given().get(RUN, id).then().statusCode(404);
        stranger.given().get(PAIRS, id).then().statusCode(404);
        stranger.given().get(UNMATCHED, id).then().statusCode(404);
        TestAccounts.administrator().given().get(RUN, id).then().statusCode(200);
    }

    private static List<List<Object>> pairs(Coalition coalition, String runId) {
        return all(coalition.coordinator(), PAIRS, runId).stream()
                .map(p -> List.of(p.get("requestId"), p.get("offerId"), p.get("score"), p.get("contributions")))
                .toList();
    }

    private static BigDecimal sum(Map<String, Object> pair) {
        List<Map<String, Object>> contributions = cast(pair.get("contributions"));
        return contributions.stream()
                .map(c -> new BigDecimal(c.get("points").toString()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }
}
