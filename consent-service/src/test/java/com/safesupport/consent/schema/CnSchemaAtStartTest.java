package com.safesupport.consent.schema;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tests start on an emptied schema (clean-at-start), so SchemaAtStart had Flyway migrate it: the history Flyway
 * wrote is what the check calls current. Each change of the history (inside a transaction rolled back) makes it
 * not current, so Flyway runs and decides.
 */
@QuarkusTest
class CnSchemaAtStartTest {

    @Inject
    DataSource db;

    @Inject
    SchemaAtStart schema;

    @Test
    void aFreshDatabaseWasMigratedAndFlywaysHistoryIsWhatTheCheckExpects() throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            var rows = s.executeQuery("select count(*) from flyway_schema_history where success");
            rows.next();
            assertEquals(SchemaAtStart.MIGRATIONS.size(), rows.getInt(1));
            assertTrue(SchemaAtStart.isCurrent(c));
        }
        assertTrue(schema.isCurrent());
    }

    @Test
    void aChangedChecksumIsNotCurrent() throws SQLException {
        assertFalse(afterChange("update flyway_schema_history set checksum = checksum + 1 where version = '3'"));
    }

    @Test
    void aMissingMigrationIsNotCurrent() throws SQLException {
        assertFalse(afterChange("delete from flyway_schema_history where version = '7'"));
    }

    @Test
    void aFailedMigrationIsNotCurrent() throws SQLException {
        assertFalse(afterChange("update flyway_schema_history set success = false where version = '7'"));
    }

    @Test
    void anUnknownLaterMigrationIsNotCurrent() throws SQLException {
        assertFalse(afterChange("insert into flyway_schema_history (installed_rank, version, description, type, script, "
                + "checksum, installed_by, execution_time, success) values (99, '8', 'later', 'SQL', 'V8__later.sql', 1, "
                + "'test', 0, true)"));
    }

    @Test
    void aRenamedMigrationIsNotCurrent() throws SQLException {
        assertFalse(afterChange("update flyway_schema_history set description = 'other' where version = '2'"));
    }

    @Test
    void noHistoryTableIsNotCurrent() throws SQLException {
        assertFalse(afterChange("alter table flyway_schema_history rename to flyway_schema_history_moved"));
    }

    private boolean afterChange(String sql) throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate(sql);
                return SchemaAtStart.isCurrent(c);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }
}
