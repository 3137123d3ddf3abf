package com.safesupport.bot.conversation;

import com.safesupport.bot.answer.Answer;
import com.safesupport.bot.answer.Answerer;
import com.safesupport.bot.answer.ExtractiveAnswerer;
import com.safesupport.bot.answer.SupportAssistant;
import com.safesupport.bot.config.BotConfig;
import com.safesupport.bot.consent.ConsentCheck;
import com.safesupport.bot.consent.ConsentGate;
import com.safesupport.bot.conversation.Views.HandoffRef;
import com.safesupport.bot.conversation.Views.Reply;
import com.safesupport.bot.decision.DecisionRecord;
import com.safesupport.bot.guardrail.FrustrationTrend;
import com.safesupport.bot.guardrail.InputScreen;
import com.safesupport.bot.guardrail.InputVerdict;
import com.safesupport.bot.guardrail.PromptLeak;
import com.safesupport.bot.guardrail.Signal;
import com.safesupport.bot.handoff.HandoffReason;
import com.safesupport.bot.handoff.HandoffRequest;
import com.safesupport.bot.handoff.HandoffService;
import com.safesupport.bot.handoff.HandoffTicket;
import com.safesupport.bot.knowledge.KnowledgeBase;
import com.safesupport.bot.knowledge.Retrieval;
import com.safesupport.bot.redaction.Redacted;
import com.safesupport.bot.redaction.RedactionUnavailable;
import com.safesupport.bot.redaction.Redactor;
import com.safesupport.platform.crypto.Sealer;
import com.safesupport.platform.problem.DomainException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The conversation and its pipeline, for every customer message: consent (fail closed) → redaction (fail closed)
 * → input guardrails → retrieval → answer → output guardrails → reply with sources and explanation → a decision
 * record. Downstream calls happen outside transactions; each turn is persisted in one transaction, hand-off
 * included (outbox), and the hand-off is delivered right after the commit.
 */
@ApplicationScoped
public class ConversationService {

    @Inject
    Sealer sealer;

    @Inject
    ConsentGate consent;

    @Inject
    Redactor redactor;

    @Inject
    InputScreen inputScreen;

    @Inject
    KnowledgeBase knowledge;

    @Inject
    Answerer answerer;

    @Inject
    ExtractiveAnswerer extractive;

    @Inject
    HandoffService handoffs;

    @Inject
    TurnLimiter limiter;

    @Inject
    BotConfig config;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry metrics;

