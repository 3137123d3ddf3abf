package com.safesupport.bot.subject;

import com.safesupport.bot.consent.ConsentGate;
import com.safesupport.bot.conversation.Conversation;
import com.safesupport.bot.conversation.Message;
import com.safesupport.bot.decision.DecisionRecord;
import com.safesupport.bot.handoff.HandoffOutboxEntry;
import com.safesupport.platform.crypto.Sealer;
import com.safesupport.platform.subject.SubjectDataProvider;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything bot-service holds about a data subject, for access (Art. 15/20) and erasure (Art. 17). */
@ApplicationScoped
public class SubjectDataService implements SubjectDataProvider {

    @RegisterForReflection
    public record ConversationRecord(String kind, String id, Instant createdAt, Instant lastActivityAt, String locale,
                                     String channel, String control, String ticketId, List<Line> messages) {
    }

    @RegisterForReflection
    public record Line(String author, String kind, String text, Instant at) {
    }

    @RegisterForReflection
    public record DecisionData(String kind, String id, String conversationId, int turn, String decision, List<String> reasons,
                               double confidence, List<String> guardrails, List<String> sources, String answerMode,
                               String consentState, Instant createdAt) {
    }

    @RegisterForReflection
    public record HandoffData(String kind, String id, String conversationId, String status, String ticketId, Instant createdAt,
                              Instant deliveredAt) {
    }

    static final String SERVICE = "bot-service";

    @Inject
    Sealer sealer;

    @Inject
    ConsentGate consent;

    @Inject
    com.safesupport.bot.isolation.CustomerBudgets budgets;

    @Inject
    com.safesupport.bot.conversation.MessageKeys messageKeys;

    @Override
    public String service() {
        return SERVICE;
    }

    @Override
    @Transactional
    public List<Object> records(String subjectId) {
        List<Object> records = new ArrayList<>();
        for (Conversation c : Conversation.ofSubject(subjectId)) {
            List<Line> lines = Message.transcript(c.id).stream()
                    .map(m -> new Line(m.author.name(), m.kind.name(), sealer.openString(new Sealer.Sealed(m.textKeyId, m.textSealed),
                            Message.associatedData(m.id)), m.createdAt))
                    .toList();
            records.add(new ConversationRecord("conversation", c.id.toString(), c.createdAt, c.lastActivityAt, c.locale,
                    c.channel, c.control.name(), c.ticketId, lines));
        }
        for (DecisionRecord d : DecisionRecord.<DecisionRecord>list("subjectId = ?1 order by createdAt", subjectId)) {
            records.add(new DecisionData("decision-record", d.id.toString(), d.conversationId.toString(), d.turn, d.kind,
                    DecisionRecord.list(d.reasons), d.confidence, DecisionRecord.list(d.guardrails),
                    DecisionRecord.list(d.sources), d.answerMode, d.consentState, d.createdAt));
        }
        for (HandoffOutboxEntry h : HandoffOutboxEntry.<HandoffOutboxEntry>list("subjectId = ?1 order by createdAt", subjectId)) {
            records.add(new HandoffData("handoff", h.id.toString(), h.conversationId.toString(), h.status.name(), h.ticketId,
                    h.createdAt, h.deliveredAt));
        }
        return records;
    }

    /**
     * Erases the subject's conversations, transcripts, decision records, hand-offs, budget counters and message keys
     * (with their stored answers). Idempotent. Access ({@link #records}) does not list the keys: they hold digests and
     * a copy of answers the transcript already has, kept at most {@code bot.idempotency.retention}.
     */
    @Override
    @Transactional
    public Map<String, Long> erase(String subjectId) {
        List<Conversation> conversations = Conversation.ofSubject(subjectId);
        Map<String, Long> erased = new LinkedHashMap<>();
        long messages = 0;
        for (Conversation c : conversations) {
            messages += Message.delete("conversationId", c.id);
        }
        erased.put("messages", messages);
        erased.put("decisionRecords", DecisionRecord.delete("subjectId", subjectId));
        erased.put("handoffs", HandoffOutboxEntry.delete("subjectId", subjectId));
        erased.put("idempotencyKeys", messageKeys.forget(subjectId));
        erased.put("conversations", Conversation.delete("subjectId", subjectId));
        erased.put("budgetCounters", budgets.forget(subjectId));
        consent.forget(subjectId);
        return erased;
    }
}
