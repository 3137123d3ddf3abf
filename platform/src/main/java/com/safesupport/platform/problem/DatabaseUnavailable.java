package com.safesupport.platform.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Whether a failure means "the database cannot be reached right now" (stopped, restarting, failing over, pool
 * exhausted), which a caller should retry later (503 + Retry-After), rather than a defect (500).
 */
final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    static boolean causedBy(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, true) == null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && unavailable(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean unavailable(SQLException e) {
        String state = e.getSQLState();
        if (state != null) {
            // 08: connection exception; 57P01-57P03: admin/crash shutdown, cannot connect now (starting, recovering).
            return state.startsWith("08") || state.startsWith("57P");
        }
        // Agroal's pool gives up waiting for a connection without a SQLState: no connection could be had in time —
        // "Sorry, acquisition timeout!" when none was free, "Acquisition timeout while waiting for new connection" when
        // a new one did not open in time (a database that accepts connections and never answers, docs/bot.md fm10).
        String message = e.getMessage();
        return message != null && (message.startsWith("Sorry, acquisition timeout")
                || message.startsWith("Acquisition timeout while waiting for new connection"));
    }
}
