package eu.loopmentoring.api.coalition;

import static eu.loopmentoring.api.coalition.CoalitionFixtures.COALITION;
import static eu.loopmentoring.api.coalition.CoalitionFixtures.COALITIONS;
import static eu.loopmentoring.api.coalition.CoalitionFixtures.PROBLEMS;
import static eu.loopmentoring.api.coalition.CoalitionFixtures.found;
import static eu.loopmentoring.api.coalition.CoalitionFixtures.newCoalition;
import static eu.loopmentoring.api.coalition.CoalitionFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import eu.loopmentoring.api.support.Api;
import eu.loopmentoring.api.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CoalitionsTest {

    @Test
    void a_person_founds_a_coalition_and_becomes_its_first_coordinator() {
        TestAccounts.Login ana = TestAccounts.newPerson("Ana");
        String name = uniqueName("Lisbon Mentors");

        Response created = ana.given()
                .contentType("application/json")
                .body(newCoalition(name, "OPEN"))
                .post(COALITIONS);

        created.then()
                .statusCode(201)
                .header("ETag", notNullValue())
                .body("name", equalTo(name))
                .body("countries", containsInAnyOrder("PT", "FI"))
                .body("admission", equalTo("OPEN"))
                .body("memberCount", equalTo(1))
                .body("createdBy", equalTo(ana.id()))
                .body("myMembership.role", equalTo("COORDINATOR"))
                .body("myMembership.status", equalTo("ACTIVE"));
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/coalitions/" + id);
        ana.given()
                .get(java.net.URI.create(created.header("Location")).getPath())
                .then()
                .statusCode(200);

        TestAccounts.newPerson()
                .given()
                .get(COALITION, id)
                .then()
                .statusCode(200)
                .header("ETag", created.header("ETag"))
                .body("name", equalTo(name))
                .body("memberCount", equalTo(1))
                .body("myMembership", nullValue());
        ana.given()
                .get("/api/v1/me")
                .then()
                .body("coalitions.find { it.coalitionId == '" + id + "' }.name", equalTo(name))
                .body("coalitions.find { it.coalitionId == '" + id + "' }.role", equalTo("COORDINATOR"));
    }

    @Test
    void a_second_coalition_with_the_same_name_in_any_case_is_a_409() {
        String name = uniqueName("Porto Peers");
        found(TestAccounts.newPerson(), name, "OPEN");

        TestAccounts.newPerson()
                .given()
                .contentType("application/json")
                .body(newCoalition(name.toUpperCase(), "BY_APPROVAL"))
                .post(COALITIONS)
                .then()
                .statusCode(409)
                .body("type", equalTo(PROBLEMS + "conflict"));
    }

    @Test
    void coalitions_are_listed_by_name_page_by_page_within_a_name_prefix() {
        TestAccounts.Login ana = TestAccounts.newPerson();
        String prefix = uniqueName("Paged");
        found(ana, prefix + " c", "OPEN");
        found(ana, prefix + " a", "BY_APPROVAL");
        found(TestAccounts.newPerson(), prefix + " b", "OPEN");

        JsonPath first = ana.given()
                .queryParam("q", prefix.toLowerCase())
                .queryParam("limit", 2)
                .get(COALITIONS)
                .then()
                .statusCode(200)
                .body("items.name", contains(prefix + " a", prefix + " b"))
                .body("items[0].myMembership.role", equalTo("COORDINATOR"))
                .body("items[1].myMembership", nullValue())
                .body("next", notNullValue())
                .extract()
                .jsonPath();

        ana.given()
                .queryParam("q", prefix.toLowerCase())
                .queryParam("limit", 2)
                .queryParam("cursor", first.getString("next"))
                .get(COALITIONS)
                .then()
                .statusCode(200)
                .body("items.name", contains(prefix + " c"))
                .body("next", nullValue());
    }

    @Test
    void a_cursor_is_refused_with_other_filters() {
        TestAccounts.Login ana = TestAccounts.newPerson();
        String prefix = uniqueName("Cursor");
        found(ana, prefix + " 1", "OPEN");
        found(ana, prefix + " 2", "OPEN");
        String next = ana.given()
                .queryParam("q", prefix)
                .queryParam("limit", 1)
                .get(COALITIONS)
                .then()
                .extract()
                .path("next");

        ana.given()
                .queryParam("q", prefix)
                .queryParam("country", "PT")
                .queryParam("limit", 1)
                .queryParam("cursor", next)
                .get(COALITIONS)
                .then()
                .statusCode(400)
                .body("type", equalTo(PROBLEMS + "invalid-cursor"));
    }

    @Test
    void the_country_filter_keeps_coalitions_active_in_that_country() {
        TestAccounts.Login ana = TestAccounts.newPerson();
        String prefix = uniqueName("Countries");
        found(ana, prefix + " Nordic", "OPEN");
        Map<String, Object> iberian = newCoalition(prefix + " Iberian", "OPEN");
        iberian.put("countries", List.of("ES"));
        ana.given()
                .contentType("application/json")
                .body(iberian)
                .post(COALITIONS)
                .then()
                .statusCode(201);

        ana.given()
                .queryParam("q", prefix)
                .queryParam("country", "ES")
                .get(COALITIONS)
                .then()
                .statusCode(200)
                .body("items.name", contains(prefix + " Iberian"));
    }

    @Test
    void a_retried_creation_with_the_same_idempotency_key_creates_one_coalition() {
        TestAccounts.Login ana = TestAccounts.newPerson();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = newCoalition(uniqueName("Retried"), "OPEN");

        Response first = ana.given()
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body(body)
                .post(COALITIONS);
        Response replay = ana.given()
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body(body)
                .post(COALITIONS);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.header("Location")).isEqualTo(first.header("Location"));
        assertThat(replay.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));

        ana.given()
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body(newCoalition(uniqueName("Another"), "OPEN"))
                .post(COALITIONS)
                .then()
                .statusCode(422)
                .body("type", equalTo(PROBLEMS + "idempotency-key-reused"));
    }

    @Test
    void every_invalid_field_of_a_new_coalition_is_listed_and_nothing_is_created() {
        TestAccounts.Login ana = TestAccounts.newPerson();
        String name = uniqueName("Sometimes");
        Map<String, Object> body = newCoalition("   ", "OPEN");
        body.put("countries", List.of("pt"));
        body.put("description", "d".repeat(4001));

        Api.givenInvalidRequest()
                .auth()
                .oauth2(ana.accessToken())
                .contentType("application/json")
                .body(body)
                .post(COALITIONS)
                .then()
                .statusCode(400)
                .body("type", equalTo(PROBLEMS + "validation-failed"))
                .body("violations.field", hasItems("name", "description"))
                .body("violations.field.find { it.startsWith('countries') }", notNullValue());

        Api.givenInvalidRequest()
                .auth()
                .oauth2(ana.accessToken())
                .contentType("application/json")
                .body(newCoalition(name, "SOMETIMES"))
                .post(COALITIONS)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("admission"));

        ana.given().queryParam("q", name).get(COALITIONS).then().body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void a_coordinator_changes_only_what_is_sent_under_if_match() {
        TestAccounts.Login ana = TestAccounts.newPerson();
        String name = uniqueName("Braga");
        String id = found(ana, name, "OPEN");
        String etag = ana.given().get(COALITION, id).then().extract().header("ETag");

        String newEtag = ana.given()
                .contentType("application/json")
                .header("If-Match", etag)
                .body(Map.of("admission", "BY_APPROVAL"))
                .patch(COALITION, id)
                .then()
                .statusCode(200)
                .body("admission", equalTo("BY_APPROVAL"))
                .body("name", equalTo(name))
                .body("description", equalTo("A community for " + name + "."))
                .body("countries", containsInAnyOrder("PT", "FI"))
                .extract()
                .header("ETag");
        assertThat(newEtag).isNotEqualTo(etag);

        ana.given()
                .contentType("application/json")
                .header("If-Match", newEtag)
                .body(Map.of("countries", List.of(), "description", ""))
                .patch(COALITION, id)
                .then()
                .statusCode(200)
                .body("countries", org.hamcrest.Matchers.empty())
                .body("description", equalTo(""))
                .body("admission", equalTo("BY_APPROVAL"));
    }

    @Test
    void a_change_without_if_match_is_a_428_and_with_an_old_etag_a_412_and_nothing_changes() {
        TestAccounts.Login ana = TestAccounts.newPerson();
        String name = uniqueName("Faro");
        String id = found(ana, name, "OPEN");
        String etag = ana.given().get(COALITION, id).then().extract().header("ETag");
        ana.given()
                .contentType("application/json")
                .header("If-Match", etag)
                .body(Map.of("description", "Changed once."))
                .patch(COALITION, id)
                .then()
                .statusCode(200);

        ana.given()
                .contentType("application/json")
                .body(Map.of("name", name + " 2"))
                .patch(COALITION, id)
                .then()
                .statusCode(428)
                .body("type", equalTo(PROBLEMS + "precondition-required"));
        ana.given()
                .contentType("application/json")
                .header("If-Match", etag)
                .body(Map.of("name", name + " 2"))
                .patch(COALITION, id)
                .then()
                .statusCode(412)
                .body("type", equalTo(PROBLEMS + "precondition-failed"));

        ana.given().get(COALITION, id).then().body("name", equalTo(name)).body("description", equalTo("Changed once."));
    }

    @Test
    void members_who_do_not_coordinate_and_strangers_cannot_change_a_coalition_but_administrators_can() {
        TestAccounts.Login ana = TestAccounts.newPerson();
        TestAccounts.Login bo = TestAccounts.newPerson();
        String name = uniqueName("Evora");
        String id = found(ana, name, "OPEN");
        CoalitionFixtures.join(bo, id);
        String etag = ana.given().get(COALITION, id).then().extract().header("ETag");

        for (TestAccounts.Login someone : List.of(bo, TestAccounts.newPerson())) {
            someone.given()
                    .contentType("application/json")
                    .header("If-Match", etag)
                    .body(Map.of("name", name + " taken over"))
                    .patch(COALITION, id)
                    .then()
                    .statusCode(403)
                    .body("type", equalTo(PROBLEMS + "forbidden"));
            // Refused before If-Match is even looked at.
            someone.given()
                    .contentType("application/json")
                    .body(Map.of("name", name + " taken over"))
                    .patch(COALITION, id)
                    .then()
                    .statusCode(403);
        }

        TestAccounts.administrator()
                .given()
                .contentType("application/json")
                .header("If-Match", etag)
                .body(Map.of("name", name + " (moderated)"))
                .patch(COALITION, id)
                .then()
                .statusCode(200)
                .body("name", equalTo(name + " (moderated)"))
                .body("myMembership", nullValue());
    }

    @Test
    void server_managed_properties_cannot_be_changed_and_nothing_else_changes_with_them() {
        TestAccounts.Login ana = TestAccounts.newPerson();
        String name = uniqueName("Mass Assignment");
        String id = found(ana, name, "OPEN");
        String etag = ana.given().get(COALITION, id).then().extract().header("ETag");
        List<Map<String, Object>> attempts = List.of(
                Map.of("name", name + " X", "id", UUID.randomUUID().toString()),
                Map.of("name", name + " X", "createdBy", UUID.randomUUID().toString()),
                Map.of("name", name + " X", "memberCount", 1000),
                Map.of("name", name + " X", "myMembership", Map.of("role", "COORDINATOR", "status", "ACTIVE")));

        for (Map<String, Object> attempt : attempts) {
            String smuggled = attempt.keySet().stream()
                    .filter(k -> !k.equals("name"))
                    .findFirst()
                    .orElseThrow();
            Api.givenInvalidRequest()
                    .auth()
                    .oauth2(ana.accessToken())
                    .contentType("application/json")
                    .header("If-Match", etag)
                    .body(attempt)
                    .patch(COALITION, id)
                    .then()
                    .statusCode(400)
                    .body("violations[0].field", equalTo(smuggled))
                    .body("violations[0].message", org.hamcrest.Matchers.containsString("not a known property"));
        }

        ana.given()
                .get(COALITION, id)
                .then()
                .statusCode(200)
                .header("ETag", etag)
                .body("id", equalTo(id))
                .body("name", equalTo(name))
                .body("createdBy", equalTo(ana.id()))
                .body("memberCount", equalTo(1));
    }

    @Test
    void renaming_to_the_name_of_another_coalition_is_a_409() {
        TestAccounts.Login ana = TestAccounts.newPerson();
        String taken = uniqueName("Coimbra");
        found(TestAccounts.newPerson(), taken, "OPEN");
        String id = found(ana, uniqueName("Aveiro"), "OPEN");
        String etag = ana.given().get(COALITION, id).then().extract().header("ETag");

        ana.given()
                .contentType("application/json")
                .header("If-Match", etag)
                .body(Map.of("name", taken.toLowerCase()))
                .patch(COALITION, id)
                .then()
                .statusCode(409)
                .body("type", equalTo(PROBLEMS + "conflict"));
    }

    @Test
    void an_unknown_coalition_is_a_404() {
        TestAccounts.Login ana = TestAccounts.newPerson();

        ana.given()
                .get(COALITION, UUID.randomUUID())
                .then()
                .statusCode(404)
                .body("type", equalTo(PROBLEMS + "not-found"));
        ana.given()
                .contentType("application/json")
                .header("If-Match", "\"0\"")
                .body(Map.of("name", "Nowhere"))
                .patch(COALITION, UUID.randomUUID())
                .then()
                .statusCode(404);
    }
}
