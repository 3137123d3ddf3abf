package com.safesupport.bot.conversation;

import com.safesupport.bot.conversation.pipeline.TurnContext;
import com.safesupport.bot.conversation.pipeline.Verdict;
import com.safesupport.bot.guardrail.Repetition;
import com.safesupport.platform.crypto.Sealer;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A turn that hands nothing off, recorded in one SQL statement: the conversation's counters, tags and remembered
 * questions, the two transcript lines (sealed) and the decision record — the same rows {@link TurnRecorder} writes
 * through the entities, in one round trip and one implicit transaction instead of a JTA transaction, a locked
 * re-read, Hibernate's flush and three more statements. The {@code update} takes the conversation's row lock, so
 * turns of one conversation still get their sequence numbers one at a time, each from the row as the previous turn
 * left it (read committed re-reads a row it waited for). Most of the CPU of recording a turn was that machinery.
 */
@ApplicationScoped
class TurnRows {

    // In an UPDATE's SET list the columns are the row's values before this update; the inserts read what it returned.
    // New tags are appended in order, without those the conversation already has (Conversation.addTags); the new
    // question's vector goes first and the oldest remembered one falls out (Repetition.remember).
    private static final String INSERT_TURN = """
            with c as (
              update conversation set
                turns = turns + 1,
                next_seq = next_seq + 2,
                last_activity_at = ?,
                known_tags = known_tags || array(select t from unnest(?::text[]) with ordinality as n(t, i)
                                                 where t <> all(known_tags) order by i),
                unhelpful_streak = coalesce(?, unhelpful_streak),
                negative_streak = coalesce(?, negative_streak),
                repeat_streak = coalesce(?, repeat_streak),
                recent_questions = coalesce(?::bytea || substring(coalesce(recent_questions, ''::bytea) from 1 for ?),
                                            recent_questions)
              where id = ? and control <> 'HUMAN'
              returning id, subject_id, turns, next_seq, locale, channel
            ), question as (
              insert into message (id, conversation_id, seq, author, kind, text_key_id, text_sealed, created_at)
              select ?, id, next_seq - 2, ?, ?, ?, ?, ? from c
            ), reply as (
              insert into message (id, conversation_id, seq, author, kind, text_key_id, text_sealed, created_at)
              select ?, id, next_seq - 1, ?, ?, ?, ?, ? from c
            ), decision as (
              insert into decision_record (id, conversation_id, subject_id, turn, message_id, kind, reasons, confidence,
                                           guardrails, sources, answer_mode, consent_state, locale, channel, latency_ms,
                                           created_at)
              select ?, id, subject_id, turns, ?, ?, ?, ?, ?, ?, ?, ?, locale, channel, ?, ? from c
            )
            select id from c
            """;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Sealer sealer;

    @Inject
    Clock clock;

    /**
     * Records a turn whose verdict hands nothing off (the caller checks) while the AI holds the conversation. Empty,
     * with nothing written, when no such conversation is there: gone, or a person took it over since the turn began
     * (a concurrent turn's hand-off committed first) — the caller then records the turn the entities' way, which
     * relays the message to the agent.
     */
    Optional<TurnRecorder.Recorded> insert(TurnContext turn, Verdict verdict, long latencyMs) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            return insert(connection, turn, verdict, latencyMs);
        } catch (SQLException e) {
            // No values in the message; ProblemMapper answers 503 when the cause says the database is unreachable.
            throw new IllegalStateException("The turn could not be recorded", e);
        }
    }

    /**
     * As {@link #insert(TurnContext, Verdict, long)}, and {@code then} in the same transaction once the turn is written
     * (the message key's answer, {@link MessageKeys#complete}): both commit, or neither.
     */
    Optional<TurnRecorder.Recorded> insert(TurnContext turn, Verdict verdict, long latencyMs, TurnRecorder.Completion then) {
        return PlainTransaction.run(dataSource, "The turn could not be recorded", connection -> {
            Optional<TurnRecorder.Recorded> recorded = insert(connection, turn, verdict, latencyMs);
            if (recorded.isPresent()) {
                then.complete(connection, recorded.get());
            }
            return recorded;
        });
    }

    private Optional<TurnRecorder.Recorded> insert(Connection connection, TurnContext turn, Verdict verdict, long latencyMs)
            throws SQLException {
        if (verdict.handsOff()) {
            throw new IllegalArgumentException("a hand-off is recorded with its outbox entry (TurnRecorder)");
        }
        Instant now = clock.instant();
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        UUID questionId = UUID.randomUUID();
        UUID replyId = UUID.randomUUID();
        UUID decisionId = UUID.randomUUID();
        Sealer.Sealed question = sealer.seal(turn.redacted().map(r -> r.text()).orElse(TurnRecorder.WITHHELD),
                Message.associatedData(questionId));
        Sealer.Sealed reply = sealer.seal(verdict.text(), Message.associatedData(replyId));
        Set<String> tags = new LinkedHashSet<>();
        for (String t : turn.newTags()) {
            if (t != null && !t.isBlank()) {
                tags.add(t);
            }
        }
        byte[] vector = turn.questionVector().map(v -> Repetition.remember(null, v)).orElse(null);

        try (PreparedStatement s = connection.prepareStatement(INSERT_TURN)) {
            int i = 0;
            s.setObject(++i, at);
            s.setArray(++i, connection.createArrayOf("text", tags.toArray()));
            setInt(s, ++i, turn.unhelpfulStreak());
            setInt(s, ++i, turn.negativeStreak());
            setInt(s, ++i, turn.repeatStreak());
            if (vector == null) {
                s.setNull(++i, Types.BINARY);
            } else {
                s.setBytes(++i, vector);
            }
            s.setInt(++i, (Repetition.REMEMBERED - 1) * Repetition.DIMENSIONS);
            s.setObject(++i, turn.conversation().id());

            s.setObject(++i, questionId);
            s.setString(++i, Message.Author.CUSTOMER.name());
            s.setString(++i, Message.Kind.QUESTION.name());
            s.setString(++i, question.keyId());
            s.setBytes(++i, question.ciphertext());
            s.setObject(++i, at);

            s.setObject(++i, replyId);
            s.setString(++i, Message.Author.valueOf(verdict.author().name()).name());
            s.setString(++i, Message.Kind.valueOf(verdict.kind().name()).name());
            s.setString(++i, reply.keyId());
            s.setBytes(++i, reply.ciphertext());
            s.setObject(++i, at);

            s.setObject(++i, decisionId);
            s.setObject(++i, replyId);
            s.setString(++i, verdict.kind().name());
            s.setArray(++i, connection.createArrayOf("text", verdict.reasons().toArray()));
            s.setDouble(++i, turn.confidence());
            s.setArray(++i, connection.createArrayOf("text", turn.guardrails().stream().map(g -> g.recorded()).toArray()));
            s.setArray(++i, connection.createArrayOf("text", TurnRecorder.recordedSources(turn, verdict)));
            s.setString(++i, turn.answerMode());
            s.setString(++i, turn.consentState());
            s.setLong(++i, latencyMs);
            s.setObject(++i, at);
            try (ResultSet row = s.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new TurnRecorder.Recorded(replyId, decisionId, null, null));
            }
        }
    }

    private static void setInt(PreparedStatement s, int index, Optional<Integer> value) throws SQLException {
        if (value.isPresent()) {
            s.setInt(index, value.get());
        } else {
            s.setNull(index, Types.INTEGER);
        }
    }
}
