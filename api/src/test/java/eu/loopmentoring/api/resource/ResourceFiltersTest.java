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

import eu.loopmentoring.api.support.Api;
import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import eu.loopmentoring.domain.resource.ResourceFacet;
import eu.loopmentoring.domain.resource.ResourceQuery;
import eu.loopmentoring.domain.resource.ResourceSort;
import eu.loopmentoring.persistence.resource.ResourceSearch;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/resources} filters and sorts, {@code GET /api/v1/resource-facets}, and the search plan. */
@QuarkusTest
class ResourceFiltersTest {

    private static final String FACETS = "/api/v1/resource-facets";

    @Inject
    DataSource database;

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
                .get(FACETS)
                .then()
                .statusCode(200)
                .body("type.value", contains("ACTIVITY_PLAN", "VIDEO"))
                .body("type.find { it.value == 'ACTIVITY_PLAN' }.count", equalTo(2))
                .body("type.find { it.value == 'VIDEO' }.count", equalTo(1))
                .body("country.value", contains("PT"))
                .body("language.value", containsInAnyOrder("pt", "en"))
                .body("targetGroup.value", contains("TEACHERS"))
                .body("profileDimension.value", contains("COMMUNICATION_SKILLS"));
        ana.given()
                .queryParam("topic", topic)
                .get(FACETS)
                .then()
                .statusCode(200)
                .body("country", contains(Map.of("value", "PT", "count", 2), Map.of("value", "FI", "count", 1)))
                .body("language.find { it.value == 'fi' }.count", equalTo(1))
                .body("topic.value", hasItem("mentoring"));
        ana.given()
                .queryParam("topic", topic)
                .queryParam("q", "nothing-matches-this-xyzzy")
                .get(FACETS)
                .then()
                .statusCode(200)
                .body("type", empty());
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
                .get(FACETS)
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

    /**
     * With 5,000 more published resources (rolled back afterwards) and fresh statistics, searches
     * for words in up to a few percent of the bank, and their facets, read learning_resource
     * through the search index, never sequentially. A word in a fifth of the bank is read as
     * PostgreSQL finds cheapest (at this volume, sequentially), but only its 1,000 most recently
     * published matches are ranked: the ranking's cost is bounded.
     */
    @Test
    void the_search_reads_learning_resource_through_an_index_at_realistic_volume() throws SQLException {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try {
                syntheticResources(connection, 5000);
                try (Statement analyze = connection.createStatement()) {
                    // fresh statistics, as autovacuum keeps them (the search index has no pending list)
                    analyze.execute("analyze learning_resource");
                }
                for (String q : List.of("mentoring conversations", "avaliação", "science mentoring")) {
                    ResourceQuery query = ResourceQuery.of(Optional.of(q), Optional.empty(), Map.of());
                    assertThat(plan(connection, ResourceSearch.page(query, Optional.empty(), 21)))
                            .as("plan of the search for %s", q)
                            .doesNotContain("Seq Scan on learning_resource")
                            .contains("learning_resource_search");
                    assertThat(plan(connection, ResourceSearch.facets(query)))
                            .as("plan of the facets of %s", q)
                            .doesNotContain("Seq Scan on learning_resource");
                    ResourceQuery byRating = ResourceQuery.of(
                            Optional.of(q), Optional.of(ResourceSort.RATING), Map.of(ResourceFacet.LANGUAGE, "en"));
                    assertThat(plan(connection, ResourceSearch.page(byRating, Optional.empty(), 21)))
                            .doesNotContain("Seq Scan on learning_resource");
                }
                String frequent = plan(
                        connection,
                        ResourceSearch.page(
                                ResourceQuery.of(Optional.of("induction"), Optional.empty(), Map.of()),
                                Optional.empty(),
                                21));
                assertThat(frequent.substring(frequent.indexOf("Subquery Scan on m")))
                        .as("the ranked rows come from the bounded candidate set")
                        .contains("Limit")
                        .contains("Sort Key: r.published_at DESC, r.id DESC");
            } finally {
                connection.rollback();
            }
        }
    }

    /**
     * Published resources whose titles and summaries draw from a teacher's vocabulary, one in 50
     * on mentoring conversations and one in 10 on induction, in English, Portuguese and Estonian.
     */
    private static void syntheticResources(Connection connection, int count) throws SQLException {
        try (Statement insert = connection.createStatement()) {
            insert.execute("""
                    insert into learning_resource (id, title, summary, description, type, url, languages, licence,
                        topics, authors, status, created_at, updated_at, submitted_at, published_at)
                    select gen_random_uuid(),
                        'Synthetic ' || i || ' ' || (array['classroom', 'routines', 'projects', 'reading',
                            'science', 'assessment', 'parents', 'digital', 'wellbeing', 'leadership'])[1 + i % 10]
                            || case when i % 50 = 0 then ' mentoring conversations' else '' end,
                        (array['a practical guide', 'um guia prático', 'praktiline juhend', 'notes from a school',
                            'ideas for a staff meeting'])[1 + i % 5]
                            || case when i % 10 = 0 then ' for induction' else '' end,
                        repeat('Teachers plan lessons together and reflect on what pupils learn. ', 1 + i % 20),
                        'DOCUMENT', 'https://example.org/synthetic/' || i,
                        array[(array['en', 'pt', 'et', 'fi', 'it'])[1 + i % 5]], 'CC-BY-4.0',
                        array['synthetic'], array['Synthetic Author'], 'PUBLISHED',
                        now() - make_interval(days => i), now(), now() - make_interval(days => i),
                        now() - make_interval(days => i)
                    from generate_series(1, COUNT) i
                    """.replace("COUNT", Integer.toString(count)));
        }
    }

    /** EXPLAIN of a statement with named parameters, bound through JDBC. */
    private static String plan(Connection connection, ResourceSearch.Statement statement) throws SQLException {
        Matcher names = Pattern.compile("(?<!:):([a-z_][a-z0-9_]*)").matcher(statement.sql());
        List<Object> values = new ArrayList<>();
        StringBuilder sql = new StringBuilder("explain ");
        while (names.find()) {
            values.add(statement.parameters().get(names.group(1)));
            names.appendReplacement(sql, "?");
        }
        names.appendTail(sql);
        try (PreparedStatement explain = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < values.size(); i++) {
                explain.setObject(i + 1, values.get(i));
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }
}
