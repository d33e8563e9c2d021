package eu.loopmentoring.api.platform;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import eu.loopmentoring.api.support.Api;
import eu.loopmentoring.api.support.Lanes;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag(Lanes.DATABASE_INDEPENDENT)
@QuarkusTest
class HttpConventionsTest {

    private static final String PROBLEMS = "https://loopmentoring.eu/problems/";

    @Test
    void an_unknown_route_is_a_404_problem() {
        Api.givenUndeclaredRoute()
                .get("/api/v1/no-such-collection")
                .then()
                .statusCode(404)
                .body("type", equalTo(PROBLEMS + "not-found"))
                .body("instance", equalTo("/api/v1/no-such-collection"));
    }

    @Test
    void a_wrong_method_is_a_405_problem_with_allow() {
        Api.givenUndeclaredRoute()
                .delete("/api/v1/methods")
                .then()
                .statusCode(405)
                .header("Allow", containsString("GET"))
                .body("type", equalTo(PROBLEMS + "method-not-allowed"));
    }

    @Test
    void an_unproducible_accept_is_a_406_problem() {
        Api.givenInvalidRequest()
                .accept("text/html")
                .get("/api/v1/methods")
                .then()
                .statusCode(406)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "not-acceptable"));
    }

    @Test
    void a_limit_over_the_maximum_is_refused_not_clamped() {
        Api.givenInvalidRequest()
                .queryParam("limit", 101)
                .get("/api/v1/methods")
                .then()
                .statusCode(400)
                .body("type", equalTo(PROBLEMS + "validation-failed"))
                .body("violations", hasSize(1))
                .body("violations[0].in", equalTo("QUERY"))
                .body("violations[0].field", equalTo("limit"))
                .body("violations[0].message", containsString("100"));
    }

    @Test
    void a_limit_that_is_not_a_number_names_the_parameter() {
        Api.givenInvalidRequest()
                .queryParam("limit", "ten")
                .get("/api/v1/methods")
                .then()
                .statusCode(400)
                .body("violations[0].in", equalTo("QUERY"))
                .body("violations[0].field", equalTo("limit"));
    }

    @Test
    void an_unknown_enum_value_in_a_filter_names_the_parameter_and_the_allowed_values() {
        Api.givenInvalidRequest()
                .queryParam("level", "UNIVERSITY")
                .get("/api/v1/methods")
                .then()
                .statusCode(400)
                .body("violations[0].in", equalTo("QUERY"))
                .body("violations[0].field", equalTo("level"))
                .body("violations[0].message", containsString("SCHOOL"));
    }

    @Test
    void a_malformed_id_in_the_path_is_a_400_naming_it() {
        Api.givenInvalidRequest()
                .get("/api/v1/methods/{id}", "not-a-uuid")
                .then()
                .statusCode(400)
                .body("violations[0].in", equalTo("PATH"))
                .body("violations[0].field", equalTo("methodId"));
    }

    @Test
    void a_tampered_cursor_is_refused() {
        String next = Api.given()
                .queryParam("limit", 1)
                .get("/api/v1/methods")
                .then()
                .statusCode(200)
                .extract()
                .path("next");
        for (int position : new int[] {0, next.length() / 2, next.length() - 1}) {
            char original = next.charAt(position);
            String tampered =
                    next.substring(0, position) + (original == 'A' ? 'B' : 'A') + next.substring(position + 1);

            Api.given()
                    .queryParam("cursor", tampered)
                    .get("/api/v1/methods")
                    .then()
                    .statusCode(400)
                    .body("type", equalTo(PROBLEMS + "invalid-cursor"))
                    .body("violations[0].field", equalTo("cursor"));
        }
    }

    @Test
    void a_cursor_from_other_filters_is_refused() {
        String next = Api.given()
                .queryParam("limit", 1)
                .get("/api/v1/methods")
                .then()
                .extract()
                .path("next");

        Api.given()
                .queryParam("cursor", next)
                .queryParam("level", "SCHOOL")
                .get("/api/v1/methods")
                .then()
                .statusCode(400)
                .body("type", equalTo(PROBLEMS + "invalid-cursor"));
    }

    @Test
    void a_correlation_id_is_echoed_when_sent_and_generated_when_not() {
        Api.given()
                .header("X-Correlation-Id", "frontend-4711-abc")
                .get("/api/v1/methods/{id}", "00000000-0000-4000-8000-000000000000")
                .then()
                .statusCode(404)
                .header("X-Correlation-Id", "frontend-4711-abc")
                .body("correlationId", equalTo("frontend-4711-abc"));

        Api.given()
                .header("X-Correlation-Id", "bad id with spaces")
                .get("/api/v1/methods")
                .then()
                .header("X-Correlation-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void every_api_answer_carries_the_security_headers() {
        Api.given()
                .get("/api/v1/methods")
                .then()
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", containsString("default-src 'none'"));
        Api.givenUndeclaredRoute()
                .get("/api/v1/nothing-here")
                .then()
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store");
    }

    @Test
    void a_body_over_the_limit_is_a_413_problem() {
        Api.givenUndeclaredRoute()
                .contentType("application/json")
                .body("{\"padding\":\"" + "x".repeat(1_100_000) + "\"}")
                .post("/api/v1/methods")
                .then()
                .statusCode(413)
                .body("type", equalTo(PROBLEMS + "payload-too-large"))
                .body("correlationId", notNullValue())
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void browsers_may_call_from_configured_origins_only() {
        Api.given()
                .header("Origin", "https://app.tests.loopmentoring.eu")
                .get("/api/v1/methods")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "https://app.tests.loopmentoring.eu")
                .header("Access-Control-Expose-Headers", containsString("ETag"));

        Api.givenOperationsEndpoint()
                .header("Origin", "https://elsewhere.example")
                .get("/api/v1/methods")
                .then()
                .header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void an_unknown_enum_value_in_a_body_names_the_field_and_the_allowed_values() {
        Api.givenInvalidRequest()
                .auth()
                .oauth2(eu.loopmentoring.api.support.TestAccounts.newPerson().accessToken())
                .contentType("application/json")
                .body(java.util.Map.of("name", "Enum check", "kind", "CASTLE", "country", "PT"))
                .post("/api/v1/organizations")
                .then()
                .statusCode(400)
                .body("violations[0].in", equalTo("BODY"))
                .body("violations[0].field", equalTo("kind"))
                .body("violations[0].message", containsString("SCHOOL, TRAINING_CENTRE"));
    }
}
