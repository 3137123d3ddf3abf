package com.safesupport.bot.conversation;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * One plain JDBC transaction on a pooled connection, for the hot statements that a JTA transaction and a Hibernate
 * session would cost more than their SQL ({@link Admission}, {@link Opening}): the work commits when it returns and
 * rolls back when it throws, so a refusal thrown after the statement counts nowhere and leaves no row.
 */
final class PlainTransaction {

    /** The work inside the transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private PlainTransaction() {
    }

    /**
     * Runs {@code work} in one transaction; the work's own exceptions pass through unchanged after the rollback, and a
     * database failure becomes an {@link IllegalStateException} saying {@code failure} (no values in it: ProblemMapper
     * answers 503 when the cause says the database is unreachable).
     */
    static <T> T run(DataSource dataSource, String failure, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            T result;
            try {
                result = work.run(connection);
                connection.commit();
            } catch (RuntimeException | Error | SQLException e) {
                try {
                    connection.rollback();
                } catch (SQLException rollback) {
                    // Never hand the connection back with the writes pending (the pool's reset of auto-commit would
                    // commit them): abort it, and Agroal discards it.
                    e.addSuppressed(rollback);
                    try {
                        connection.abort(Runnable::run);
                    } catch (SQLException aborted) {
                        e.addSuppressed(aborted);
                    }
                    throw e;
                }
                connection.setAutoCommit(true);
                throw e;
            }
            connection.setAutoCommit(true);
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(failure, e);
        }
    }
}
