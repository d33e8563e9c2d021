package eu.loopmentoring.api.support;

import eu.loopmentoring.api.platform.embedded.EmbeddedDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import java.util.Optional;

/**
 * The default test lane: a throw-away embedded PostgreSQL. When QUARKUS_DATASOURCE_JDBC_URL is set
 * (the external lane of CI), a throw-away database of this test JVM's own on that server instead,
 * so that the JVM sees only its own rows, as on its own embedded server. The database is dropped
 * when the JVM ends.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        if (EmbeddedDatabase.externalConfigured()) {
            ThrowAwayDatabase database = OnExternalServer.DATABASE;
            return Map.of(
                    "quarkus.datasource.jdbc.url", database.url(),
                    "quarkus.datasource.username", database.username(),
                    "quarkus.datasource.password", database.password());
        }
        return EmbeddedDatabase.start(Optional.empty());
    }

    @Override
    public void stop() {
        // Either server lives as long as the test JVM: several test profiles restart the application.
    }

    /** Made at the first start in this JVM, kept across restarts, dropped at its end. */
    private static final class OnExternalServer {
        static final ThrowAwayDatabase DATABASE = create();

        private static ThrowAwayDatabase create() {
            ThrowAwayDatabase database = ThrowAwayDatabase.create();
            Runtime.getRuntime().addShutdownHook(new Thread(database::close, "drop-test-database"));
            return database;
        }
    }
}
