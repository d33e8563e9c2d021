package eu.loopmentoring.api.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.api.support.ThrowAwayDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Instances on one database start one at a time: the lock is held from before the changelog to the end of start-up. */
class StartupLockTest {

    @Test
    void another_instance_waits_while_one_starts_and_goes_on_once_it_has_started() throws Exception {
        try (ThrowAwayDatabase database = ThrowAwayDatabase.create();
                Connection other = database.connect()) {
            StartupLock.acquire(database.url(), database.username(), database.password());
            try {
                assertThat(StartupLock.held()).isTrue();
                assertThat(tryLock(other))
                        .as("a second instance starting now waits")
                        .isFalse();
            } finally {
                StartupLock.release();
            }
            assertThat(StartupLock.held()).isFalse();
            assertThat(tryLock(other)).as("once the first has started").isTrue();
        }
    }

    @Test
    void without_a_reachable_database_the_start_goes_on_without_the_lock() {
        StartupLock.acquire("jdbc:postgresql://127.0.0.1:1/nothing?connectTimeout=2", "nobody", "");
        assertThat(StartupLock.held()).isFalse();
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select pg_try_advisory_lock(" + StartupLock.KEY + ")")) {
            row.next();
            boolean locked = row.getBoolean(1);
            if (locked) {
                statement.execute("select pg_advisory_unlock(" + StartupLock.KEY + ")");
            }
            return locked;
        }
    }
}
