package eu.loopmentoring.persistence.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A throw-away PostgreSQL for the adapters' tests. When QUARKUS_DATASOURCE_JDBC_URL (the external
 * lane of CI) names a server, a throw-away database on that server instead: the contracts leave
 * rows that the api suite, which runs next on the named database, must not see. The api module's
 * launcher lives in its main code, for the one-command run; this one needs none of its data
 * directory handling.
 */
@QuarkusTestResource(EmbeddedPostgres.class)
public class EmbeddedPostgres implements QuarkusTestResourceLifecycleManager {

    private static final Pattern DATABASE = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]+)(.*)");

    private io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres;
    private String externalUrl;
    private String throwAway;

    @Override
    public Map<String, String> start() {
        String named = present(System.getProperty("quarkus.datasource.jdbc.url"))
                ? System.getProperty("quarkus.datasource.jdbc.url")
                : System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        if (present(named)) {
            return onExternalServer(named);
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

    private Map<String, String> onExternalServer(String url) {
        Matcher parts = DATABASE.matcher(url);
        if (!parts.matches()) {
            throw new IllegalStateException("Not a PostgreSQL JDBC URL with a database: " + url);
        }
        externalUrl = url;
        throwAway = parts.group(2) + "_adapters_" + ProcessHandle.current().pid();
        execute("drop database if exists " + throwAway + " with (force)");
        execute("create database " + throwAway);
        return Map.of("quarkus.datasource.jdbc.url", parts.group(1) + throwAway + parts.group(3));
    }

    private void execute(String sql) {
        String user = System.getenv().getOrDefault("QUARKUS_DATASOURCE_USERNAME", "");
        String password = System.getenv().getOrDefault("QUARKUS_DATASOURCE_PASSWORD", "");
        try (Connection connection = DriverManager.getConnection(externalUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the adapters' database: " + sql, e);
        }
    }

    @Override
    public void stop() {
        if (throwAway != null) {
            execute("drop database if exists " + throwAway + " with (force)");
        }
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
