package eu.loopmentoring.api.resource;

import static eu.loopmentoring.api.profile.ResponseFixtures.answers;
import static eu.loopmentoring.api.profile.ResponseFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.nullValue;

import eu.loopmentoring.api.platform.DemoDataTest;
import eu.loopmentoring.api.support.Api;
import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import eu.loopmentoring.domain.resource.recommendation.RankingPolicy;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/me/recommendations/resources} on the demo resource bank. */
@QuarkusTest
@TestProfile(DemoDataTest.WithDemoData.class)
class ResourceRecommendationsTest {

    @Inject
    DataSource database;

    private static final String RECOMMENDATIONS = "/api/v1/me/recommendations/resources";

    /** A Portuguese teacher in her induction year who needs help with assessment and classes. */
    private static Login portugueseNewTeacher() {
        Login who = TestAccounts.newPerson("Inês Duarte");
        profile(
                who,
                Map.of(
                        "professionalBackground",
                                Map.of(
                                        "careerStage",
                                        "INDUCTION",
                                        "country",
                                        "PT",
                                        "subjects",
                                        List.of("mathematics"),
                                        "schoolLevels",
                                        List.of("ISCED_2")),
                        "languages", List.of(Map.of("language", "pt", "level", "C2", "motherTongue", true)),
                        "interests", List.of("assessment-for-learning"),
                        "ownTrainingNeeds", List.of("classroom-management", "assessment-for-learning")));
        submit(who, answers(who, 2, List.of())).then().statusCode(201);
        return who;
    }

    /** An experienced Estonian school leader, reading English, leading digital innovation. */
    private static Login estonianSchoolLeader() {
        Login who = TestAccounts.newPerson("Kadri Kask");
        profile(
                who,
                Map.of(
                        "professionalBackground",
                                Map.of(
                                        "careerStage",
                                        "SENIOR",
                                        "country",
                                        "EE",
                                        "subjects",
                                        List.of(),
                                        "schoolLevels",
                                        List.of("ISCED_1", "ISCED_2")),
                        "languages",
                                List.of(
                                        Map.of("language", "et", "level", "C2", "motherTongue", true),
                                        Map.of("language", "en", "level", "C1")),
                        "interests", List.of("digipeda", "future-school", "leadership"),
                        "ownTrainingNeeds", List.of("school-development", "digital-pedagogy")));
        submit(who, answers(who, 5, List.of())).then().statusCode(201);
        return who;
    }

    private static void profile(Login who, Map<String, Object> changes) {
        who.given()
                .contentType("application/json")
                .header("If-Match", "\"0\"")
                .body(changes)
                .patch("/api/v1/me/profile")
                .then()
                .statusCode(200);
    }

    /** The list is in {@code items}; the deprecated {@code recommendations} repeats it until v2. */
    private static JsonPath recommendations(Login who, int limit) {
        JsonPath answer = who.given()
                .queryParam("limit", limit)
                .get(RECOMMENDATIONS)
                .then()
                .statusCode(200)
                .body("next", nullValue())
                .extract()
                .jsonPath();
        assertThat(answer.<Object>getList("recommendations")).isEqualTo(answer.getList("items"));
        return answer;
    }

    @Test
    void two_contrasting_people_get_different_recommendations_each_in_a_language_they_read() {
        JsonPath ines = recommendations(portugueseNewTeacher(), 5);
        JsonPath kadri = recommendations(estonianSchoolLeader(), 5);

        List<String> hers = ines.getList("items.resource.id");
        List<String> his = kadri.getList("items.resource.id");
        assertThat(hers).hasSize(5);
        assertThat(his).hasSize(5);
        assertThat(hers.getFirst()).isNotEqualTo(his.getFirst());
        assertThat(ines.<List<String>>getList("items.resource.languages"))
                .allSatisfy(languages -> assertThat(languages).contains("pt"));
        assertThat(kadri.<List<String>>getList("items.resource.languages"))
                .allSatisfy(languages -> assertThat(languages).containsAnyOf("et", "en"));
        assertThat(ines.<String>getList("items[0].reasons.code")).contains("TRAINING_NEED");
        assertThat(kadri.<String>getList("items.reasons.flatten().topic"))
                .containsAnyOf("digipeda", "future-school", "school-development", "digital-pedagogy");
    }

