package com.safesupport.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Points a service's tests at its own database, creating it if missing, on the PostgreSQL server named by
 * {@code TEST_PG_HOST}, {@code TEST_PG_PORT}, {@code TEST_PG_USER}, {@code TEST_PG_PASSWORD} (defaults
 * 127.0.0.1:5432, postgres, trust auth) when one answers there; when nothing listens there, on an embedded
 * PostgreSQL started for this test JVM ({@link EmbeddedTestPostgres}), so that a machine with only a JDK runs the
 * tests. A server that answers but refuses the connection is an error, not a reason to fall back. The init arg
 * {@code database} names the database; {@code TEST_PG_DB_SUFFIX} is appended to it so that two checkouts can run
 * their tests against the same server at the same time without sharing rows.
 */
public class PostgresTestDatabase implements QuarkusTestResourceLifecycleManager {

    /** The PostgreSQL driver's SQLState for "connection refused / host unreachable". */
    private static final String CANNOT_CONNECT = "08001";

    /** Where the tests' databases live; decided once per JVM. */
    private record Server(String hostAndPort, String user, String password) {
    }

    private static Server server;

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", "suite_test") + env("TEST_PG_DB_SUFFIX", "");
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name must be a plain identifier: " + database);
        }
    }

    @Override
    public Map<String, String> start() {
        createIfMissing(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl(database),
                "quarkus.datasource.username", server().user(),
                "quarkus.datasource.password", server().password());
    }

    @Override
    public void stop() {
        // The embedded server, if any, lives as long as the test JVM: Quarkus may restart the application (and this
        // resource) between test classes.
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + server().hostAndPort() + "/" + database;
    }

    public static void createIfMissing(String database) {
        try (Connection admin = DriverManager.getConnection(jdbcUrl("postgres"), server().user(), server().password());
             PreparedStatement exists = admin.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
            try (Statement create = admin.createStatement()) {
                create.execute("create database " + database);
            } catch (SQLException raced) {
                // Another test JVM created it between our check and our create: fine.
                if (!"42P04".equals(raced.getSQLState())) {
                    throw raced;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database at " + jdbcUrl("postgres") + ": " + e.getMessage(), e);
        }
    }

    /** The configured server when it answers, else this JVM's embedded one. */
    private static synchronized Server server() {
        if (server == null) {
            Server configured = new Server(env("TEST_PG_HOST", "127.0.0.1") + ":" + env("TEST_PG_PORT", "5432"),
                    env("TEST_PG_USER", "postgres"), env("TEST_PG_PASSWORD", ""));
            try (Connection ignored = DriverManager.getConnection("jdbc:postgresql://" + configured.hostAndPort() + "/postgres",
                    configured.user(), configured.password())) {
                server = configured;
            } catch (SQLException e) {
                if (!CANNOT_CONNECT.equals(e.getSQLState())) {
                    throw new IllegalStateException("the PostgreSQL at " + configured.hostAndPort() + " (TEST_PG_*) answers "
                            + "but refuses the tests' connection: " + e.getMessage(), e);
                }
                server = new Server("127.0.0.1:" + EmbeddedTestPostgres.get().port(), "postgres", "");
            }
        }
        return server;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
