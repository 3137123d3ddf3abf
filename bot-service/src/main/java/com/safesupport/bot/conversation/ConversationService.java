package com.safesupport.bot.conversation;

import com.safesupport.bot.config.BotConfig;
import com.safesupport.bot.conversation.Views.HandoffRef;
import com.safesupport.bot.conversation.Views.Reply;
import com.safesupport.bot.conversation.pipeline.Pipeline;
import com.safesupport.bot.conversation.pipeline.Replies;
import com.safesupport.bot.conversation.pipeline.TurnContext;
import com.safesupport.bot.conversation.pipeline.Verdict;
import com.safesupport.bot.decision.DecisionRecord;
import com.safesupport.bot.handoff.CustomerMessageRelay;
import com.safesupport.bot.handoff.HandoffService;
import com.safesupport.bot.isolation.CustomerBulkhead;
import com.safesupport.bot.isolation.Deadline;
import com.safesupport.platform.problem.DomainException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.UUID;

/**
 * Conversations, and the orchestration of one customer message: admit it (the customer's bulkhead, the turn's
 * deadline), let the {@link Pipeline} decide the reply, record the turn in one transaction (hand-off included, as
 * an outbox entry; while a human holds it, the message for the agent too), deliver either right after the commit, and
 * answer. What each stage does lives in
 * {@code conversation.pipeline}.
 */
@ApplicationScoped
public class ConversationService {

    @Inject
    Pipeline pipeline;

    @Inject
    Admission admission;

    @Inject
    Opening opening;

    @Inject
    TurnRecorder recorder;

    @Inject
    Transcript transcript;

    @Inject
    HandoffService handoffs;

    @Inject
    CustomerMessageRelay relay;

    @Inject
    CustomerBulkhead bulkhead;

    @Inject
    MessageKeys keys;

    @Inject
    ConversationLabels labels;

    @Inject
    BotConfig config;

    @Inject
    MeterRegistry metrics;

    /**
     * Opens a conversation; its first message discloses that the customer talks to an AI. One statement counts it in
     * the customer's per-hour budget and writes the conversation and that line ({@link Opening}); a refusal writes nothing.
     */
    public Views.ConversationView start(String subjectId, String locale, String channel) {
        String l = locale == null || locale.isBlank() ? "en" : locale;
        String ch = channel == null || channel.isBlank() ? "web" : channel;
        Views.ConversationView view = opening.open(subjectId, l, ch);
        metrics.counter("bot.conversations.started", "channel", labels.channelLabel(ch)).increment();
        return view;
    }

    /** The conversation as its owner or a supervisor sees it: redacted transcript, who holds it. */
    public Views.ConversationView get(UUID id, Access access) {
        return QuarkusTransaction.requiringNew().call(() -> transcript.view(visible(id, access)));
    }

    public List<Views.DecisionView> decisions(UUID id, Access access) {
        return QuarkusTransaction.requiringNew().call(() -> {
            visible(id, access);
            return DecisionRecord.ofConversation(id).stream().map(ConversationService::toView).toList();
        });
    }

    /** One customer message through the whole pipeline. */
    public Reply reply(UUID id, Access access, String text) {
        return reply(id, access, text, null).reply();
    }

    /**
     * What a message was answered: the reply of a turn processed now, or the stored JSON of the one its
     * {@code Idempotency-Key} had already been answered with ({@code replayed}, no new turn).
     */
    public record Answer(Reply reply, String replayed) {
    }

    /**
     * One customer message through the whole pipeline; with a {@code key} (null: none), a message whose key was already
     * answered is answered the same again with nothing run or counted, and the answer is stored in the turn's
     * transaction (docs/bot.md, "Faults, tenth sweep (fm9)").
     */
    public Answer reply(UUID id, Access access, String text, MessageKeys.Key key) {
        Timer.Sample timing = Timer.start(metrics);
        Deadline deadline = Deadline.of(config.isolation().turnDeadline());
        try (CustomerBulkhead.Slot slot = bulkhead.enter(access.subject())) {
            // One statement reads the conversation and counts the message (limits, budgets): a refusal rolls back.
            // With a key, it is claimed first in that transaction (or its answer replayed, nothing counted).
            Admission.Admitted admitted = key == null ? new Admission.Admitted(admission.admit(id, access, text, deadline), null, null)
                    : admission.admit(id, access, text, deadline, key);
            if (admitted.replay() != null) {
                metrics.counter("bot.turns.replayed").increment();
                return new Answer(null, admitted.replay());
            }
            MessageKeys.Owned owned = admitted.owned();
            try {
                return new Answer(turn(id, admitted.turn(), deadline, timing, owned), null);
            } catch (RuntimeException | Error e) {
                if (owned != null) {
                    // Nothing was recorded: the key is free for a retry at once (a no-op if the turn had committed).
                    keys.release(owned);
                }
                throw e;
            }
        }
    }

