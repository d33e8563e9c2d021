package eu.loopmentoring.persistence.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A throw-away PostgreSQL for the adapters' tests, or nothing when QUARKUS_DATASOURCE_JDBC_URL (the
 * external lane of CI) names a server. The api module's launcher lives in its main code, for the
 * one-command run; this one needs none of its data directory handling.
 */
@QuarkusTestResource(EmbeddedPostgres.class)
public class EmbeddedPostgres implements QuarkusTestResourceLifecycleManager {

    private io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        if (present(System.getProperty("quarkus.datasource.jdbc.url"))
                || present(System.getenv("QUARKUS_DATASOURCE_JDBC_URL"))) {
            return Map.of();
        }
        try {
            postgres = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    .setLocaleConfig("locale", "C.UTF-8")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not start", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
