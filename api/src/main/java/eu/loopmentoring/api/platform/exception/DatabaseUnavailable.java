package eu.loopmentoring.api.platform.exception;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a failure caused by the database being out of reach (refused, reset, shutting down,
 * starting up, no connection to be had in time) from every other failure: the first is an outage
 * the client should wait out ({@code 503} with {@code Retry-After}), the rest are our bugs.
 */
final class DatabaseUnavailable {

    /** SQLSTATE classes and codes that mean "no usable connection", not "bad statement". */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    private static final String ADMIN_SHUTDOWN = "57P01";
    private static final String CRASH_SHUTDOWN = "57P02";
    private static final String CANNOT_CONNECT_NOW = "57P03";

    private DatabaseUnavailable() {}

    static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JDBCConnectionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && outage(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }

    private static boolean outage(String state) {
        return state != null
                && (state.startsWith(CONNECTION_EXCEPTION_CLASS)
                        || state.equals(ADMIN_SHUTDOWN)
                        || state.equals(CRASH_SHUTDOWN)
                        || state.equals(CANNOT_CONNECT_NOW));
    }
}