    private Reply turn(UUID id, TurnContext turn, Deadline deadline, Timer.Sample timing, MessageKeys.Owned owned) {
        Verdict verdict = pipeline.decide(turn);
        TurnRecorder.Recorded recorded = recorder.record(turn, verdict, deadline.elapsedMillis(), owned == null ? null
                : (connection, r) -> keys.complete(connection, owned, toReply(id, turn, verdict, r.messageId(), r.handoff(), r.decisionId())));
        HandoffRef handoff = recorded.handoff();
        if (recorded.outboxId() != null) {
            // Always one attempt (escalation's own timeout bounds it): a slow turn still gets its ticket at once.
            handoff = handoffs.deliver(recorded.outboxId())
                    .map(t -> new HandoffRef(t.ticketId(), t.status())).orElse(new HandoffRef(null, "QUEUED"));
        }
        if (recorded.relayId() != null) {
            // The agent sees the message at once; if escalation-service is not there, the relay retries it.
            relay.deliverConversation(id);
        }
        timing.stop(metrics.timer("bot.turn.latency", "kind", verdict.kind().name(), "mode", turn.answerMode()));
        metrics.counter("bot.turns", "kind", verdict.kind().name()).increment();
        Reply reply = toReply(id, turn, verdict, recorded.messageId(), handoff, recorded.decisionId());
        if (owned != null && recorded.outboxId() != null && !handoff.equals(recorded.handoff())) {
            // The hand-off's ticket came after the commit: a replay answers with it too.
            keys.revise(owned, reply);
        }
        return reply;
    }

    private static Reply toReply(UUID id, TurnContext turn, Verdict verdict, UUID messageId, HandoffRef handoff, UUID decisionId) {
        return new Reply(messageId, id, verdict.author().name(), verdict.text(), verdict.kind().name(),
                TurnRecorder.sources(turn, verdict), explanation(turn, verdict), handoff, decisionId);
    }

    /**
     * The conversation if it exists and the caller may act on it: a customer only on their own. Another customer's
     * conversation answers 404 like one that does not exist, so its existence is not revealed (DESIGN.md,
     * Conventions) — but 403 to a caller who may read every conversation (a supervisor) and so knows it exists.
     */
    Conversation visible(UUID id, Access access) {
        Conversation c = Conversation.readOnly(id);
        if (c == null) {
            throw DomainException.notFound("Conversation");
        }
        if (access.customerOnly() && !c.subjectId.equals(access.subject())) {
            if (access.readsAny()) {
                throw DomainException.forbidden("Only the conversation's customer may do this");
            }
            throw DomainException.notFound("Conversation");
        }
        return c;
    }

    private static Views.Explanation explanation(TurnContext turn, Verdict verdict) {
        String top = turn.retrieval().map(r -> r.best().article().title()).orElse("");
        List<Views.GuardrailRun> guardrails = turn.guardrails().stream().map(g -> new Views.GuardrailRun(g.name(), g.outcome(), g.rule(), g.score())).toList();
        return new Views.Explanation(verdict.reasons(), Math.round(turn.confidence() * 1000) / 1000.0, guardrails,
                Replies.explain(verdict.kind().name(), verdict.reasons(), turn.confidence(), top));
    }

    static Views.DecisionView toView(DecisionRecord d) {
        return new Views.DecisionView(d.id, d.conversationId, d.turn, d.messageId, d.kind, DecisionRecord.list(d.reasons),
                d.confidence, DecisionRecord.list(d.guardrails), DecisionRecord.list(d.sources), d.answerMode,
                d.consentState, d.locale, d.channel, d.latencyMs, d.createdAt);
    }

    /**
     * Who is asking: with {@code customerOnly} the caller reaches only their own conversations for this action;
     * {@code readsAny} says whether they may read every conversation (and so may learn that another's exists).
     */
    public record Access(String subject, boolean customerOnly, boolean readsAny) {
    }
}
