package eu.loopmentoring.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.loopmentoring.api.support.Api;
import eu.loopmentoring.api.support.Lanes;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The service serves exactly the committed contract, with Swagger UI over it. */
@Tag(Lanes.DATABASE_INDEPENDENT)
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
    void the_served_yaml_is_the_committed_file_byte_for_byte() throws IOException {
        byte[] committed;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(Api.DOCUMENT)) {
            committed = in.readAllBytes();
        }
        for (String path : List.of("/q/openapi", "/q/openapi.yaml", "/q/openapi.yml")) {
            byte[] served = Api.givenOperationsEndpoint()
                    .get(path)
                    .then()
                    .statusCode(200)
                    .contentType("application/yaml")
                    .extract()
                    .asByteArray();
            assertThat(served).as(path).isEqualTo(committed);
        }
        // what re-serialising used to lose: a time example that YAML 1.1 reads as a number unless quoted
        assertThat(new String(committed, StandardCharsets.UTF_8)).contains("example: '16:30'");
    }

    @Test
    void the_json_form_is_the_same_document() throws IOException {
        for (var request : List.of(
                Api.givenOperationsEndpoint().get("/q/openapi.json"),
                Api.givenOperationsEndpoint().accept("application/json").get("/q/openapi"))) {
            String served = request.then()
                    .statusCode(200)
                    .contentType("application/json")
                    .extract()
                    .asString();
            assertThat(new ObjectMapper().readTree(served)).isEqualTo(Api.committedDocument());
        }
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
