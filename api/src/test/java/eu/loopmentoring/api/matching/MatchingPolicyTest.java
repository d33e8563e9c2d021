package eu.loopmentoring.api.matching;

import static eu.loopmentoring.api.mentoring.MentoringFixtures.PROBLEMS;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import eu.loopmentoring.api.coalition.CoalitionFixtures;
import eu.loopmentoring.api.support.Api;
import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
public class MatchingPolicyTest {

    public static final String POLICY = "/api/v1/coalitions/{coalitionId}/matching-policy";
    static final String POLICY_VERSION = "/api/v1/coalitions/{coalitionId}/matching-policy/versions/{version}";

    public static Map<String, Object> settings(int complementarity) {
        Map<String, Object> filters = new HashMap<>();
        filters.put("sharedLanguage", true);
        filters.put("modeAndRegion", true);
        filters.put("format", true);
        filters.put("notBlocked", true);
        filters.put("differentSchool", false);
        filters.put("capacityLeft", true);
        Map<String, Object> weights = new HashMap<>();
        weights.put("complementarity", complementarity);
        weights.put("careerStage", 15);
        weights.put("subjects", 10);
        weights.put("schoolLevels", 10);
        weights.put("availability", 15);
        weights.put("responsiveness", 10);
        weights.put("culturalBackground", 5);
        Map<String, Object> body = new HashMap<>();
        body.put("filters", filters);
        body.put("weights", weights);
        body.put("minimumLanguageLevel", "B2");
        body.put("needDimensions", 3);
        body.put("idealGapMin", 1);
        body.put("idealGapMax", 3);
        body.put("gapTolerance", 2);
        body.put("availabilityTargetMinutes", 120);
        body.put("objective", "MOST_MATCHES_THEN_SCORE");
        return body;
    }

    @Test
    void a_coalition_without_a_saved_policy_has_the_default_as_version_1() {
        Login coordinator = TestAccounts.newPerson("Coordinator");
        String coalition = CoalitionFixtures.found(coordinator, "OPEN");

        coordinator
                .given()
                .get(POLICY, coalition)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1))
                .body("isDefault", equalTo(true))
                .body("weights.complementarity", equalTo(35))
                .body("filters.notBlocked", equalTo(true))
                .body("objective", equalTo("MOST_MATCHES_THEN_SCORE"));
    }

    @Test
    void each_save_by_a_coordinator_is_a_new_version_and_older_versions_stay_readable() {
        Login coordinator = TestAccounts.newPerson("Coordinator");
        Login member = TestAccounts.newPerson("Member");
        String coalition = CoalitionFixtures.found(coordinator, "OPEN");
        CoalitionFixtures.activeMember(member, coalition);

        coordinator
                .given()
                .contentType("application/json")
                .header("If-Match", "\"1\"")
                .body(settings(50))
                .put(POLICY, coalition)
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("version", equalTo(2))
                .body("isDefault", equalTo(false))
                .body("savedAt", notNullValue())
                .body("weights.complementarity", equalTo(50));
        coordinator
                .given()
                .contentType("application/json")
                .header("If-Match", "\"2\"")
                .body(settings(60))
                .put(POLICY, coalition)
                .then()
                .statusCode(200)
                .body("version", equalTo(3));

        member.given().get(POLICY, coalition).then().statusCode(200).body("weights.complementarity", equalTo(60));
        member.given()
                .get(POLICY_VERSION, coalition, 2)
                .then()
                .statusCode(200)
                .body("weights.complementarity", equalTo(50));
        member.given()
                .get(POLICY_VERSION, coalition, 1)
                .then()
                .statusCode(200)
                .body("isDefault", equalTo(true))
                .body("weights.complementarity", equalTo(35));
        member.given().get(POLICY_VERSION, coalition, 4).then().statusCode(404);

        coordinator
                .given()
                .contentType("application/json")
                .header("If-Match", "\"2\"")
                .body(settings(70))
                .put(POLICY, coalition)
                .then()
                .statusCode(412)
                .body("type", equalTo(PROBLEMS + "precondition-failed"));
        coordinator
                .given()
                .contentType("application/json")
                .body(settings(70))
                .put(POLICY, coalition)
                .then()
                .statusCode(428);
    }

    @Test
    void members_read_the_policy_but_only_coordinators_and_administrators_change_it_and_strangers_find_nothing() {
        Login coordinator = TestAccounts.newPerson("Coordinator");
        Login member = TestAccounts.newPerson("Member");
        Login stranger = TestAccounts.newPerson("Stranger");
        String coalition = CoalitionFixtures.found(coordinator, "OPEN");
        CoalitionFixtures.activeMember(member, coalition);

        member.given()
                .contentType("application/json")
                .header("If-Match", "\"1\"")
                .body(settings(50))
                .put(POLICY, coalition)
                .then()
                .statusCode(403)
                .body("type", equalTo(PROBLEMS + "forbidden"));
        stranger.given().get(POLICY, coalition).then().statusCode(404);
        stranger.given().get(POLICY_VERSION, coalition, 1).then().statusCode(404);
        stranger.given()
                .contentType("application/json")
                .header("If-Match", "\"1\"")
                .body(settings(50))
                .put(POLICY, coalition)
                .then()
                .statusCode(404);

        TestAccounts.administrator()
                .given()
                .contentType("application/json")
                .header("If-Match", "\"1\"")
                .body(settings(50))
                .put(POLICY, coalition)
                .then()
                .statusCode(200)
                .body("version", equalTo(2));
    }

    @Test
    void weights_and_settings_out_of_range_are_field_violations() {
        Login coordinator = TestAccounts.newPerson("Coordinator");
        String coalition = CoalitionFixtures.found(coordinator, "OPEN");

        Map<String, Object> allZero = settings(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> weights = (Map<String, Object>) allZero.get("weights");
        weights.replaceAll((k, v) -> 0);
        saveAndExpect(coordinator, coalition, allZero, 400).body("violations.field", hasItem("weights"));

        Map<String, Object> unblocked = settings(35);
        filters(unblocked).put("notBlocked", false);
        saveAndExpect(coordinator, coalition, unblocked, 400).body("violations.field", hasItem("filters.notBlocked"));

        Map<String, Object> inverted = settings(35);
        inverted.put("idealGapMin", 3);
        inverted.put("idealGapMax", 1);
        saveAndExpect(coordinator, coalition, inverted, 400).body("violations.field", hasItem("idealGapMin"));

        Map<String, Object> tooHeavy = settings(1001);
        Api.givenInvalidRequest()
                .auth()
                .oauth2(coordinator.accessToken())
                .contentType("application/json")
                .header("If-Match", "\"1\"")
                .body(tooHeavy)
                .put(POLICY, coalition)
                .then()
                .statusCode(400)
                .body("type", equalTo(PROBLEMS + "validation-failed"));

        coordinator.given().get(POLICY, coalition).then().statusCode(200).body("version", equalTo(1));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> filters(Map<String, Object> settings) {
        return (Map<String, Object>) settings.get("filters");
    }

    private static io.restassured.response.ValidatableResponse saveAndExpect(
            Login coordinator, String coalition, Map<String, Object> body, int status) {
        return coordinator
                .given()
                .contentType("application/json")
                .header("If-Match", "\"1\"")
                .body(body)
                .put(POLICY, coalition)
                .then()
                .statusCode(status);
    }
}
