package eu.loopmentoring.api.resource;

import static eu.loopmentoring.api.resource.ResourceFixtures.PROBLEMS;
import static eu.loopmentoring.api.resource.ResourceFixtures.RESOURCES;
import static eu.loopmentoring.api.resource.ResourceFixtures.content;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import eu.loopmentoring.api.support.Api;
import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/resources}: filters, sorts and facet counts. */
@QuarkusTest
class ResourceFiltersTest {

    private Login moderator;
    private Login ana;
    private String topic;
    private String video;
    private String plan;
    private String finnish;

    /** Three published resources on a topic of their own, and one awaiting moderation. */
    @BeforeEach
    void threeResourcesOnATopicOfTheirOwn() {
        moderator = ResourceFixtures.moderator();
        ana = TestAccounts.newPerson();
        topic = "test-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> v = content("Classroom routines on video " + topic);
        v.put("type", "VIDEO");
        v.put("summary", "Short films of classroom routines.");
        v.put("topics", List.of(topic));
        v.put("country", "PT");
        v.put("licence", "CC-BY-4.0");
        v.put(
                "audience",
                Map.of(
                        "targetGroups",
                        List.of("TEACHERS"),
                        "careerStages",
                        List.of("INDUCTION"),
                        "schoolLevels",
                        List.of("ISCED_2")));
        Map<String, Object> p = content("Mentoring plan " + topic);
        p.put("topics", List.of(topic, "mentoring"));
        p.put("summary", "Weekly meetings between a mentor and a new teacher.");
        p.put("country", "PT");
        Map<String, Object> f = content("Opettajan mentorointi " + topic);
        f.put("languages", List.of("fi"));
        f.put("summary", "Uuden opettajan tukeminen ensimmäisenä vuonna.");
        f.put("topics", List.of(topic));
        f.put("country", "FI");
        f.put("profileDimensions", List.of("MOTIVATION"));
        video = ResourceFixtures.published(ana, moderator, v);
        plan = ResourceFixtures.published(ana, moderator, p);
        finnish = ResourceFixtures.published(ana, moderator, f);
        ResourceFixtures.submitted(ana, "Awaiting moderation " + topic);
    }

    private List<String> ids(Object... parameters) {
        var request = ana.given().queryParam("topic", topic);
        for (int i = 0; i + 1 < parameters.length; i += 2) {
            request.queryParam((String) parameters[i], parameters[i + 1]);
        }
        return request.get(RESOURCES).then().statusCode(200).extract().path("items.id");
    }

    @Test
    void every_filter_narrows_and_they_combine() {
        assertThat(ids()).containsExactly(finnish, plan, video);
        assertThat(ids("type", "VIDEO")).containsExactly(video);
        assertThat(ids("country", "PT")).containsExactly(plan, video);
        assertThat(ids("country", "PT", "licence", "CC-BY-4.0")).containsExactly(video);
        assertThat(ids("language", "fi")).containsExactly(finnish);
        assertThat(ids("targetGroup", "TEACHERS")).containsExactly(video);
        assertThat(ids("targetGroup", "MENTORS", "careerStage", "INDUCTION")).containsExactly(finnish, plan);
        assertThat(ids("schoolLevel", "ISCED_2")).containsExactly(video);
        assertThat(ids("profileDimension", "MOTIVATION")).containsExactly(finnish);
        assertThat(ids("schoolDimension", "COLLABORATIVE_CULTURE", "type", "ACTIVITY_PLAN"))
                .containsExactly(finnish, plan);
        assertThat(ids("country", "FI", "type", "VIDEO")).isEmpty();
    }

    @Test
    void words_and_filters_combine_and_the_title_weighs_most() {
        assertThat(ids("q", "mentoring")).containsExactly(plan);
        assertThat(ids("q", "routines video")).containsExactly(video);
        assertThat(ids("q", "mentorointi")).containsExactly(finnish);
    }

    @Test
    void rating_sorts_the_best_rated_first_and_the_unrated_last() {
        ResourceFixtures.review(TestAccounts.newPerson(), video, 3, "Fine.")
                .then()
                .statusCode(200);
        ResourceFixtures.review(TestAccounts.newPerson(), finnish, 5, "Excellent.")
                .then()
                .statusCode(200);

        assertThat(ids("sort", "RATING")).containsExactly(finnish, video, plan);
        List<String> first = ids("sort", "RATING", "limit", 2);
        assertThat(first).containsExactly(finnish, video);
        String next = ana.given()
                .queryParam("topic", topic)
                .queryParam("sort", "RATING")
                .queryParam("limit", 2)
                .get(RESOURCES)
                .then()
                .extract()
                .path("next");
        assertThat(ids("sort", "RATING", "limit", 2, "cursor", next)).containsExactly(plan);
    }

