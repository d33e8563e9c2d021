package eu.loopmentoring.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.ConsoleRender;

/**
 * Clients built against a released v1 keep working: the committed document may only add to the
 * released one. A breaking change belongs in a v2 document beside this one. When a version is
 * released, its document is copied to src/test/resources/released/.
 */
class BreakingChangeTest {

    private static final Path CURRENT = Path.of("src/main/openapi/loop-v1.yaml");
    private static final Path RELEASED = Path.of("src/test/resources/released/loop-v1.yaml");

    @Test
    void the_committed_contract_is_compatible_with_the_released_v1() {
        ChangedOpenApi diff = OpenApiCompare.fromLocations(RELEASED.toString(), CURRENT.toString());

        assertThat(diff.isIncompatible()).as(() -> render(diff)).isFalse();
    }

    @Test
    void the_check_catches_a_removed_operation(@TempDir Path dir) throws IOException {
        String document = Files.readString(CURRENT);
        String withoutGet = document.replaceFirst(
                "(?m)^    get:\\n      operationId: getMethod", "    x-removed:\n      operationId: getMethod");
        assertThat(withoutGet).isNotEqualTo(document);
        Path broken = Files.writeString(dir.resolve("broken.yaml"), withoutGet);

        assertThat(OpenApiCompare.fromLocations(CURRENT.toString(), broken.toString())
                        .isIncompatible())
                .isTrue();
    }

    private static String render(ChangedOpenApi diff) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new ConsoleRender().render(diff, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "Incompatible with the released v1:\n" + out.toString(StandardCharsets.UTF_8);
    }
}
