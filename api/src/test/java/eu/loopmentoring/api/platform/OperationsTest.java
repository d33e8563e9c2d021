package eu.loopmentoring.api.platform;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import eu.loopmentoring.api.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTest {

    @Test
    void liveness_and_readiness_are_up_and_readiness_includes_the_database() {
        Api.givenOperationsEndpoint()
                .get("/q/health/live")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"));
        Api.givenOperationsEndpoint()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void metrics_are_exposed_in_prometheus_format() {
        Api.given().get("/api/v1/methods").then().statusCode(200);

        Api.givenOperationsEndpoint()
                .accept("text/plain")
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .contentType(containsString("text/plain"))
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/api/v1/methods\""));
    }
}
