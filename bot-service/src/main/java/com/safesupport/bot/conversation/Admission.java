package com.safesupport.bot.conversation;

import com.safesupport.bot.config.BotConfig;
import com.safesupport.bot.conversation.pipeline.ConversationState;
import com.safesupport.bot.conversation.pipeline.Pipeline;
import com.safesupport.bot.conversation.pipeline.TurnContext;
import com.safesupport.bot.isolation.CustomerBudgets;
import com.safesupport.bot.isolation.Deadline;
import com.safesupport.platform.problem.DomainException;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Admits a customer message in one SQL statement and a plain JDBC transaction: the statement reads the conversation
 * and, when the caller may post in it and it is below its length limit, counts the message in the conversation's and
 * the customer's per-minute budgets (the upsert {@link CustomerBudgets} describes, holding both rows' locks until the
 * end of the transaction); the admission stages ({@link Pipeline#admit}) then check what it returned, and a refusal
 * rolls the counts back, so a refused message counts nowhere. This replaces a JTA transaction with a Hibernate
 * session, an entity load and a native query through the entity manager: most of the CPU of admitting a message was
 * that machinery, not the SQL.
 */
@ApplicationScoped
class Admission {

    // Both budget rows in one upsert, the conversation's first (every admission locks them in this order). Nothing is
    // counted for a conversation the caller may not post in or that reached its length limit: that refusal follows.
    private static final String ADMIT = """
            with c as (
              select id, subject_id, turns, control, known_tags, unhelpful_streak, negative_streak, recent_questions,
                     repeat_streak
              from conversation where id = ?
            ), counted as (
              insert into budget_window as b (subject_id, budget, window_start, current_count, previous_count)
              select c.subject_id, v.budget, ?, 1, 0
              from c cross join (values (1, ?::text), (2, ?::text)) as v(n, budget)
              where (c.subject_id = ? or not ?) and c.turns < ?
              order by v.n
              on conflict (subject_id, budget) do update set
                previous_count = case when b.window_start = excluded.window_start then b.previous_count
                                      when b.window_start = ? then b.current_count else 0 end,
                current_count = case when b.window_start = excluded.window_start then b.current_count + 1 else 1 end,
                window_start = excluded.window_start
              returning budget, current_count, previous_count
            )
            select c.id, c.subject_id, c.turns, c.control, c.known_tags, c.unhelpful_streak, c.negative_streak,
                   c.recent_questions, c.repeat_streak, conv.current_count, conv.previous_count, cust.current_count,
                   cust.previous_count
            from c left join counted conv on conv.budget = ? left join counted cust on cust.budget = ?
            """;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    CustomerBudgets budgets;

    @Inject
    Pipeline pipeline;

    @Inject
    BotConfig config;

    @Inject
    MessageKeys keys;

    /**
     * A message with an {@code Idempotency-Key}, admitted: the turn and its owned key, or (turn null) the stored answer
     * of the key's first request, replayed with nothing counted.
     */
    record Admitted(TurnContext turn, MessageKeys.Owned owned, String replay) {
    }

    /**
     * The admitted message's turn, the conversation as it stood; throws the refusal (404/403 for a conversation the
     * caller may not post in, then the admission stages' 400, 413, 409, 429) with nothing counted.
     */
    TurnContext admit(UUID id, ConversationService.Access access, String text, Deadline deadline) {
        CustomerBudgets.MessageWindow window = budgets.messageWindow(id);
        return PlainTransaction.run(dataSource, "The message could not be admitted", connection -> {
            TurnContext turn = read(connection, id, access, text, deadline, window);
            pipeline.admit(turn);
            return turn;
        });
    }

    /**
     * As {@link #admit(UUID, ConversationService.Access, String, Deadline)}, with the message's key claimed first in the
     * same transaction: a replay or a refused key (422, 409) counts nothing, and a refused message leaves no claim.
     */
    Admitted admit(UUID id, ConversationService.Access access, String text, Deadline deadline, MessageKeys.Key key) {
        CustomerBudgets.MessageWindow window = budgets.messageWindow(id);
        return PlainTransaction.run(dataSource, "The message could not be admitted", connection -> {
            MessageKeys.Claim claim = keys.claim(connection, key, access.subject());
            if (claim instanceof MessageKeys.Replay replay) {
                return new Admitted(null, null, replay.body());
            }
            TurnContext turn = read(connection, id, access, text, deadline, window);
            pipeline.admit(turn);
            return new Admitted(turn, (MessageKeys.Owned) claim, null);
        });
    }

    private TurnContext read(Connection connection, UUID id, ConversationService.Access access, String text,
                             Deadline deadline, CustomerBudgets.MessageWindow window) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(ADMIT)) {
            int i = 0;
            s.setObject(++i, id);
            s.setObject(++i, window.start().atOffset(ZoneOffset.UTC));
            s.setString(++i, window.conversationBudget());
            s.setString(++i, window.customerBudget());
            s.setString(++i, access.subject());
            s.setBoolean(++i, access.customerOnly());
            s.setInt(++i, config.limits().maxTurns());
            s.setObject(++i, window.previousStart().atOffset(ZoneOffset.UTC));
            s.setString(++i, window.conversationBudget());
            s.setString(++i, window.customerBudget());
            try (ResultSet row = s.executeQuery()) {
                if (!row.next()) {
                    throw DomainException.notFound("Conversation");
                }
                String subjectId = row.getString(2);
                // The same answers as ConversationService.visible: another's conversation is 404 unless the caller may
                // read every conversation (and so knows it exists).
                if (access.customerOnly() && !subjectId.equals(access.subject())) {
                    if (access.readsAny()) {
                        throw DomainException.forbidden("Only the conversation's customer may do this");
                    }
                    throw DomainException.notFound("Conversation");
                }
                ConversationState state = new ConversationState(row.getObject(1, UUID.class), subjectId, row.getInt(3),
                        Conversation.Control.HUMAN.name().equals(row.getString(4)), tags(row.getArray(5)), row.getInt(6),
                        row.getInt(7), row.getBytes(8), row.getInt(9));
                TurnContext turn = new TurnContext(state, text, deadline);
                long[] conversation = counts(row, 10);
                long[] customer = counts(row, 12);
                if (conversation != null && customer != null) {
                    turn.budgets(new TurnContext.Budgets(window, conversation, customer));
                }
                return turn;
            }
        }
    }

    private static long[] counts(ResultSet row, int column) throws SQLException {
        long current = row.getLong(column);
        if (row.wasNull()) {
            return null;
        }
        return new long[]{current, row.getLong(column + 1)};
    }

    private static Set<String> tags(Array array) throws SQLException {
        if (array == null) {
            return Set.of();
        }
        return new LinkedHashSet<>(Arrays.asList((String[]) array.getArray()));
    }
}
