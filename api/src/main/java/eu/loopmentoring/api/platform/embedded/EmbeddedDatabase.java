package eu.loopmentoring.api.platform.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL, started from binaries that come as a Maven artifact, for when no database is
 * configured: the one-command run and the default test lane. With {@code QUARKUS_DATASOURCE_JDBC_URL}
 * (or the system property {@code quarkus.datasource.jdbc.url}) nothing starts.
 */
public final class EmbeddedDatabase {

    public static final String DATABASE = "loop";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static EmbeddedPostgres running;

    private EmbeddedDatabase() {}

    /** True when the environment names an external database. */
    public static boolean externalConfigured() {
        return present(System.getProperty("quarkus.datasource.jdbc.url"))
                || present(System.getenv("QUARKUS_DATASOURCE_JDBC_URL"));
    }

    /**
     * Starts the embedded server once per JVM, creates the {@value #DATABASE} database if missing
     * and returns the datasource configuration that points at it.
     *
     * @param dataDirectory where the cluster lives; reused across restarts. Empty for a throw-away
     *     cluster in a temporary directory.
     */
    public static synchronized Map<String, String> start(Optional<Path> dataDirectory) {
        return start(dataDirectory, true);
    }

    /**
     * The same; without {@code stopAtExit} the caller stops the database itself ({@link #stop()}),
     * after the application: the JVM runs its shutdown hooks at once, and a database stopped by its
     * own hook would vanish under an application still finishing its requests and jobs.
     */
    public static synchronized Map<String, String> start(Optional<Path> dataDirectory, boolean stopAtExit) {
        if (running == null) {
            running = launch(dataDirectory, stopAtExit);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", running.getJdbcUrl("postgres", DATABASE),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "",
                "loop.embedded.active", "true");
    }

    private static EmbeddedPostgres launch(Optional<Path> dataDirectory, boolean stopAtExit) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(stopAtExit)
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setServerConfig("max_connections", "100");
            if (dataDirectory.isPresent()) {
                Files.createDirectories(dataDirectory.get());
                builder.setDataDirectory(dataDirectory.get()).setCleanDataDirectory(false);
            }
            long started = System.nanoTime();
            EmbeddedPostgres postgres = builder.start();
            createDatabaseIfMissing(postgres);
            LOG.infof(
                    "Embedded PostgreSQL ready on port %d in %d ms (data: %s)",
                    postgres.getPort(),
                    (System.nanoTime() - started) / 1_000_000,
                    dataDirectory.map(Path::toString).orElse("temporary"));
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not start", e);
        }
    }

    /** Stops the database started here, if any (a fast shutdown: its clients are gone by now). */
    public static synchronized void stop() {
        if (running == null) {
            return;
        }
        try {
            running.close();
        } catch (IOException e) {
            LOG.warnf("The embedded PostgreSQL did not stop cleanly: %s", e.getMessage());
        }
        running = null;
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) {
        try (Connection connection = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"));
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            if (!exists.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("create database " + DATABASE);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the embedded database", e);
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