    @Test
    void every_explanation_adds_up_to_its_score() {
        JsonPath ines = recommendations(portugueseNewTeacher(), 20);

        List<Map<String, Object>> items = ines.getList("items");
        assertThat(items).isNotEmpty();
        for (Map<String, Object> item : items) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> reasons = (List<Map<String, Object>>) item.get("reasons");
            double sum = reasons.stream()
                    .mapToDouble(r -> ((Number) r.get("contribution")).doubleValue())
                    .sum();
            assertThat(sum).isCloseTo(((Number) item.get("score")).doubleValue(), within(0.0005));
        }
        List<Double> scores =
                items.stream().map(i -> ((Number) i.get("score")).doubleValue()).toList();
        assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void a_completed_resource_is_no_longer_recommended_and_an_opened_one_says_so() {
        Login ines = portugueseNewTeacher();
        List<String> before = recommendations(ines, 10).getList("items.resource.id");
        String completed = before.get(0);
        String opened = before.get(1);

        ines.given()
                .contentType("application/json")
                .body(Map.of("kind", "COMPLETED"))
                .post(ResourceFixtures.USES, completed)
                .then()
                .statusCode(204);
        ines.given()
                .contentType("application/json")
                .body(Map.of("kind", "OPENED"))
                .post(ResourceFixtures.USES, opened)
                .then()
                .statusCode(204);

        JsonPath after = recommendations(ines, 50);
        assertThat(after.<String>getList("items.resource.id"))
                .doesNotContain(completed)
                .contains(opened);
        List<Map<String, Object>> openedReasons =
                after.getList("items.find { it.resource.id == '" + opened + "' }.reasons");
        assertThat(openedReasons).extracting(r -> r.get("code")).contains("ALREADY_OPENED");
    }

    /**
     * A rating counts against the bank's own mean rating (a Bayesian average): the adjusted average
     * of every rated recommendation is its reviews shrunk towards the mean of every review of a
     * published resource, read here from the database.
     */
    @Test
    void ratings_are_shrunk_towards_the_banks_mean_rating() throws SQLException {
        JsonPath ines = recommendations(portugueseNewTeacher(), 50);
        double mean;
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select cast(sum(rating_sum) as float8) / sum(rating_count)"
                        + " from learning_resource where status = 'PUBLISHED' and rating_count > 0")) {
            row.next();
            mean = row.getDouble(1);
        }
        assertThat(mean)
                .as("the demo bank's reviews do not average the default prior")
                .isNotCloseTo(RankingPolicy.DEFAULT.ratingPrior(), within(0.05));

        List<Map<String, Object>> rated = ines.<Map<String, Object>>getList("items.reasons.flatten()").stream()
                .filter(r -> r.containsKey("adjustedAverage"))
                .toList();
        assertThat(rated).isNotEmpty();
        double weight = RankingPolicy.DEFAULT.ratingPriorWeight();
        for (Map<String, Object> reason : rated) {
            double average = ((Number) reason.get("average")).doubleValue();
            int count = ((Number) reason.get("count")).intValue();
            assertThat(((Number) reason.get("adjustedAverage")).doubleValue())
                    .as("adjusted average of %s reviews averaging %s", count, average)
                    .isCloseTo((weight * mean + count * average) / (weight + count), within(0.006));
            double adjusted = ((Number) reason.get("adjustedAverage")).doubleValue();
            double contribution = ((Number) reason.get("contribution")).doubleValue();
            String expected = adjusted >= 4.0 && contribution >= 0
                    ? "HIGHLY_RATED"
                    : adjusted < 3.0 && contribution <= 0 ? "LOW_RATED" : "RATED";
            assertThat(reason.get("code"))
                    .as("adjusted %s, bank mean %s", adjusted, mean)
                    .isEqualTo(expected);
        }
    }

    @Test
    void more_than_fifty_is_a_bad_limit() {
        Login who = TestAccounts.newPerson();
        Api.givenInvalidRequest()
                .auth()
                .oauth2(who.accessToken())
                .queryParam("limit", 51)
                .get(RECOMMENDATIONS)
                .then()
                .statusCode(400);
    }
}
