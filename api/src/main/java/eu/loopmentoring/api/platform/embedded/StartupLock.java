package eu.loopmentoring.api.platform.embedded;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.jboss.logging.Logger;

/**
 * Instances that start at the same time on one database start one after the other: each holds a
 * PostgreSQL advisory lock from before the Liquibase changelog is applied until its own start-up
 * work (the first administrator, the demo data) is done. Without it, two instances starting on a new
 * database both try to create Liquibase's tables and one of them fails. The lock goes with the
 * connection, so an instance that dies while starting frees it. If the database cannot be reached
 * here, the start goes on without the lock and fails as it would have.
 */
@ApplicationScoped
public class StartupLock {

    /** Any number, the same for every instance: "LOOP" in ASCII. */
    static final long KEY = 0x4C4F4F50L;

    private static final Logger LOG = Logger.getLogger(StartupLock.class);
    private static Connection held;

    /** Waits (at most two minutes) until no other instance on this database is starting. */
    static synchronized void acquire(String jdbcUrl, String username, String password) {
        if (held != null || jdbcUrl == null || jdbcUrl.isBlank()) {
            return;
        }
        try {
            Connection connection = DriverManager.getConnection(jdbcUrl, username, password == null ? "" : password);
            try (var statement = connection.createStatement()) {
                statement.execute("set lock_timeout = '120s'");
                statement.execute("select pg_advisory_lock(" + KEY + ")");
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
            held = connection;
        } catch (SQLException e) {
            LOG.warnf(
                    "Starting without the start-up lock (%s): instances starting together may collide", e.getMessage());
        }
    }

    /** The lock taken from the environment's datasource settings, as Quarkus will read them. */
    static void acquireFromEnvironment() {
        acquire(
                setting("quarkus.datasource.jdbc.url", "QUARKUS_DATASOURCE_JDBC_URL"),
                setting("quarkus.datasource.username", "QUARKUS_DATASOURCE_USERNAME"),
                setting("quarkus.datasource.password", "QUARKUS_DATASOURCE_PASSWORD"));
    }

    static synchronized boolean held() {
        return held != null;
    }

    static synchronized void release() {
        if (held == null) {
            return;
        }
        try (Connection connection = held) {
            // Unlocked in so many words: closing alone ends the session a moment later, when the
            // server gets round to it, and an instance asking at once would still find it locked.
            try (var statement = connection.createStatement()) {
                statement.execute("select pg_advisory_unlock(" + KEY + ")");
            }
        } catch (SQLException e) {
            LOG.debugf("closing the start-up lock's connection: %s", e.getMessage());
        }
        held = null;
    }

    // After every other start-up observer (the default priority is 2500, the demo data's 3000).
    void started(@Observes @Priority(10_000) StartupEvent event) {
        release();
    }

    private static String setting(String property, String variable) {
        String value = System.getProperty(property);
        return value != null ? value : System.getenv(variable);
    }
}
