package com.safesupport.platform.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Whether a failure means "the database cannot be reached right now" (stopped, restarting, failing over, pool
 * exhausted), which a caller should retry later (503 + Retry-After), rather than a defect (500).
 */
final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    /**
     * The failure, its causes and the exceptions suppressed on any of them: a commit that fails because the database
     * went away under the transaction surfaces as the transaction manager's {@code RollbackException} (wrapped in
     * {@code QuarkusTransactionException}), and Narayana puts the driver's exception on it as a <em>suppressed</em> one,
     * not as its cause (seen in stop 64's rehearsal: a 500 during PostgreSQL's restart instead of this 503).
     */
    static boolean causedBy(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        Deque<Throwable> todo = new ArrayDeque<>();
        todo.add(failure);
        while (!todo.isEmpty() && seen.size() < MAX_EXCEPTIONS) {
            Throwable t = todo.poll();
            if (seen.put(t, true) != null) {
                continue;
            }
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && unavailable(sql)) {
                return true;
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            todo.addAll(Arrays.asList(t.getSuppressed()));
        }
        return false;
    }

    /** Exceptions looked at, at most: a chain is a few deep; a pathological graph must not cost more. */
    private static final int MAX_EXCEPTIONS = 64;

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
