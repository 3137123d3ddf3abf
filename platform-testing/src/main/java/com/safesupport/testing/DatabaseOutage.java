package com.safesupport.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.util.Map;

/**
 * A {@code @QuarkusTest} that takes the running service's database away (refused, or stalled: accepting and silent,
 * {@link PostgresProxy#stall()}) and gives it back: its profile points the
 * datasource at a {@link PostgresProxy} in front of the service's test database, and each test starts and ends with
 * the database up. (The service-side check of what such a test must see is {@link DatabaseDown}, for a database that
 * is never there.)
 * <pre>
 * &#64;QuarkusTest
 * &#64;TestProfile(XDatabaseDownTest.ThroughProxy.class)
 * class XDatabaseDownTest implements DatabaseOutage {
 *     public static class ThroughProxy extends DatabaseOutage.Profile {
 *         public ThroughProxy() { super("x_test"); }
 *     }
 *     &#64;Test void t() { database().refuse(); ... database().restore(); ... }
 * }
 * </pre>
 */
public interface DatabaseOutage {

    /** The datasource through the proxy in front of one test database ({@code TEST_PG_DB_SUFFIX} appended). */
    abstract class Profile implements QuarkusTestProfile {
        private final String database;

        protected Profile(String database) {
            this.database = database;
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", PostgresProxy.of(database).jdbcUrl(),
                    "quarkus.datasource.jdbc.acquisition-timeout", ACQUISITION_TIMEOUT,
                    "quarkus.datasource.jdbc.validation-query-timeout", VALIDATION_TIMEOUT,
                    "quarkus.datasource.jdbc.additional-jdbc-properties.connectTimeout", CONNECT_TIMEOUT);
        }
    }

    /*
     * The database bounds of these tests, smaller than production's (pool acquisition 5 s, validation 2 s, connect 5 s;
     * platform microprofile-config.properties, pinned by platform's CtDatabaseBoundsTest) so that a test waits
     * out each bound for a second, not for five: the mechanism (a stalled or refused database answered 503 within a
     * bound, readiness DOWN) is the same, the waits are shorter. The driver's socketTimeout (10 s) is left as it is: a
     * statement already sent to a stalled database is cut by it, and Flyway's reads at start go through the proxy too.
     */
    /** The pool's acquisition timeout with the database through the proxy (production: 5 s, Quarkus' default). */
    String ACQUISITION_TIMEOUT = "1S";
    /** The check of a pooled connection before it is handed out (production: 2 s). */
    String VALIDATION_TIMEOUT = "1S";
    /** Opening a connection, seconds (production: 5). */
    String CONNECT_TIMEOUT = "1";

    /** The proxy the running service's datasource goes through; fails the test when it goes through none. */
    default PostgresProxy database() {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        return PostgresProxy.at(url).orElseThrow(() -> new AssertionError(
                "the datasource does not go through the test's proxy: " + url));
    }

    @BeforeEach
    default void databaseUp() {
        database().restore();
        database().resume();
    }

    @AfterEach
    default void databaseBack() {
        database().restore();
        database().resume();
    }
}
