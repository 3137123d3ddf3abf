package com.safesupport.bot.conversation;

import com.safesupport.bot.conversation.pipeline.Replies;
import com.safesupport.bot.isolation.CustomerBudgets;
import com.safesupport.platform.crypto.Sealer;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Opens a conversation in one SQL statement and a plain JDBC transaction, as {@link Admission} admits a message: the
 * statement counts the conversation in the customer's per-hour budget (the upsert {@link CustomerBudgets} describes),
 * inserts the conversation and its disclosure line (sealed), and returns the budget's counts; the check follows, and a
 * refusal rolls all of it back, so a refused start counts nowhere and leaves no row. The same rows the entities wrote
 * before (a JTA transaction, a Hibernate session, a native query through the entity manager and the flush of two
 * entities): most of the CPU of opening a conversation was that machinery, not the SQL.
 */
@ApplicationScoped
class Opening {

    // The budget row first (as before: its upsert ran before the entities' flush); the line references the new row,
    // which the foreign key sees, as PostgreSQL checks it at the end of the statement.
    private static final String OPEN = """
            with counted as (
              insert into budget_window as b (subject_id, budget, window_start, current_count, previous_count)
              values (?, ?, ?, 1, 0)
              on conflict (subject_id, budget) do update set
                previous_count = case when b.window_start = excluded.window_start then b.previous_count
                                      when b.window_start = ? then b.current_count else 0 end,
                current_count = case when b.window_start = excluded.window_start then b.current_count + 1 else 1 end,
                window_start = excluded.window_start
              returning current_count, previous_count
            ), c as (
              insert into conversation (id, subject_id, locale, channel, control, ticket_id, handoff_status, next_seq,
                                        turns, unhelpful_streak, negative_streak, recent_questions, repeat_streak,
                                        known_tags, created_at, last_activity_at)
              values (?, ?, ?, ?, ?, null, null, 1, 0, 0, 0, null, 0, '{}', ?, ?)
              returning id
            ), disclosure as (
              insert into message (id, conversation_id, seq, author, kind, text_key_id, text_sealed, created_at)
              select ?, id, 0, ?, ?, ?, ?, ? from c
            )
            select current_count, previous_count from counted
            """;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    CustomerBudgets budgets;

    @Inject
    Sealer sealer;

    @Inject
    Clock clock;

    /** The new conversation as its customer sees it (its only line, the disclosure); 429 with nothing written. */
    Views.ConversationView open(String subjectId, String locale, String channel) {
        CustomerBudgets.ConversationWindow window = budgets.conversationWindow();
        UUID id = UUID.randomUUID();
        Instant createdAt = clock.instant();
        UUID disclosureId = UUID.randomUUID();
        Sealer.Sealed sealed = sealer.seal(Replies.DISCLOSURE, Message.associatedData(disclosureId));
        Instant disclosureAt = clock.instant();
        PlainTransaction.run(dataSource, "The conversation could not be opened", connection -> {
            long[] counts = insert(connection, window, id, subjectId, locale, channel, createdAt, disclosureId, sealed,
                    disclosureAt);
            budgets.checkConversation(window, counts);
            return counts;
        });
        Views.TranscriptLine line = new Views.TranscriptLine(disclosureId, 0, Message.Author.AI.name(),
                Message.Kind.DISCLOSURE.name(), Replies.DISCLOSURE, disclosureAt);
        return new Views.ConversationView(id, subjectId, locale, channel, Conversation.Control.AI.name(), null, createdAt,
                List.of(line));
    }

    private static long[] insert(Connection connection, CustomerBudgets.ConversationWindow window, UUID id,
                                 String subjectId, String locale, String channel, Instant createdAt, UUID disclosureId,
                                 Sealer.Sealed sealed, Instant disclosureAt) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(OPEN)) {
            int i = 0;
            s.setString(++i, subjectId);
            s.setString(++i, window.budget());
            s.setObject(++i, window.start().atOffset(ZoneOffset.UTC));
            s.setObject(++i, window.previousStart().atOffset(ZoneOffset.UTC));

            s.setObject(++i, id);
            s.setString(++i, subjectId);
            s.setString(++i, locale);
            s.setString(++i, channel);
            s.setString(++i, Conversation.Control.AI.name());
            s.setObject(++i, createdAt.atOffset(ZoneOffset.UTC));
            s.setObject(++i, createdAt.atOffset(ZoneOffset.UTC));

            s.setObject(++i, disclosureId);
            s.setString(++i, Message.Author.AI.name());
            s.setString(++i, Message.Kind.DISCLOSURE.name());
            s.setString(++i, sealed.keyId());
            s.setBytes(++i, sealed.ciphertext());
            s.setObject(++i, disclosureAt.atOffset(ZoneOffset.UTC));
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return new long[]{row.getLong(1), row.getLong(2)};
            }
        }
    }
}
