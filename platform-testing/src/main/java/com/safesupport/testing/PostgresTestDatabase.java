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
 * Points a service's tests at its own database on the machine's real PostgreSQL, creating it if missing.
 * {@code TEST_PG_HOST}, {@code TEST_PG_PORT}, {@code TEST_PG_USER}, {@code TEST_PG_PASSWORD} override the defaults
 * (127.0.0.1:5432, postgres, trust auth). The init arg {@code database} names the database; {@code TEST_PG_DB_SUFFIX}
 * is appended to it so that two checkouts can run their tests at the same time without sharing rows.
 */
public class PostgresTestDatabase implements QuarkusTestResourceLifecycleManager {

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
                "quarkus.datasource.username", user(),
                "quarkus.datasource.password", password());
    }

    @Override
    public void stop() {
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + env("TEST_PG_HOST", "127.0.0.1") + ":" + env("TEST_PG_PORT", "5432") + "/" + database;
    }

    public static void createIfMissing(String database) {
        try (Connection admin = DriverManager.getConnection(jdbcUrl("postgres"), user(), password());
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
            throw new IllegalStateException("Tests need PostgreSQL at " + jdbcUrl("postgres") + " (start it with "
                    + "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start): " + e.getMessage(), e);
        }
    }

    private static String user() {
        return env("TEST_PG_USER", "postgres");
    }

    private static String password() {
        return env("TEST_PG_PASSWORD", "");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
