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
            return Map.of("quarkus.datasource.jdbc.url", PostgresProxy.of(database).jdbcUrl());
        }
    }

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
