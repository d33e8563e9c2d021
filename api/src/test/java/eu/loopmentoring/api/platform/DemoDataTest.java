package eu.loopmentoring.api.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.loopmentoring.api.matching.RunFixtures;
import eu.loopmentoring.api.platform.demo.DemoData;
import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the one-command run offers a newcomer: demo people for every role, ready to log in. */
@QuarkusTest
@TestProfile(DemoDataTest.WithDemoData.class)
public class DemoDataTest {

    public static class WithDemoData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("loop.demo-data.enabled", "true");
        }
    }

    private static Login demo(String name) {
        return TestAccounts.login(name + DemoData.DOMAIN, DemoData.PASSWORD);
    }

    @Test
    void the_demo_administrator_and_moderator_hold_their_platform_roles() {
        demo("admin").given().get("/api/v1/me").then().statusCode(200).body("platformRoles", contains("ADMINISTRATOR"));
        demo("moderator").given().get("/api/v1/me").then().statusCode(200).body("platformRoles", contains("MODERATOR"));
    }

    @Test
    void the_demo_teacher_belongs_to_a_verified_school_and_to_coalitions() {
        Login ana = demo("ana.costa");

        ana.given()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("organizations.name", hasItem("Agrupamento de Escolas de Almada"))
                .body("organizations.status", hasItem("ACTIVE"))
                .body("coalitions.name", hasItems("LOOP Mentors Network", "Induction Year Peers"));
        String school = ana.given()
                .queryParam("q", "Agrupamento de Escolas de Almada")
                .get("/api/v1/organizations")
                .then()
                .body("items[0].verified", equalTo(true))
                .extract()
                .path("items[0].id");
        ana.given()
                .queryParam("status", "REQUESTED")
                .get("/api/v1/organizations/{id}/memberships", school)
                .then()
                .statusCode(200)
                .body("items.person.displayName", contains("Sofía García"));
    }

    @Test
    void demo_people_have_profiles_from_submitted_questionnaires_for_the_rest_of_the_product() {
        demo("ana.costa")
                .given()
                .get("/api/v1/me/profile")
                .then()
                .statusCode(200)
                .body("professionalBackground.careerStage", equalTo("INDUCTION"))
                .body("mentoringPreferences", hasItem("SEEKS_MENTOR"))
                .body("competencyProfile.scores.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(7))
                .body("competencyProfile.previousSubmittedAt", org.hamcrest.Matchers.notNullValue())
                .body("trainingNeeds.fromQuestionnaire", hasItem("classroom-management"));
        demo("joao.silva")
                .given()
                .get("/api/v1/me/profile")
                .then()
                .body("mentoringPreferences", contains("OFFERS_MENTORING"))
                .body("competencyProfile.scores.dimension", hasItem("MOTIVATION"));
        for (String person : List.of("maria.lehtinen", "sofia.garcia")) {
            demo(person)
                    .given()
                    .get("/api/v1/me/questionnaire-responses")
                    .then()
                    .body("items[0].status", equalTo("SUBMITTED"));
        }
    }

    @Test
    void demo_mentoring_has_a_group_with_two_mentees_and_a_peer_group_with_an_open_invitation() {
        demo("ines.ferreira")
                .given()
                .get("/api/v1/mentoring-relationships")
                .then()
                .statusCode(200)
                .body("items[0].format", equalTo("GROUP"))
                .body("items[0].mentor.displayName", equalTo("João Silva"))
                .body(
                        "items[0].participants.person.displayName",
                        containsInAnyOrder("João Silva", "Inês Ferreira", "Tiago Mendes"));
        demo("eva.tamm")
                .given()
                .get("/api/v1/mentoring-relationships")
                .then()
                .statusCode(200)
                .body("items[0].format", equalTo("PEER"))
                .body("items[0].participants.find { it.person.displayName == 'Eva Tamm' }.status", equalTo("INVITED"))
                .body("items[0].participants.find { it.person.displayName == 'Luca Rossi' }.status", equalTo("JOINED"));
    }

    @Test
    void a_coordinators_matching_run_of_the_demo_network_pairs_the_request_waiting_in_the_pool() {
        Login joao = demo("joao.silva");
        String network = joao.given()
                .queryParam("q", "LOOP Mentors Network")
                .get("/api/v1/coalitions")
                .then()
                .statusCode(200)
                .extract()
                .path("items.find { it.name == 'LOOP Mentors Network' }.id");
        String runId = joao.given()
                .contentType("application/json")
                .body(Map.of("coalitionId", network))
                .post("/api/v1/matching-runs")
                .then()
                .statusCode(202)
                .extract()
                .path("id");

        assertThat(RunFixtures.finished(joao, runId).getInt("result.matched")).isPositive();
        joao.given()
                .get("/api/v1/matching-runs/{id}/pairs", runId)
                .then()
                .statusCode(200)
                .body("items.menteeId", hasItem(demo("sofia.garcia").id()));
    }

    @Test
    void demo_mentoring_has_an_active_offer_a_running_relationship_an_open_request_and_a_pending_proposal() {
        Login joao = demo("joao.silva");
        Login ana = demo("ana.costa");

        String offer = joao.given()
                .queryParam("mine", true)
                .get("/api/v1/mentor-offers")
                .then()
                .statusCode(200)
                .body("items[0].status", equalTo("ACTIVE"))
                .body("items[0].capacity", equalTo(5))
                .body("items[0].remainingCapacity", equalTo(2))
                .extract()
                .path("items[0].id");
        ana.given()
                .get("/api/v1/mentoring-relationships")
                .then()
                .statusCode(200)
                .body("items[0].status", equalTo("ACTIVE"))
                .body("items[0].mentor.displayName", equalTo("João Silva"))
                .body("items[0].offerId", equalTo(offer));
        demo("sofia.garcia").given().get("/api/v1/mentoring-requests").then().body("items[0].status", equalTo("OPEN"));
        String relationship = ana.given()
                .get("/api/v1/mentoring-relationships")
                .then()
                .extract()
                .path("items[0].id");
        ana.given()
                .get("/api/v1/mentoring-relationships/{id}/agreement", relationship)
                .then()
                .statusCode(200)
                .body("confirmed", equalTo(true))
                .body("goals", org.hamcrest.Matchers.hasSize(2));
        ana.given()
                .get("/api/v1/mentoring-relationships/{id}/goals", relationship)
                .then()
                .body("items.progress", contains(40, 70));
        String session = ana.given()
                .get("/api/v1/mentoring-relationships/{id}/sessions", relationship)
                .then()
                .body("items.status", contains("HELD", "HELD"))
                .body("items.sharedNotes", everyItem(notNullValue()))
                .extract()
                .path("items[0].id");
        joao.given()
                .get("/api/v1/mentoring-relationships/{id}/sessions/{sid}/private-note", relationship, session)
                .then()
                .statusCode(200);
        ana.given()
                .get("/api/v1/mentoring-relationships/{id}/sessions/{sid}/private-note", relationship, session)
                .then()
                .statusCode(404);
        ana.given()
                .get("/api/v1/mentoring-relationships/{id}/tasks", relationship)
                .then()
                .body("items.assigneeId", contains(ana.id()));
        joao.given()
                .get("/api/v1/mentoring-relationships/{id}/check-ins", relationship)
                .then()
                .body("items.side", contains("MENTEE"));
        joao.given()
                .queryParam("view", "POOL")
                .get("/api/v1/mentoring-requests")
                .then()
                .statusCode(200)
                .body("items.mentee.displayName", hasItem("Sofía García"));
        demo("maria.lehtinen")
                .given()
                .get("/api/v1/mentoring-proposals")
                .then()
                .body("items[0].status", equalTo("PENDING"))
                .body("items[0].awaiting", equalTo("MENTEE"));
    }

    @Test
    void the_demo_resource_bank_is_published_through_moderation_with_the_files_reviews_and_exact_ratings() {
        Map<String, JsonNode> file = demoResourceFile();
        // Other tests publish resources too: every published line of the file is checked, by title.
        Map<String, Map<String, Object>> published = new HashMap<>();
        for (Map<String, Object> resource : allItems(demo("ana.costa"), "/api/v1/resources")) {
            published.put((String) resource.get("title"), resource);
        }

        List<String> publishedInFile = file.entrySet().stream()
                .filter(line -> line.getValue().path("status").asText().equals("PUBLISHED"))
                .map(Map.Entry::getKey)
                .toList();
        assertThat(publishedInFile).hasSizeGreaterThanOrEqualTo(60);
        assertThat(published.keySet()).containsAll(publishedInFile);
        assertThat(publishedInFile.stream()
                        .mapToLong(title -> count(published.get(title)))
                        .sum())
                .isGreaterThanOrEqualTo(100);
        file.forEach((title, line) -> {
            if (!line.path("status").asText().equals("PUBLISHED")) {
                assertThat(published).as("%s is not published", title).doesNotContainKey(title);
                return;
            }
            Map<String, Object> resource = published.get(title);
            JsonNode reviews = line.path("reviews");
            assertThat(count(resource)).as("%s review count", title).isEqualTo(reviews.size());
            if (!reviews.isEmpty()) {
                double mean = 0;
                for (JsonNode review : reviews) {
                    mean += review.path("rating").asDouble() / reviews.size();
                }
                @SuppressWarnings("unchecked")
                Number average = (Number) ((Map<String, Object>) resource.get("rating")).get("average");
                assertThat(average.doubleValue()).as("%s average", title).isCloseTo(mean, within(0.005));
            }
        });
        demo("moderator")
                .given()
                .get("/api/v1/moderation/queue")
                .then()
                .statusCode(200)
                .body("items.size()", greaterThanOrEqualTo(3));
    }

    @SuppressWarnings("unchecked")
    private static long count(Map<String, Object> resource) {
        return ((Number) ((Map<String, Object>) resource.get("rating")).get("count")).longValue();
    }

    private static Map<String, JsonNode> demoResourceFile() {
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> byTitle = new HashMap<>();
        try (InputStream in = DemoDataTest.class.getClassLoader().getResourceAsStream("demo/resources.jsonl");
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                JsonNode node = json.readTree(line);
                byTitle.put(node.path("title").asText(), node);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byTitle;
    }

    @Test
    void three_demo_learning_paths_are_published_and_ana_is_halfway_through_the_induction_year() {
        Login ana = demo("ana.costa");

        ana.given()
                .queryParam("q", "mentor")
                .get("/api/v1/learning-paths")
                .then()
                .statusCode(200)
                .body("items.title", hasItem("Preparing to mentor: a programme for mentors"));
        ana.given()
                .get("/api/v1/me/enrollments")
                .then()
                .statusCode(200)
                .body("items.title", equalTo(List.of("The induction year")))
                .body("items[0].status", equalTo("ACTIVE"))
                .body("items[0].progress.requiredDone", equalTo(2))
                .body("items[0].progress.requiredTotal", equalTo(5))
                .body("items[0].steps.find { it.step.key == 'routines' }.status", equalTo("IN_PROGRESS"))
                .body("items[0].steps.find { it.step.key == 'digital-lesson' }.locked", equalTo(true));
        // João mentors Ana: he follows her progress, never what she wrote
        demo("joao.silva")
                .given()
                .get("/api/v1/people/{personId}/enrollments", ana.id())
                .then()
                .statusCode(200)
                .body("items.title", equalTo(List.of("The induction year")))
                .body("items[0].progress.requiredDone", equalTo(2))
                .body("items[0].steps.find { it.key == 'routines' }.status", equalTo("IN_PROGRESS"))
                .body("items[0].steps.findAll { it.reflection != null || it.evidence != null }", equalTo(List.of()));
        ana.given()
                .queryParam("status", "PUBLISHED")
                .queryParam("q", "school mentoring programme")
                .get("/api/v1/learning-paths")
                .then()
                .body("items", equalTo(List.of()));
        demo("maria.lehtinen")
                .given()
                .queryParam("q", "school mentoring programme")
                .get("/api/v1/learning-paths")
                .then()
                .body("items.title", hasItem("Leading a school mentoring programme"))
                .body(
                        "items.find { it.title == 'Leading a school mentoring programme' }.steps.kind",
                        hasItem("METHOD"));
    }

    @Test
    void anas_suggested_path_differs_from_joaos_because_their_profiles_differ() {
        JsonPath ana = suggestion(demo("ana.costa"));
        JsonPath joao = suggestion(demo("joao.silva"));

        assertThat(ana.<Object>getList("modules")).isNotEmpty().isNotEqualTo(joao.getList("modules"));
        assertThat(ana.<String>getList("steps.resourceId")).isNotEqualTo(joao.getList("steps.resourceId"));
        assertThat(ana.<String>getList("steps.kind").getLast()).isEqualTo("ASSESSMENT");
    }

    @Test
    void a_demo_partner_client_exists_for_the_university() {
        assertThat(allItems(demo("admin"), "/api/v1/admin/api-clients"))
                .extracting(client -> client.get("name"))
                .contains("University of Tartu integration");
    }

    private static JsonPath suggestion(Login who) {
        return who.given()
                .get("/api/v1/me/learning-path-suggestion")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Every item of a paged collection, following {@code next} (other tests add to it too). */
    private static List<Map<String, Object>> allItems(Login who, String path) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = null;
        do {
            var request = who.given().queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(path).then().statusCode(200).extract().jsonPath();
            items.addAll(page.getList("items"));
            cursor = page.getString("next");
        } while (cursor != null);
        return items;
    }
}
