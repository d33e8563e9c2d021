package eu.loopmentoring.api.platform.embedded;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Starts the service. Without an external database configured it first starts the embedded
 * PostgreSQL, keeping its data under {@code ~/.loop-mentoring} (or {@code LOOP_EMBEDDED_DATA_DIR})
 * so that it survives a restart, and turns the demo data on.
 */
@QuarkusMain
public final class LoopMain {

    private LoopMain() {}

    public static void main(String... args) {
        if (!EmbeddedDatabase.externalConfigured()) {
            EmbeddedDatabase.start(Optional.of(dataDirectory())).forEach(System::setProperty);
        }
        Quarkus.run(args);
    }

    private static Path dataDirectory() {
        String configured = System.getenv("LOOP_EMBEDDED_DATA_DIR");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".loop-mentoring", "postgres-17");
    }
}
