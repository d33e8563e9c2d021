package eu.loopmentoring.api.platform;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import eu.loopmentoring.api.support.Api;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTest {

    @TestHTTPResource(value = "metrics", management = true)
    URL managementMetrics;

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
    void metrics_are_exposed_in_prometheus_format_on_the_management_port_only() {
        Api.given().get("/api/v1/methods").then().statusCode(200);

        Api.givenOperationsEndpoint()
                .accept("text/plain")
                .get(managementMetrics)
                .then()
                .statusCode(200)
                .contentType(containsString("text/plain"))
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/api/v1/methods\""));

        for (String path : new String[] {"/q/metrics", "/q/metrics/", "/q/metrics?format=json"}) {
            Api.givenOperationsEndpoint().get(path).then().statusCode(404);
        }
    }

    @Test
    void the_document_swagger_ui_and_health_stay_on_the_api_port_and_none_of_them_can_be_framed() {
        for (String path : new String[] {
            "/q/swagger-ui/", "/q/swagger-ui/index.html", "/q/openapi", "/q/openapi.json", "/q/health/live"
        }) {
            Api.givenOperationsEndpoint()
                    .get(path)
                    .then()
                    .statusCode(200)
                    .header("X-Frame-Options", "DENY")
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
        }
    }
}
