package eu.loopmentoring.api.learningpath;

import static eu.loopmentoring.api.learningpath.PathFixtures.MY_ENROLLMENTS;
import static eu.loopmentoring.api.learningpath.PathFixtures.PATH;
import static eu.loopmentoring.api.learningpath.PathFixtures.PATHS;
import static eu.loopmentoring.api.learningpath.PathFixtures.content;
import static eu.loopmentoring.api.learningpath.PathFixtures.create;
import static eu.loopmentoring.api.profile.ResponseFixtures.answers;
import static eu.loopmentoring.api.profile.ResponseFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import eu.loopmentoring.api.privacy.PrivacyFixtures;
import eu.loopmentoring.api.resource.ResourceFixtures;
import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The personal path: suggested from the caller's own profile, and enrolled in as their own. */
@QuarkusTest
class LearningPathSuggestionTest {

    @Inject
    DataSource database;

    static final String SUGGESTION = "/api/v1/me/learning-path-suggestion";
    private static final String PROBLEMS = "https://loopmentoring.eu/problems/";

    /**
     * Answers that score the {@code weak} dimensions low (TRAINING_NEEDS high) and every other one
     * high (TRAINING_NEEDS low), reverse-scored items answered the other way round.
     */
    static Map<String, Object> scoring(Login who, Set<String> weak) {
        JsonPath questionnaire = who.given()
                .get("/api/v1/questionnaires/current")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Boolean> low = new HashMap<>();
        Map<String, Boolean> reversed = new HashMap<>();
        for (Map<String, Object> section : questionnaire.<Map<String, Object>>getList("sections")) {
            String dimension = (String) section.get("dimension");
            boolean lowScore = weak.contains(dimension) != dimension.equals("TRAINING_NEEDS");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) section.get("items");
            for (Map<String, Object> item : items) {
                low.put((String) item.get("key"), lowScore);
                reversed.put((String) item.get("key"), Boolean.TRUE.equals(item.get("reverseScored")));
            }
        }
        Map<String, Object> body = answers(who, 5, List.of());
        List<Map<String, Object>> answers = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> given = (List<Map<String, Object>>) body.get("answers");
        for (Map<String, Object> answer : given) {
            String key = (String) answer.get("itemKey");
            if (answer.containsKey("likert")) {
                boolean agree = low.get(key) == reversed.get(key);
                answers.add(Map.of("itemKey", key, "likert", agree ? 5 : 1));
            } else {
                answers.add(answer);
            }
        }
        return Map.of("questionnaireId", body.get("questionnaireId"), "answers", answers);
    }

    static Login answered(String name, Set<String> weak) {
        Login who = TestAccounts.newPerson(name);
        submit(who, scoring(who, weak)).then().statusCode(201);
        return who;
    }

    static JsonPath suggestion(Login who) {
        return who.given().get(SUGGESTION).then().statusCode(200).extract().jsonPath();
    }

    private static Response enrolInSuggestion(Login who, Map<String, Object> body) {
        return who.given().contentType("application/json").body(body).post(MY_ENROLLMENTS);
    }

    /** The answers score the two dimensions 0, the weakest; the choice items may make others weak too. */
    @Test
    void the_dimensions_the_answers_make_weak_are_named_in_the_reasons() {
        Map<String, Object> resource = ResourceFixtures.content("Listening to a new teacher " + UUID.randomUUID());
        resource.put("profileDimensions", List.of("COMMUNICATION_SKILLS", "CREATIVITY"));
        ResourceFixtures.published(TestAccounts.newPerson(), TestAccounts.administrator(), resource);
        Login ines = answered("Inês Duarte", Set.of("COMMUNICATION_SKILLS", "CREATIVITY"));

        JsonPath suggested = suggestion(ines);

        assertThat(suggested.<String>getList("modules.findAll { it.reason.code == 'WEAK_DIMENSION' }.reason.dimension"))
                .startsWith("COMMUNICATION_SKILLS", "CREATIVITY");
        assertThat(suggested.<Integer>getList("modules.findAll { it.reason.code == 'WEAK_DIMENSION' }.reason.score"))
                .allSatisfy(score -> assertThat(score).isLessThan(60));
        assertThat(suggested.<String>getList("modules.reason.topic")).contains("classroom-management");
        assertThat(suggested.<String>getList("profileDimensions")).contains("COMMUNICATION_SKILLS", "CREATIVITY");
        assertThat(suggested.<String>getList("steps.reasons.flatten().dimension"))
                .contains("COMMUNICATION_SKILLS", "CREATIVITY");
        List<Map<String, Object>> resources = suggested.getList("steps.findAll { it.kind == 'RESOURCE' }");
        assertThat(resources).isNotEmpty().allSatisfy(step -> assertThat(step).containsKeys("resourceId", "ranking"));
        assertThat(suggested.<String>getList("steps.findAll { it.module == 'Communication skills' }.kind"))
                .contains("RESOURCE", "REFLECTION");
        assertThat(suggested.<String>getList("steps.kind").getLast()).isEqualTo("ASSESSMENT");
        assertThat(suggested.<Boolean>getList("steps.required").getLast()).isTrue();
        assertThat(suggested.<String>getList("steps.kind")).doesNotContain("MENTORING");
    }

    @Test
    void the_suggestion_is_stored_nowhere_and_the_same_each_time() {
        Login ines = answered("Inês Duarte", Set.of("PROBLEM_SOLVING"));

        Object first = suggestion(ines).get();
        Object again = suggestion(ines).get();

        assertThat(again).isEqualTo(first);
        ines.given().get(MY_ENROLLMENTS).then().statusCode(200).body("items", equalTo(List.of()));
    }

    @Test
    void two_people_with_different_answers_get_different_suggestions() {
        JsonPath communication = suggestion(answered("Inês Duarte", Set.of("COMMUNICATION_SKILLS")));
        JsonPath experience = suggestion(answered("Kadri Kask", Set.of("EXPERIENCE", "TRAINING_NEEDS")));

        assertThat(communication.<String>getList("modules.reason.dimension")).contains("COMMUNICATION_SKILLS");
        assertThat(experience.<String>getList("modules.reason.dimension")).contains("EXPERIENCE", "TRAINING_NEEDS");
        assertThat(communication.<Object>getList("steps")).isNotEqualTo(experience.getList("steps"));
    }

    @Test
    void without_a_submitted_questionnaire_there_is_no_suggestion_yet() {
        Login newcomer = TestAccounts.newPerson("Rui Nunes");

        newcomer.given()
                .get(SUGGESTION)
                .then()
                .statusCode(422)
                .body("type", equalTo(PROBLEMS + "rule-violated"))
                .body("detail", containsString("questionnaire"));
        enrolInSuggestion(newcomer, Map.of("fromSuggestion", true))
                .then()
                .statusCode(422)
                .body("detail", containsString("questionnaire"));
    }

    @Test
    void enrolling_from_the_suggestion_stores_a_personal_path_that_only_its_learner_reads() {
        Login ines = answered("Inês Duarte", Set.of("COMMUNICATION_SKILLS"));
        JsonPath suggested = suggestion(ines);

        JsonPath enrollment = enrolInSuggestion(ines, Map.of("fromSuggestion", true))
                .then()
                .statusCode(201)
                .body("status", equalTo("ACTIVE"))
                .body("versionNumber", equalTo(1))
                .body("title", equalTo(suggested.getString("title")))
                .extract()
                .jsonPath();
        String pathId = enrollment.getString("learningPathId");
        assertThat(enrollment.<String>getList("steps.step.key")).isEqualTo(suggested.getList("steps.key"));

        ines.given()
                .get(PATH, pathId)
                .then()
                .statusCode(200)
                .body("visibility", equalTo("PERSONAL"))
                .body("status", equalTo("PUBLISHED"))
                .body("createdBy", equalTo(ines.id()));
        for (Login other : List.of(TestAccounts.newPerson("Kadri Kask"), TestAccounts.administrator())) {
            other.given().get(PATH, pathId).then().statusCode(404);
            other.given()
                    .queryParam("limit", 100)
                    .get(PATHS)
                    .then()
                    .statusCode(200)
                    .body("items.id", not(hasItem(pathId)));
        }
    }

    @Test
    void an_enrollment_names_a_path_or_the_suggestion_never_both_nor_neither() {
        Login ines = answered("Inês Duarte", Set.of("CREATIVITY"));

        enrolInSuggestion(ines, Map.of()).then().statusCode(400).body("violations.field", hasItem("learningPathId"));
        enrolInSuggestion(ines, Map.of("fromSuggestion", false))
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("learningPathId"));
        enrolInSuggestion(ines, Map.of("fromSuggestion", true, "learningPathId", UUID.randomUUID()))
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("fromSuggestion"));
    }

    @Test
    void authors_cannot_make_a_path_personal() {
        create(TestAccounts.administrator(), content("A personal template", "PERSONAL", null))
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("visibility"));
    }

    @Test
    void a_personal_path_goes_with_its_learners_account() throws SQLException {
        Login ines = answered("Inês Duarte", Set.of("CREATIVITY"));
        String pathId = enrolInSuggestion(ines, Map.of("fromSuggestion", true))
                .then()
                .statusCode(201)
                .extract()
                .path("learningPathId");
        ines.given().get(PrivacyFixtures.EXPORT).then().statusCode(200).body("learning.authoredPaths", hasItem(pathId));

        ines.given().delete("/api/v1/me").then().statusCode(204);

        try (Connection connection = database.getConnection();
                PreparedStatement query =
                        connection.prepareStatement("select count(*) from learning_path where id = ?")) {
            query.setObject(1, UUID.fromString(pathId));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                assertThat(rows.getInt(1)).isZero();
            }
        }
    }
}
