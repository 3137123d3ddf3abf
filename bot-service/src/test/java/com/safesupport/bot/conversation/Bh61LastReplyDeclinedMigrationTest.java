package com.safesupport.bot.conversation;

import com.safesupport.testing.PostgresTestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 61 (issue 14, branch bh61; round 60's candidate, bh60, reapplied): V9 adds {@code conversation.last_reply_declined} to a database that is already at
 * V8 and holds conversations: an existing row gets {@code false} (no reply of the assistant's counted as declined
 * before the column existed) and keeps its decline streak; a row written afterwards without the column gets
 * {@code false} too. Runs on a database of its own, emptied first.
 */
class Bh61LastReplyDeclinedMigrationTest {

    private static final String CONVERSATION = "60606060-6060-6060-6060-606060606060";

    @Test
    void v9RunsOnADatabaseAtV8WithAConversationAndDefaultsToFalse() throws SQLException {
        PostgresTestDatabase database = new PostgresTestDatabase();
        database.init(Map.of("database", "bot_bh61_migration_test"));
        Map<String, String> config = database.start();
        String url = config.get("quarkus.datasource.jdbc.url");
        String user = config.get("quarkus.datasource.username");
        String password = config.get("quarkus.datasource.password");

        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("drop schema if exists public cascade");
            s.execute("create schema public");
        }
        Flyway atV8 = Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").target("8").load();
        atV8.migrate();
        assertEquals("8", atV8.info().current().getVersion().getVersion());

        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("select count(*) from information_schema.columns"
                    + " where table_name = 'conversation' and column_name = 'last_reply_declined'")) {
                assertTrue(r.next());
                assertEquals(0, r.getInt(1), "V8 has no such column");
            }
            s.execute("insert into conversation (id, subject_id, locale, channel, control, turns, unhelpful_streak, "
                    + "negative_streak, repeat_streak, created_at, last_activity_at) values ('" + CONVERSATION
                    + "', 's-60', 'fr', 'web', 'AI', 2, 1, 0, 0, now(), now())");
        }

        Flyway latest = Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load();
        latest.migrate();
        assertTrue(Integer.parseInt(latest.info().current().getVersion().getVersion()) >= 9);

        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("select last_reply_declined, unhelpful_streak, turns from conversation where id = '"
                    + CONVERSATION + "'")) {
                assertTrue(r.next());
                assertFalse(r.getBoolean(1));
                assertFalse(r.wasNull(), "not null");
                assertEquals(1, r.getInt(2), "the decline streak is kept");
                assertEquals(2, r.getInt(3));
            }
            s.execute("insert into conversation (id, subject_id, locale, channel, control, created_at, last_activity_at) "
                    + "values (gen_random_uuid(), 's-61', 'en', 'web', 'AI', now(), now())");
            try (ResultSet r = s.executeQuery("select last_reply_declined from conversation where subject_id = 's-61'")) {
                assertTrue(r.next());
                assertFalse(r.getBoolean(1));
            }
            try (ResultSet r = s.executeQuery("select is_nullable, data_type from information_schema.columns"
                    + " where table_name = 'conversation' and column_name = 'last_reply_declined'")) {
                assertTrue(r.next());
                assertEquals("NO", r.getString(1));
                assertEquals("boolean", r.getString(2));
            }
        }
    }
}
