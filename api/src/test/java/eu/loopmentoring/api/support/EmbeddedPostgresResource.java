package eu.loopmentoring.api.support;

import eu.loopmentoring.api.platform.embedded.EmbeddedDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import java.util.Optional;

/**
 * The default test lane: a throw-away embedded PostgreSQL. When QUARKUS_DATASOURCE_JDBC_URL is set
 * (the external lane of CI), the tests run against that server instead and this does nothing.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        if (EmbeddedDatabase.externalConfigured()) {
            return Map.of();
        }
        return EmbeddedDatabase.start(Optional.empty());
    }

    @Override
    public void stop() {
        // The server lives as long as the test JVM; its shutdown hook removes the temporary cluster.
    }
}
