package eu.loopmentoring.api.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import eu.loopmentoring.api.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MethodsToolboxTest {

    static final String FUTURE_SCHOOL = "9d306c30-31ae-4c6e-842c-ee4403d03071";
    static final String DIGIPEDA = "a8754f7c-8f67-4e4a-83b8-d8b6c2778ebd";
    static final String TISL = "ab408a5e-f986-4b80-b21d-121beb082d70";

    @Test
    void anyone_can_browse_the_three_seeded_methods_in_name_order() {
        Api.given()
                .when()
                .get("/api/v1/methods")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("items.name", hasItem("Future School"))
                .body("items.id", hasItem(TISL))
                .body("items.find { it.name == 'Digipeda' }.kind", equalTo("WORKSHOP_FORMAT"))
                .body("items.find { it.name == 'Digipeda' }.level", equalTo("SCHOOL"))
                .body("items.find { it.id == '" + TISL + "' }.level", equalTo("TEACHER"))
                .body(
                        "items.find { it.id == '" + TISL + "' }.dimensions",
                        contains("COLLABORATIVE_CULTURE", "PEDAGOGICAL_PRACTICES"));
    }

    @Test
    void pages_follow_each_other_through_the_next_cursor_until_the_end() {
        List<String> names = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = Api.given().queryParam("limit", 1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/methods")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(page.getList("items")).hasSize(1);
            names.add(page.getString("items[0].name"));
            cursor = page.getString("next");
            pages++;
        } while (cursor != null && pages < 50);

        assertThat(names).contains("Digipeda", "Future School", "Teacher Inquiry into Student Learning (TISL)");
        assertThat(names).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void filters_narrow_the_toolbox_by_level_and_dimension() {
        Api.given()
                .queryParam("level", "TEACHER")
                .get("/api/v1/methods")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(TISL))
                .body("items.level.unique()", contains("TEACHER"));

        Api.given()
                .queryParam("dimension", "DIGITAL_INFRASTRUCTURE")
                .queryParam("level", "SCHOOL")
                .get("/api/v1/methods")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(DIGIPEDA))
                .body("items.id", org.hamcrest.Matchers.not(hasItem(FUTURE_SCHOOL)));
    }

    @Test
    void one_method_reads_with_an_etag_and_answers_304_when_unchanged() {
        String etag = Api.given()
                .get("/api/v1/methods/{id}", FUTURE_SCHOOL)
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("name", equalTo("Future School"))
                .body("typicalDuration.minimumWeeks", equalTo(12))
                .body("targetGroups", containsInAnyOrder("SCHOOL_TEAMS", "SCHOOL_LEADERS", "MENTORS"))
                .extract()
                .header("ETag");

        Api.given()
                .header("If-None-Match", etag)
                .get("/api/v1/methods/{id}", FUTURE_SCHOOL)
                .then()
                .statusCode(304)
                .header("ETag", equalTo(etag));

        Api.given()
                .header("If-None-Match", "\"some-other-version\"")
                .get("/api/v1/methods/{id}", FUTURE_SCHOOL)
                .then()
                .statusCode(200);
    }

    @Test
    void an_unknown_method_is_a_404_problem() {
        Api.given()
                .get("/api/v1/methods/{id}", "00000000-0000-4000-8000-000000000000")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://loopmentoring.eu/problems/not-found"))
                .body("status", equalTo(404))
                .body("correlationId", notNullValue())
                .body("violations", nullValue());
    }
}
