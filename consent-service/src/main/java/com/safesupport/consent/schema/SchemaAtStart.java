package com.safesupport.consent.schema;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Brings the schema to the bundled migrations when the service starts, and skips Flyway's machinery when the
 * database already holds exactly them. consent-service sets {@code quarkus.flyway.migrate-at-start=false} so that
 * this bean decides: one query on {@code flyway_schema_history}; when every bundled migration is recorded as applied
 * with Flyway's own checksum of the bundled file and nothing else is recorded, the schema is current and Flyway
 * would neither validate anything wrong nor migrate anything, so it is not run (in the native executable Flyway's
 * first run was the largest part of the start's CPU, docs/benchmarks.md round 43). In every other case — a fresh
 * database, a pending, changed, failed or unknown migration, no history table, a query that fails — Flyway migrates
 * (and validates) exactly as {@code migrate-at-start} did. Runs after the production-secrets check and before the
 * other start-up beans, the schedulers and the HTTP server, so the service is never ready on an old schema.
 * <p>
 * {@link #MIGRATIONS} must list every file of {@code db/migration} (a test compares it with the folder); Flyway
 * still reads the folder itself whenever it runs. {@code consent.schema.skip-when-current=false} always runs Flyway;
 * {@code quarkus.flyway.migrate-at-start=true} leaves it to Quarkus, as before.
 */
@Startup(2)
@ApplicationScoped
public class SchemaAtStart {

    private static final Logger LOG = Logger.getLogger(SchemaAtStart.class);

    static final String FOLDER = "db/migration/";

    /** The bundled versioned migrations, in order: every file of {@code src/main/resources/db/migration}. */
    static final List<String> MIGRATIONS = List.of(
            "V1__baseline.sql",
            "V2__purposes_and_ledger.sql",
            "V3__data_subject_requests.sql",
            "V4__dsr_started_at.sql",
            "V5__scheduler_tick.sql",
            "V6__export_retention.sql",
            "V7__ledger_salt_and_signed_heads.sql");

    /** One row of Flyway's history as far as its validation compares it with a bundled migration. */
    record Applied(String version, String description, String type, Integer checksum, boolean success) {
    }

    @Inject
    DataSource dataSource;

    @Inject
    Instance<Flyway> flyway;

    @ConfigProperty(name = "quarkus.flyway.migrate-at-start", defaultValue = "false")
    boolean quarkusMigrates;

    @ConfigProperty(name = "consent.schema.skip-when-current", defaultValue = "true")
    boolean skipWhenCurrent;

    @PostConstruct
    void migrate() {
        if (quarkusMigrates) {
            return; // Quarkus ran Flyway already
        }
        long started = System.nanoTime();
        if (skipWhenCurrent && isCurrent()) {
            LOG.infof("Schema current (%d migrations applied, checksums unchanged): Flyway not run, checked in %d ms",
                    MIGRATIONS.size(), (System.nanoTime() - started) / 1_000_000);
            return;
        }
        int executed = flyway.get().migrate().migrationsExecuted;
        LOG.infof("Schema migrated by Flyway: %d migrations executed in %d ms", executed,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Whether the database records exactly the bundled migrations as applied; false when it cannot tell. */
    boolean isCurrent() {
        try (Connection connection = dataSource.getConnection()) {
            return isCurrent(connection);
        } catch (SQLException e) {
            LOG.debugf("Schema history not read (%s): Flyway decides", e.getClass().getSimpleName());
            return false;
        }
    }

    static boolean isCurrent(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery("select to_regclass('flyway_schema_history') is not null")) {
                if (!exists.next() || !exists.getBoolean(1)) {
                    return false;
                }
            }
            List<Applied> applied = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "select version, description, type, checksum, success from flyway_schema_history order by installed_rank")) {
                while (rows.next()) {
                    int checksum = rows.getInt(4);
                    applied.add(new Applied(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.wasNull() ? null : checksum, rows.getBoolean(5)));
                }
            }
            return applied.equals(expected());
        }
    }

    /** The history Flyway writes when it applies {@link #MIGRATIONS} in order. */
    static List<Applied> expected() {
        List<Applied> expected = new ArrayList<>(MIGRATIONS.size());
        for (String file : MIGRATIONS) {
            int separator = file.indexOf("__");
            String version = file.substring(1, separator);
            String description = file.substring(separator + 2, file.length() - ".sql".length()).replace('_', ' ');
            expected.add(new Applied(version, description, "SQL", checksum(FOLDER + file), true));
        }
        return expected;
    }

    /** Flyway's checksum of a SQL migration: CRC-32 of its lines in UTF-8, without line ends or a leading BOM. */
    static int checksum(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("migration " + resource + " is not bundled");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            CRC32 crc = new CRC32();
            String line = reader.readLine();
            if (line != null && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            while (line != null) {
                crc.update(line.getBytes(StandardCharsets.UTF_8));
                line = reader.readLine();
            }
            return (int) crc.getValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
