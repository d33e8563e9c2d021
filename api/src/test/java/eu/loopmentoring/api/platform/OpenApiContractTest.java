package eu.loopmentoring.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.loopmentoring.api.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The service serves exactly the committed contract, with Swagger UI over it. */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void the_served_document_is_the_committed_document() throws IOException {
        String served = Api.givenOperationsEndpoint()
                .queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(new ObjectMapper().readTree(served)).isEqualTo(Api.committedDocument());
    }

    @Test
    void swagger_ui_is_served_over_it() {
        Api.givenOperationsEndpoint()
                .get("/q/swagger-ui/")
                .then()
                .statusCode(200)
                .contentType("text/html");
    }
}
