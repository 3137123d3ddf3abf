package com.safesupport.platform.problem;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A failure caused by an unreachable database is 503 problem+json with Retry-After, not 500 (issue 12 item 12). The
 * chains are the ones Hibernate and Agroal raise: the driver's SQLException (SQLState 08001 "connection refused" when
 * PostgreSQL is stopped, 57P01 when it shuts down under a session) wrapped in persistence exceptions.
 */
class DatabaseUnavailableTest {

    private final ProblemMapper mapper = new ProblemMapper();

    @Test
    void aRefusedConnectionDeepInTheCauseChainIs503WithRetryAfter() {
        Exception failure = new RuntimeException("JDBC exception", new IllegalStateException("could not obtain connection",
                new SQLException("Connection to 127.0.0.1:5432 refused", "08001")));
        Response response = mapper.unexpected(failure, null);
        assertEquals(503, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        assertEquals("5", response.getHeaderString("Retry-After"));
        Problem problem = (Problem) response.getEntity();
        assertEquals(Problem.type("database-unavailable"), problem.type());
        assertFalse(problem.detail().contains("127.0.0.1"), "the driver's message is not echoed");
    }

    @Test
    void shutdownPoolTimeoutAndConnectionExceptionsAreUnavailableToo() {
        assertTrue(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("terminating connection", "57P01"))));
        assertTrue(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("Sorry, acquisition timeout!"))));
        assertTrue(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException(
                "Acquisition timeout while waiting for new connection", new java.util.concurrent.TimeoutException()))));
        assertTrue(DatabaseUnavailable.causedBy(new SQLTransientConnectionException("gone")));
    }

    @Test
    void aCommitFailedByADatabaseGoneAwayIs503EvenWhenTheDriverErrorIsOnlySuppressed() {
        // Narayana's shape (stop 64's rehearsal): QuarkusTransactionException <- RollbackException, the driver's
        // exception from the failed commit added to the RollbackException as a suppressed exception, not its cause
        Exception rollback = new Exception("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        Exception failure = new RuntimeException("commit failed", rollback);
        assertTrue(DatabaseUnavailable.causedBy(failure));
        assertEquals(503, mapper.unexpected(failure, null).getStatus());
        Exception unique = new Exception("could not commit");
        unique.addSuppressed(new SQLException("duplicate key", "23505"));
        assertFalse(DatabaseUnavailable.causedBy(new RuntimeException(unique)), "a suppressed defect stays a defect");
    }

    @Test
    void aCyclicOrHugeExceptionGraphEndsQuickly() {
        Exception a = new Exception("a");
        Exception b = new Exception("b", a);
        a.initCause(b);
        a.addSuppressed(b);
        b.addSuppressed(a);
        for (int i = 0; i < 10_000; i++) {
            b.addSuppressed(new Exception("noise " + i));
        }
        assertFalse(DatabaseUnavailable.causedBy(a));
    }

    @Test
    void otherDatabaseErrorsStayInternalErrors() {
        Exception unique = new RuntimeException(new SQLException("duplicate key", "23505"));
        assertFalse(DatabaseUnavailable.causedBy(unique));
        assertEquals(500, mapper.unexpected(unique, null).getStatus());
    }
}
