package eu.loopmentoring.api.support;

import eu.loopmentoring.api.platform.embedded.EmbeddedDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A database of its own for a test that starts the packaged service: on the lane's external
 * PostgreSQL when {@code QUARKUS_DATASOURCE_JDBC_URL} is set, otherwise on an embedded one this JVM
 * starts (once). Closing it drops it.
 */
public final class ThrowAwayDatabase implements AutoCloseable {

    private final String serverUrl;
    private final String name;
    private final String username;
    private final String password;

    private ThrowAwayDatabase(String serverUrl, String name, String username, String password) {
        this.serverUrl = serverUrl;
        this.name = name;
        this.username = username;
        this.password = password;
    }

    public static ThrowAwayDatabase create() {
        String url;
        String username;
        String password;
        if (EmbeddedDatabase.externalConfigured()) {
            url = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
            username = System.getenv().getOrDefault("QUARKUS_DATASOURCE_USERNAME", "");
            password = System.getenv().getOrDefault("QUARKUS_DATASOURCE_PASSWORD", "");
        } else {
            Map<String, String> embedded = EmbeddedDatabase.start(Optional.empty());
            url = embedded.get("quarkus.datasource.jdbc.url");
            username = embedded.get("quarkus.datasource.username");
            password = embedded.get("quarkus.datasource.password");
        }
        ThrowAwayDatabase database = new ThrowAwayDatabase(
                url, "loop_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16), username, password);
        database.onServer("create database " + database.name);
        return database;
    }

    /** The JDBC URL of this database: the lane's URL with the database name replaced. */
    public String url() {
        return withDatabase(serverUrl, name);
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public Map<String, String> environment() {
        return Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", url(),
                "QUARKUS_DATASOURCE_USERNAME", username,
                "QUARKUS_DATASOURCE_PASSWORD", password);
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), username, password);
    }

    @Override
    public void close() {
        onServer("drop database if exists " + name + " with (force)");
    }

    private void onServer(String sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl, username, password);
                var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed", e);
        }
    }

    static String withDatabase(String jdbcUrl, String database) {
        int hostStart = jdbcUrl.indexOf("//") + 2;
        int pathStart = jdbcUrl.indexOf('/', hostStart);
        int query = jdbcUrl.indexOf('?', hostStart);
        String authority = jdbcUrl.substring(0, pathStart < 0 ? (query < 0 ? jdbcUrl.length() : query) : pathStart);
        return authority + "/" + database + (query < 0 ? "" : jdbcUrl.substring(query));
    }
}