    @Test
    void facets_count_each_filter_without_its_own_value_and_with_the_others() {
        ana.given()
                .queryParam("topic", topic)
                .queryParam("type", "VIDEO")
                .queryParam("facets", true)
                .get(RESOURCES)
                .then()
                .statusCode(200)
                .body("items.id", contains(video))
                .body("facets.type.value", contains("ACTIVITY_PLAN", "VIDEO"))
                .body("facets.type.find { it.value == 'ACTIVITY_PLAN' }.count", equalTo(2))
                .body("facets.type.find { it.value == 'VIDEO' }.count", equalTo(1))
                .body("facets.country.value", contains("PT"))
                .body("facets.language.value", containsInAnyOrder("pt", "en"))
                .body("facets.targetGroup.value", contains("TEACHERS"))
                .body("facets.profileDimension.value", contains("COMMUNICATION_SKILLS"));
        ana.given()
                .queryParam("topic", topic)
                .queryParam("facets", true)
                .get(RESOURCES)
                .then()
                .statusCode(200)
                .body("facets.country", contains(Map.of("value", "PT", "count", 2), Map.of("value", "FI", "count", 1)))
                .body("facets.language.find { it.value == 'fi' }.count", equalTo(1))
                .body("facets.topic.value", hasItem("mentoring"));
        ana.given()
                .queryParam("topic", topic)
                .queryParam("q", "nothing-matches-this-xyzzy")
                .queryParam("facets", true)
                .get(RESOURCES)
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("facets.type", empty());
    }

    @Test
    void facets_are_counted_only_when_asked_for_and_are_the_same_on_every_page() {
        ana.given()
                .queryParam("topic", topic)
                .get(RESOURCES)
                .then()
                .statusCode(200)
                .body("$", not(hasKey("facets")));
        String next = ana.given()
                .queryParam("topic", topic)
                .queryParam("limit", 1)
                .queryParam("facets", true)
                .get(RESOURCES)
                .then()
                .statusCode(200)
                .body("facets.country", contains(Map.of("value", "PT", "count", 2), Map.of("value", "FI", "count", 1)))
                .extract()
                .path("next");
        ana.given()
                .queryParam("topic", topic)
                .queryParam("limit", 1)
                .queryParam("facets", true)
                .queryParam("cursor", next)
                .get(RESOURCES)
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("facets.country", contains(Map.of("value", "PT", "count", 2), Map.of("value", "FI", "count", 1)));
    }

    @Test
    void bad_parameters_are_problems_naming_the_parameter() {
        Api.givenInvalidRequest()
                .auth()
                .oauth2(ana.accessToken())
                .queryParam("sort", "RELEVANCE")
                .get(RESOURCES)
                .then()
                .statusCode(400)
                .body("type", equalTo(PROBLEMS + "validation-failed"))
                .body("violations.field", contains("sort"));
        Api.givenInvalidRequest()
                .auth()
                .oauth2(ana.accessToken())
                .queryParam("sort", "POPULARITY")
                .get(RESOURCES)
                .then()
                .statusCode(400);
        Api.givenInvalidRequest()
                .auth()
                .oauth2(ana.accessToken())
                .queryParam("targetGroup", "ALIENS")
                .queryParam("facets", true)
                .get(RESOURCES)
                .then()
                .statusCode(400);
        Api.givenInvalidRequest()
                .auth()
                .oauth2(ana.accessToken())
                .queryParam("q", "x".repeat(201))
                .get(RESOURCES)
                .then()
                .statusCode(400);
        String next = ana.given()
                .queryParam("topic", topic)
                .queryParam("limit", 1)
                .get(RESOURCES)
                .then()
                .extract()
                .path("next");
        Api.givenInvalidRequest()
                .auth()
                .oauth2(ana.accessToken())
                .queryParam("topic", topic)
                .queryParam("limit", 1)
                .queryParam("sort", "RATING")
                .queryParam("cursor", next)
                .get(RESOURCES)
                .then()
                .statusCode(400)
                .body("type", equalTo(PROBLEMS + "invalid-cursor"));
    }
}