    /** Opens a conversation; its first message discloses that the customer talks to an AI. */
    public Views.ConversationView start(String subjectId, String locale, String channel) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Conversation c = new Conversation();
            c.id = UUID.randomUUID();
            c.subjectId = subjectId;
            c.locale = locale == null || locale.isBlank() ? "en" : locale;
            c.channel = channel == null || channel.isBlank() ? "web" : channel;
            c.control = Conversation.Control.AI.name();
            c.createdAt = clock.instant();
            c.lastActivityAt = c.createdAt;
            c.persist();
            append(c, Message.Author.AI, Message.Kind.DISCLOSURE, Replies.DISCLOSURE);
            metrics.counter("bot.conversations.started", "channel", c.channel).increment();
            return view(c);
        });
    }

    /** The conversation as its owner or a supervisor sees it: redacted transcript, who holds it. */
    public Views.ConversationView get(UUID id, Access access) {
        return QuarkusTransaction.requiringNew().call(() -> view(visible(id, access)));
    }

    public List<Views.DecisionView> decisions(UUID id, Access access) {
        return QuarkusTransaction.requiringNew().call(() -> {
            visible(id, access);
            return DecisionRecord.ofConversation(id).stream().map(ConversationService::toView).toList();
        });
    }

    /** One customer message through the whole pipeline. */
    public Reply reply(UUID id, Access access, String text) {
        Timer.Sample timing = Timer.start(metrics);
        long started = System.nanoTime();
        limiter.checkSize(text);
        Conversation snapshot = QuarkusTransaction.requiringNew().call(() -> visible(id, access));
        limiter.checkTurns(snapshot.turns);
        limiter.admit(id);

        Turn turn = new Turn();
        if (snapshot.heldByHuman()) {
            whileHumanHolds(snapshot, text, turn);
        } else {
            ConsentCheck check = consent.aiAssistance(snapshot.subjectId);
            turn.consentState = check.state();
            turn.ran("consent", check.outcome().name());
            Optional<Redacted> redacted = redact(text, snapshot);
            turn.ran("redaction", redacted.isPresent() ? "PASS" : "UNAVAILABLE");
            redacted.ifPresent(r -> {
                turn.redactedQuestion = r.text();
                turn.newTags = r.entitiesOrEmpty().stream().map(Redacted.Entity::replacement).toList();
            });
            if (!check.allowed()) {
                // No model, no retrieval: the customer is told why and a human takes over.
                turn.author = Message.Author.SYSTEM;
                turn.handOff(HandoffReason.NO_CONSENT);
                if (check.outcome() == ConsentCheck.Outcome.UNAVAILABLE) {
                    turn.handOff(HandoffReason.SYSTEM_DEGRADED);
                }
            } else if (redacted.isEmpty()) {
                turn.author = Message.Author.SYSTEM;
                turn.handOff(HandoffReason.SYSTEM_DEGRADED);
            } else {
                decide(snapshot, turn);
            }
            if (turn.handsOff()) {
                turn.text = Replies.handoff(turn.handoffReasons);
            }
        }
        long latency = (System.nanoTime() - started) / 1_000_000;
        Persisted persisted = QuarkusTransaction.requiringNew().call(() -> persist(id, turn, latency));
        HandoffRef handoff = persisted.handoff();
        if (persisted.outboxId() != null) {
            Optional<HandoffTicket> ticket = handoffs.deliver(persisted.outboxId());
            handoff = ticket.map(t -> new HandoffRef(t.ticketId(), t.status())).orElse(new HandoffRef(null, "QUEUED"));
        }
        timing.stop(metrics.timer("bot.turn.latency", "kind", turn.kind.name(), "mode", turn.answerMode));
        metrics.counter("bot.turns", "kind", turn.kind.name()).increment();
        return new Reply(persisted.messageId(), id, turn.author.name(), turn.text, turn.kind.name(), sources(turn),
                explanation(turn), handoff, persisted.decisionId());
    }

    private void whileHumanHolds(Conversation snapshot, String text, Turn turn) {
        // The AI never answers while a human holds the conversation; the message is kept (redacted) for the agent.
        turn.author = Message.Author.SYSTEM;
        turn.reasons.add("HUMAN_IN_CONTROL");
        turn.ran("human-in-control", "HIT");
        Optional<Redacted> redacted = redact(text, snapshot);
        redacted.ifPresent(r -> {
            turn.redactedQuestion = r.text();
            turn.newTags = r.entitiesOrEmpty().stream().map(Redacted.Entity::replacement).toList();
        });
        turn.ran("redaction", redacted.isPresent() ? "PASS" : "UNAVAILABLE");
        turn.reply(Message.Kind.ESCALATED, redacted.isPresent() ? Replies.HUMAN_HOLDS : Replies.HUMAN_HOLDS_WITHHELD);
    }

    /** Steps 3 to 6 of the pipeline, on redacted text with consent confirmed. */
    private void decide(Conversation snapshot, Turn turn) {
        String question = turn.redactedQuestion;
        InputVerdict verdict = inputScreen.screen(question);
        turn.ran("explanation-request", verdict.explanationRequest() ? "HIT" : "PASS");
        if (verdict.explanationRequest()) {
            explainLast(snapshot, turn);
            return;
        }
        verdict.signal("human-request").ifPresentOrElse(turn::ran, () -> turn.ran("human-request", verdict.humanRequest() ? "HIT" : "PASS"));
        if (verdict.humanRequest()) {
            hit("human-request");
            turn.handOff(HandoffReason.HUMAN_REQUESTED);
            return;
        }
        turn.ran("sensitive-topic", verdict.sensitiveTopic().map(c -> "HIT:" + c).orElse("PASS"));
        if (verdict.sensitiveTopic().isPresent()) {
            hit("sensitive-topic");
            turn.handOff(HandoffReason.SENSITIVE_TOPIC);
            return;
        }
        verdict.signal("prompt-injection").ifPresentOrElse(turn::ran, () -> turn.ran("prompt-injection", verdict.injection() ? "HIT" : "PASS"));
        if (verdict.injection()) {
            hit("prompt-injection");
            turn.reasons.add("PROMPT_INJECTION");
            turn.reasons.add(HandoffReason.GUARDRAIL_BLOCKED.name());
            turn.reply(Message.Kind.REFUSED, Replies.INJECTION);
            return;
        }
        // Frustration over the last turns: two negative messages in a row, or a clearly frustrated one after two turns.
        FrustrationTrend trend = FrustrationTrend.next(snapshot.negativeStreak, snapshot.turns, verdict);
        turn.negativeStreak = trend.negativeStreak();
        turn.ran("abuse", verdict.abuse() ? "HIT" : "PASS");
        Signal frustration = verdict.signal("frustration").orElse(new Signal("frustration", verdict.frustrated(), Optional.empty(), verdict.frustration()));
        turn.guardrails.add(new Views.GuardrailRun("frustration", turn.negativeStreak > 0 ? "HIT:" + turn.negativeStreak : "PASS",
                frustration.rule().orElse(null), frustration.score()));
        if (trend.handOver()) {
            hit("frustration");
            turn.handOff(HandoffReason.NEGATIVE_SENTIMENT);
            return;
        }
        if (verdict.abuse()) {
            hit("abuse");
            turn.reasons.add("ABUSE");
            turn.reply(Message.Kind.REFUSED, Replies.ABUSE);
            return;
        }

        // The message's embedding is computed once: the guardrails above and this search share it (Embedder).
        Retrieval retrieval = knowledge.search(question, config.knowledge().topK());
        turn.retrieval = retrieval;
        turn.confidence = retrieval.confidence();
        verdict.signal("scope").ifPresent(turn::ran);
        if (retrieval.confidence() < config.answer().answerThreshold() || verdict.outOfScope()) {
            boolean outOfScope = retrieval.confidence() < config.answer().scopeThreshold() || verdict.outOfScope();
            HandoffReason reason = outOfScope ? HandoffReason.OUT_OF_SCOPE : HandoffReason.LOW_CONFIDENCE;
            turn.unhelpfulStreak = snapshot.unhelpfulStreak + 1;
            turn.reasons.add(reason.name());
            if (turn.unhelpfulStreak >= 2) {
                turn.handOff(HandoffReason.REPEATED_FAILURE, reason);
                return;
            }
            if (outOfScope) {
                turn.reply(Message.Kind.REFUSED, Replies.OUT_OF_SCOPE);
            } else {
                turn.reply(Message.Kind.CLARIFY, Replies.clarify(retrieval.hits().stream().map(h -> h.article().title()).toList()));
            }
            return;
        }

        Answer answer = answerer.answer(question, retrieval);
        turn.answerMode = answer.mode();
        answer.guardrails().forEach(g -> turn.ran(g, answer.fallback() == null ? "PASS" : "FALLBACK:" + answer.fallback()));
        Optional<String> blocked = outputBlocked(answer.text(), retrieval, snapshot, turn);
        if (blocked.isPresent() && answerer.llmMode() && "llm".equals(answer.mode())) {
            // The model's answer failed a check: the extractive answer is always grounded, try it once.
            Answer fallback = extractive.answer(retrieval);
            turn.answerMode = "extractive";
            turn.ran("output-fallback", "FALLBACK:" + blocked.get());
            blocked = outputBlocked(fallback.text(), retrieval, snapshot, turn);
            if (blocked.isEmpty()) {
                answered(turn, fallback.text());
                return;
            }
        }
        if (blocked.isPresent()) {
            hit(blocked.get());
            turn.handOff("redaction-unavailable".equals(blocked.get()) ? HandoffReason.SYSTEM_DEGRADED : HandoffReason.GUARDRAIL_BLOCKED);
            return;
        }
        answered(turn, answer.text());
    }

    private static void answered(Turn turn, String text) {
        turn.unhelpfulStreak = 0;
        turn.reasons.add("ANSWERED");
        turn.reply(Message.Kind.ANSWER, text);
    }

    /**
     * The output guardrails: no system-prompt leak, and no personal data but this conversation's own tags or
     * values printed in the retrieved articles (a bank's public phone number is not a leak).
     */
    private Optional<String> outputBlocked(String reply, Retrieval retrieval, Conversation snapshot, Turn turn) {
        if (PromptLeak.leaks(reply, SupportAssistant.SYSTEM_PROMPT)) {
            turn.ran("system-prompt-leak", "HIT");
            return Optional.of("system-prompt-leak");
        }
        turn.ran("system-prompt-leak", "PASS");
        Redacted checked;
        try {
            checked = redactor.pseudonymize(reply, snapshot.id.toString(), snapshot.subjectId);
        } catch (RedactionUnavailable e) {
            turn.ran("personal-data-leak", "UNAVAILABLE");
            return Optional.of("redaction-unavailable");
        }
        Set<String> own = snapshot.tags();
        own.addAll(turn.newTags);
        String sources = retrieval.hits().stream().map(h -> h.article().body()).collect(Collectors.joining("\n"));
        for (Redacted.Entity e : checked.entitiesOrEmpty()) {
            String value = e.start() >= 0 && e.end() <= reply.length() && e.start() < e.end() ? reply.substring(e.start(), e.end()) : "";
            boolean public_ = !value.isEmpty() && sources.contains(value);
            if (!public_ && !own.contains(e.replacement())) {
                turn.ran("personal-data-leak", "HIT");
                return Optional.of("personal-data-leak");
            }
        }
        turn.ran("personal-data-leak", "PASS");
        return Optional.empty();
    }

    private void explainLast(Conversation snapshot, Turn turn) {
        DecisionRecord last = QuarkusTransaction.requiringNew().call(() -> DecisionRecord.lastOf(snapshot.id));
        turn.reasons.add("EXPLANATION");
        if (last == null) {
            turn.reply(Message.Kind.ANSWER, "I have not made any decision in this conversation yet. When I answer, "
                    + "I use our help articles and tell you which one; you can ask for a person at any time.");
            return;
        }
        String topTitle = DecisionRecord.split(last.sources).stream().findFirst()
                .map(s -> s.substring(0, s.lastIndexOf(':'))).map(knowledge::article).map(a -> a.title()).orElse("");
        String account = Replies.explain(last.kind, DecisionRecord.split(last.reasons), last.confidence, topTitle);
        String checks = DecisionRecord.split(last.guardrails).stream()
                .map(g -> g.replace(";rule=", " by rule ").replace(";score=", " at score ").replace('=', ' ').toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.joining("; "));
        turn.reply(Message.Kind.ANSWER, "About my previous reply: " + account + " Checks that ran: " + checks
                + ". If you disagree with my decision, ask for a person and they will review it.");
        turn.confidence = last.confidence;
    }

    private Optional<Redacted> redact(String text, Conversation snapshot) {
        try {
            return Optional.of(redactor.pseudonymize(text, snapshot.id.toString(), snapshot.subjectId));
        } catch (RedactionUnavailable e) {
            return Optional.empty();
        }
    }

    private record Persisted(UUID messageId, UUID decisionId, UUID outboxId, HandoffRef handoff) {
    }

    private Persisted persist(UUID id, Turn turn, long latencyMs) {
        Conversation c = Conversation.locked(id);
        if (c == null) {
            throw DomainException.notFound("Conversation");
        }
        Instant now = clock.instant();
        c.turns++;
        c.lastActivityAt = now;
        c.addTags(turn.newTags);
        if (turn.unhelpfulStreak != null) {
            c.unhelpfulStreak = turn.unhelpfulStreak;
        }
        if (turn.negativeStreak != null) {
            c.negativeStreak = turn.negativeStreak;
        }
        append(c, Message.Author.CUSTOMER, Message.Kind.QUESTION,
                turn.redactedQuestion != null ? turn.redactedQuestion : "[message withheld: personal data could not be removed]");
        Message reply = append(c, turn.author, turn.kind, turn.text);

        DecisionRecord record = new DecisionRecord();
        record.id = UUID.randomUUID();
        record.conversationId = c.id;
        record.subjectId = c.subjectId;
        record.turn = c.turns;
        record.messageId = reply.id;
        record.kind = turn.kind.name();
        record.reasons = String.join(",", turn.reasons);
        record.confidence = turn.confidence;
        record.guardrails = turn.guardrails.stream().map(Views.GuardrailRun::recorded).collect(Collectors.joining(","));
        record.sources = sources(turn).stream().map(s -> s.articleId() + ":" + String.format(java.util.Locale.ROOT, "%.3f", s.score()))
                .collect(Collectors.joining(","));
        record.answerMode = turn.answerMode;
        record.consentState = turn.consentState;
        record.locale = c.locale;
        record.channel = c.channel;
        record.latencyMs = latencyMs;
        record.createdAt = now;
        record.persist();

        UUID outbox = null;
        HandoffRef handoff = c.heldByHuman() ? new HandoffRef(c.ticketId, c.handoffStatus) : null;
        if (turn.handsOff() && !c.heldByHuman()) {
            c.unhelpfulStreak = 0;
            c.negativeStreak = 0;
            outbox = handoffs.enqueue(c, c.turns, handoffRequest(c, turn));
            handoff = new HandoffRef(null, "QUEUED");
        }
        return new Persisted(reply.id, record.id, outbox, handoff);
    }

    private HandoffRequest handoffRequest(Conversation c, Turn turn) {
        List<HandoffRequest.Line> transcript = Message.transcript(c.id).stream()
                .map(m -> new HandoffRequest.Line(m.author, open(m), m.createdAt))
                .toList();
        List<String> decisions = DecisionRecord.ofConversation(c.id).stream().map(d -> d.id.toString()).toList();
        String topic = turn.retrieval == null ? "" : " Closest help article: \"" + turn.retrieval.best().article().title()
                + "\" (match " + String.format(java.util.Locale.ROOT, "%.2f", turn.confidence) + ").";
        String summary = "Hand-off after " + c.turns + " customer message(s); reasons: "
                + turn.handoffReasons.stream().map(Enum::name).collect(Collectors.joining(", ")) + "." + topic;
        return new HandoffRequest(c.id.toString(), c.subjectId, turn.handoffReasons.stream().map(Enum::name).toList(),
                c.locale, c.channel, summary, transcript, decisions);
    }

    /** Appends a message to the transcript, sealed; the caller's transaction holds the conversation lock. */
    Message append(Conversation c, Message.Author author, Message.Kind kind, String text) {
        Message m = new Message();
        m.id = UUID.randomUUID();
        m.conversationId = c.id;
        m.seq = c.nextSeq++;
        m.author = author.name();
        m.kind = kind.name();
        Sealer.Sealed sealed = sealer.seal(text, Message.associatedData(m.id));
        m.textKeyId = sealed.keyId();
        m.textSealed = sealed.ciphertext();
        m.createdAt = clock.instant();
        m.persist();
        return m;
    }

    String open(Message m) {
        return sealer.openString(new Sealer.Sealed(m.textKeyId, m.textSealed), Message.associatedData(m.id));
    }

    Views.ConversationView view(Conversation c) {
        List<Views.TranscriptLine> lines = new ArrayList<>();
        for (Message m : Message.transcript(c.id)) {
            lines.add(new Views.TranscriptLine(m.id, m.seq, m.author, m.kind, open(m), m.createdAt));
        }
        HandoffRef handoff = c.handoffStatus == null ? null : new HandoffRef(c.ticketId, c.handoffStatus);
        return new Views.ConversationView(c.id, c.subjectId, c.locale, c.channel, c.control, handoff, c.createdAt, lines);
    }

    /** The conversation if it exists and the caller may see it: a customer only their own (403 otherwise). */
    Conversation visible(UUID id, Access access) {
        Conversation c = Conversation.findById(id);
        if (c == null) {
            throw DomainException.notFound("Conversation");
        }
        if (access.customerOnly() && !c.subjectId.equals(access.subject())) {
            throw DomainException.forbidden("This conversation belongs to another customer");
        }
        return c;
    }

    private void hit(String guardrail) {
        metrics.counter("bot.guardrail.hits", "guardrail", guardrail).increment();
    }

    private static List<Views.Source> sources(Turn turn) {
        if (turn.retrieval == null || turn.kind == Message.Kind.REFUSED) {
            return List.of();
        }
        return turn.retrieval.hits().stream()
                .map(h -> new Views.Source(h.article().id(), h.article().title(), Math.round(h.score() * 1000) / 1000.0))
                .toList();
    }

    private static Views.Explanation explanation(Turn turn) {
        String top = turn.retrieval == null ? "" : turn.retrieval.best().article().title();
        return new Views.Explanation(List.copyOf(turn.reasons), Math.round(turn.confidence * 1000) / 1000.0,
                List.copyOf(turn.guardrails), Replies.explain(turn.kind.name(), turn.reasons, turn.confidence, top));
    }

    static Views.DecisionView toView(DecisionRecord d) {
        return new Views.DecisionView(d.id, d.conversationId, d.turn, d.messageId, d.kind, DecisionRecord.split(d.reasons),
                d.confidence, DecisionRecord.split(d.guardrails), DecisionRecord.split(d.sources), d.answerMode,
                d.consentState, d.locale, d.channel, d.latencyMs, d.createdAt);
    }

    /** Who is asking: a customer reaches only their own conversations; other allowed roles reach any. */
    public record Access(String subject, boolean customerOnly) {
    }
}
