package eu.loopmentoring.api.platform.embedded;

import eu.loopmentoring.api.platform.security.DevelopmentKeys;
import io.quarkus.runtime.Application;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Starts the service. Without an external database it first starts the embedded PostgreSQL,
 * keeping its data under {@code ~/.loop-mentoring} (or {@code LOOP_EMBEDDED_DATA_DIR}) so that it
 * survives a restart, and loads the demo data (once). Without configured JWT keys it creates a key pair for this single instance
 * there too; with an external database that needs LOOP_JWT_GENERATE_KEYS=true, because instances
 * sharing a database must share their keys.
 */
@QuarkusMain
public final class LoopMain {

    private LoopMain() {}

    public static void main(String... args) {
        // HttpConventions answers a request target that is not a URI with a problem, not Quarkus' empty 400.
        System.setProperty("vertx.disableURIValidation", "true");
        boolean embedded = !EmbeddedDatabase.externalConfigured();
        if (embedded) {
            try {
                DataDirectoryLock.claim(home());
            } catch (DataDirectoryLock.InUseException e) {
                System.err.println(e.getMessage());
                System.exit(2);
            }
            EmbeddedDatabase.start(Optional.of(home().resolve("postgres-17")), false)
                    .forEach(System::setProperty);
            System.setProperty("loop.demo-data.enabled", "true");
        }
        if (!DevelopmentKeys.configured()) {
            if (!embedded && !"true".equalsIgnoreCase(System.getenv("LOOP_JWT_GENERATE_KEYS"))) {
                System.err.println("LOOP_JWT_SIGNING_KEY_LOCATION and LOOP_JWT_VERIFICATION_KEYS_LOCATION must be set"
                        + " when an external database is configured (see README, Production configuration).");
                System.exit(2);
            }
            DevelopmentKeys.in(home().resolve("jwt")).forEach(System::setProperty);
        }
        StartupLock.acquireFromEnvironment();
        if (embedded) {
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(LoopMain::stopDatabaseAfterApplication, "embedded-db-stop"));
        }
        Quarkus.run(args);
    }

    /**
     * On SIGTERM the JVM runs every shutdown hook at once; the embedded database stops only once
     * the application has stopped (requests drained, jobs given back), so that it is there for them
     * to the end. Bounded, so that a hung shutdown cannot keep the process alive for ever.
     */
    private static void stopDatabaseAfterApplication() {
        Application application = Application.currentApplication();
        if (application != null) {
            Thread waiting = new Thread(application::awaitShutdown, "embedded-db-stop-wait");
            waiting.setDaemon(true);
            waiting.start();
            try {
                waiting.join(Duration.ofSeconds(60));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        EmbeddedDatabase.stop();
    }

    private static Path home() {
        String configured = System.getenv("LOOP_EMBEDDED_DATA_DIR");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".loop-mentoring");
    }
}
