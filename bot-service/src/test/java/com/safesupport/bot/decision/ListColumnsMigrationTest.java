package com.safesupport.bot.decision;

import com.safesupport.bot.conversation.Conversation;
import com.safesupport.bot.conversation.Message;
import com.safesupport.bot.handoff.HandoffOutboxEntry;
import com.safesupport.testing.PostgresTestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16: the upgrade from comma-separated list columns (V5) to {@code text[]} (V6) keeps every value. Rows are
 * written in the old shape with SQL at V5, the database is migrated to the latest version, and the rows are read
 * back; the enum columns (unchanged text) must still hold names the entities' {@code @Enumerated} enums know.
 * Runs on a database of its own, emptied first.
 */
class ListColumnsMigrationTest {

    private static final String CONVERSATION = "11111111-1111-1111-1111-111111111111";
    private static final String EMPTY_CONVERSATION = "22222222-2222-2222-2222-222222222222";

    @Test
    void commaSeparatedRowsBecomeArraysWithoutLoss() throws SQLException {
        PostgresTestDatabase database = new PostgresTestDatabase();
        database.init(Map.of("database", "bot_migration_test"));
        Map<String, String> config = database.start();
        String url = config.get("quarkus.datasource.jdbc.url");
        String user = config.get("quarkus.datasource.username");
        String password = config.get("quarkus.datasource.password");

        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("drop schema if exists public cascade");
            s.execute("create schema public");
        }
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").target("5").load().migrate();

        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("insert into conversation (id, subject_id, locale, channel, control, ticket_id, handoff_status, "
                    + "known_tags, created_at, last_activity_at) values ('" + CONVERSATION + "', 's-1', 'en', 'web', "
                    + "'HUMAN', 't-1', 'QUEUED', '<PERSON_1>,<EMAIL_ADDRESS_1>,<IBAN_1>', now(), now())");
            s.execute("insert into conversation (id, subject_id, locale, channel, control, created_at, last_activity_at) "
                    + "values ('" + EMPTY_CONVERSATION + "', 's-2', 'de', 'web', 'AI', now(), now())");
            s.execute("insert into message (id, conversation_id, seq, author, kind, text_key_id, text_sealed, created_at) "
                    + "values (gen_random_uuid(), '" + CONVERSATION + "', 0, 'CUSTOMER', 'QUESTION', 'k1', '\\x00'::bytea, now())");
            s.execute("insert into decision_record (id, conversation_id, subject_id, turn, kind, reasons, confidence, "
                    + "guardrails, sources, answer_mode, consent_state, locale, channel, latency_ms, created_at) values "
                    + "(gen_random_uuid(), '" + CONVERSATION + "', 's-1', 1, 'ESCALATED', 'HUMAN_REQUESTED,NEGATIVE_SENTIMENT', "
                    + "0.42, 'consent=PASS,human-request=FLAGGED;rule=get-me-someone;score=0.913', "
                    + "'activate-my-card:0.812,card-arrival:0.455', 'extractive', 'GIVEN', 'en', 'web', 12, now())");
            s.execute("insert into decision_record (id, conversation_id, subject_id, turn, kind, reasons, confidence, "
                    + "guardrails, sources, answer_mode, consent_state, locale, channel, latency_ms, created_at) values "
                    + "(gen_random_uuid(), '" + EMPTY_CONVERSATION + "', 's-2', 1, 'REFUSED', 'NO_CONSENT', 0, '', '', "
                    + "'extractive', 'MISSING', 'de', 'web', 3, now())");
            s.execute("insert into handoff_outbox (id, conversation_id, subject_id, idempotency_key, payload_key_id, "
                    + "payload_sealed, status, next_attempt_at, created_at) values (gen_random_uuid(), '" + CONVERSATION
                    + "', 's-1', 'handoff-1', 'k1', '\\x00'::bytea, 'PENDING', now(), now())");
        }

        Flyway latest = Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load();
        latest.migrate();
        assertTrue(Integer.parseInt(latest.info().current().getVersion().getVersion()) >= 6);

        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("select id::text, control, known_tags from conversation order by subject_id")) {
                assertTrue(r.next());
                assertEquals(CONVERSATION, r.getString(1));
                assertEquals(Conversation.Control.HUMAN, Conversation.Control.valueOf(r.getString(2)));
                assertArrayEquals(new String[]{"<PERSON_1>", "<EMAIL_ADDRESS_1>", "<IBAN_1>"}, strings(r, 3));
                assertTrue(r.next());
                assertEquals(Conversation.Control.AI, Conversation.Control.valueOf(r.getString(2)));
                assertArrayEquals(new String[0], strings(r, 3));
            }
            try (ResultSet r = s.executeQuery("select author, kind from message")) {
                assertTrue(r.next());
                assertEquals(Message.Author.CUSTOMER, Message.Author.valueOf(r.getString(1)));
                assertEquals(Message.Kind.QUESTION, Message.Kind.valueOf(r.getString(2)));
            }
            try (ResultSet r = s.executeQuery("select reasons, guardrails, sources from decision_record order by subject_id")) {
                assertTrue(r.next());
                assertArrayEquals(new String[]{"HUMAN_REQUESTED", "NEGATIVE_SENTIMENT"}, strings(r, 1));
                assertArrayEquals(new String[]{"consent=PASS", "human-request=FLAGGED;rule=get-me-someone;score=0.913"}, strings(r, 2));
                assertArrayEquals(new String[]{"activate-my-card:0.812", "card-arrival:0.455"}, strings(r, 3));
                assertTrue(r.next());
                assertArrayEquals(new String[]{"NO_CONSENT"}, strings(r, 1));
                assertArrayEquals(new String[0], strings(r, 2));
                assertArrayEquals(new String[0], strings(r, 3));
            }
            try (ResultSet r = s.executeQuery("select status from handoff_outbox")) {
                assertTrue(r.next());
                assertEquals(HandoffOutboxEntry.Status.PENDING, HandoffOutboxEntry.Status.valueOf(r.getString(1)));
            }
            // New rows get the empty array by default, as the entity does.
            s.execute("insert into conversation (id, subject_id, locale, channel, control, created_at, last_activity_at) "
                    + "values (gen_random_uuid(), 's-3', 'en', 'web', 'AI', now(), now())");
            try (ResultSet r = s.executeQuery("select known_tags from conversation where subject_id = 's-3'")) {
                assertTrue(r.next());
                assertArrayEquals(new String[0], strings(r, 1));
            }
        }
    }

    private static String[] strings(ResultSet r, int column) throws SQLException {
        return (String[]) r.getArray(column).getArray();
    }
}
