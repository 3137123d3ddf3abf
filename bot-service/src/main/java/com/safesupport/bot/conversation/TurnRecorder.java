package com.safesupport.bot.conversation;

import com.safesupport.bot.conversation.pipeline.TurnContext;
import com.safesupport.bot.conversation.pipeline.Verdict;
import com.safesupport.bot.decision.DecisionRecord;
import com.safesupport.bot.guardrail.Repetition;
import com.safesupport.bot.handoff.HandoffRequest;
import com.safesupport.bot.handoff.CustomerMessageRelay;
import com.safesupport.bot.handoff.HandoffService;
import com.safesupport.bot.knowledge.Retrieval;
import com.safesupport.platform.problem.DomainException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The last stage of every turn: the two transcript lines (the customer's, redacted or withheld, and the reply), the
 * decision record and, when a human takes over, the hand-off in the outbox, all in one transaction. While a human
 * holds the conversation the customer's redacted message also goes to the relay's outbox in that transaction, for
 * the agent's ticket (a withheld one does not: the customer is told it was not passed on).
 */
@ApplicationScoped
public class TurnRecorder {

    static final String WITHHELD = "[message withheld: personal data could not be removed]";

    @Inject
    Transcript transcript;

    @Inject
    HandoffService handoffs;

    @Inject
    CustomerMessageRelay relay;

    @Inject
    Clock clock;

    @Inject
    TurnRows rows;

    /**
     * What was stored: the reply's id, the decision record's, the hand-off outbox entry to deliver (null if none) and
     * the customer message's first relay entry (null if none).
     */
    public record Recorded(UUID messageId, UUID decisionId, UUID outboxId, Views.HandoffRef handoff, UUID relayId) {

        public Recorded(UUID messageId, UUID decisionId, UUID outboxId, Views.HandoffRef handoff) {
            this(messageId, decisionId, outboxId, handoff, null);
        }
    }

    /** What else a turn's transaction writes once the turn is (a message key's answer): on the turn's connection. */
    @FunctionalInterface
    interface Completion {
        void complete(java.sql.Connection connection, Recorded recorded) throws java.sql.SQLException;
    }

    public Recorded record(TurnContext turn, Verdict verdict, long latencyMs) {
        return record(turn, verdict, latencyMs, null);
    }

    /** Records the turn and, when {@code then} is not null, runs it in the same transaction (both commit or neither). */
    Recorded record(TurnContext turn, Verdict verdict, long latencyMs, Completion then) {
        if (!verdict.handsOff() && !turn.conversation().heldByHuman()) {
            Optional<Recorded> recorded = then == null ? rows.insert(turn, verdict, latencyMs)
                    : rows.insert(turn, verdict, latencyMs, then);
            if (recorded.isPresent()) {
                return recorded.get();
            }
            // Nothing written: a concurrent turn handed the conversation to a person after this turn began (its
            // hand-off's transcript does not hold this message), or the conversation is gone. The entities' way below
            // re-reads it under its lock: the message is relayed to the agent, or the answer is 404.
        }
        // A hand-off also reads the transcript and the decision ids for the outbox entry, and a message while a human
        // holds the conversation goes to the relay's outbox: the entities' way, under the conversation's lock.
        return QuarkusTransaction.requiringNew().call(() -> {
            Recorded recorded = persist(turn, verdict, latencyMs);
            if (then != null) {
                // On the session's own connection, so in this transaction; after the conversation's lock, as TurnRows.
                Conversation.getEntityManager().unwrap(org.hibernate.Session.class)
                        .doWork(connection -> then.complete(connection, recorded));
            }
            return recorded;
        });
    }

    private Recorded persist(TurnContext turn, Verdict verdict, long latencyMs) {
        Conversation c = Conversation.locked(turn.conversation().id());
        if (c == null) {
            throw DomainException.notFound("Conversation");
        }
        Instant now = clock.instant();
        c.turns++;
        c.lastActivityAt = now;
        c.addTags(turn.newTags());
        turn.unhelpfulStreak().ifPresent(s -> c.unhelpfulStreak = s);
        turn.negativeStreak().ifPresent(s -> c.negativeStreak = s);
        turn.repeatStreak().ifPresent(s -> c.repeatStreak = s);
        turn.questionVector().ifPresent(v -> c.recentQuestions = Repetition.remember(c.recentQuestions, v));
        boolean heldByHuman = c.heldByHuman();
        Message question = transcript.append(c, Message.Author.CUSTOMER, Message.Kind.QUESTION,
                turn.redacted().map(r -> r.text()).orElse(WITHHELD));
        Message reply = transcript.append(c, Message.Author.valueOf(verdict.author().name()),
                Message.Kind.valueOf(verdict.kind().name()), verdict.text());

        DecisionRecord record = new DecisionRecord();
        record.id = UUID.randomUUID();
        record.conversationId = c.id;
        record.subjectId = c.subjectId;
        record.turn = c.turns;
        record.messageId = reply.id;
        record.kind = verdict.kind().name();
        record.reasons = verdict.reasons().toArray(String[]::new);
        record.confidence = turn.confidence();
        record.guardrails = turn.guardrails().stream().map(g -> g.recorded()).toArray(String[]::new);
        record.sources = recordedSources(turn, verdict);
        record.answerMode = turn.answerMode();
        record.consentState = turn.consentState();
        record.locale = c.locale;
        record.channel = c.channel;
        record.latencyMs = latencyMs;
        record.createdAt = now;
        record.persist();

        UUID relayed = null;
        if (heldByHuman && turn.redacted().isPresent()) {
            relayed = relay.enqueue(c.id, c.subjectId, c.ticketId, question.id, question.seq, turn.redacted().get().text(),
                    question.createdAt);
        }

        UUID outbox = null;
        Views.HandoffRef handoff = c.heldByHuman() ? new Views.HandoffRef(c.ticketId, c.handoffStatus) : null;
        if (verdict.handsOff() && !c.heldByHuman()) {
            c.unhelpfulStreak = 0;
            c.negativeStreak = 0;
            c.repeatStreak = 0;
            outbox = handoffs.enqueue(c.id, c.subjectId, c.turns, handoffRequest(c, turn, verdict));
            c.control = Conversation.Control.HUMAN;
            c.handoffStatus = "QUEUED";
            handoff = new Views.HandoffRef(null, "QUEUED");
        }
        return new Recorded(reply.id, record.id, outbox, handoff, relayed);
    }

    /** The decision record's sources column: {@code articleId:score} of each source shown. */
    static String[] recordedSources(TurnContext turn, Verdict verdict) {
        return sources(turn, verdict).stream()
                .map(s -> s.articleId() + ":" + String.format(Locale.ROOT, "%.3f", s.score())).toArray(String[]::new);
    }

    /** The sources shown with a reply: the retrieved articles, unless the reply refused. */
    static List<Views.Source> sources(TurnContext turn, Verdict verdict) {
        if (verdict.kind() == Verdict.Kind.REFUSED) {
            return List.of();
        }
        return turn.retrieval().map(Retrieval::hits).orElse(List.of()).stream()
                .map(h -> new Views.Source(h.article().id(), h.article().title(), Math.round(h.score() * 1000) / 1000.0))
                .toList();
    }

    private HandoffRequest handoffRequest(Conversation c, TurnContext turn, Verdict verdict) {
        List<HandoffRequest.Line> lines = Message.transcript(c.id).stream()
                .map(m -> new HandoffRequest.Line(m.author.name(), transcript.open(m), m.createdAt))
                .toList();
        List<String> decisions = DecisionRecord.idsOf(c.id).stream().map(UUID::toString).toList();
        String topic = turn.retrieval().map(r -> " Closest help article: \"" + r.best().article().title()
                + "\" (match " + String.format(Locale.ROOT, "%.2f", turn.confidence()) + ").").orElse("");
        List<String> reasons = verdict.handoffReasons().stream().map(Enum::name).toList();
        String summary = "Hand-off after " + c.turns + " customer message(s); reasons: " + String.join(", ", reasons) + "." + topic;
        return new HandoffRequest(c.id.toString(), c.subjectId, reasons, ConversationLabels.handoffLocale(c.locale),
                ConversationLabels.handoffChannel(c.channel), summary, lines, decisions);
    }
}
