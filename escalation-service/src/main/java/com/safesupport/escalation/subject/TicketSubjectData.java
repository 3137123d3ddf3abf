package com.safesupport.escalation.subject;

import com.safesupport.escalation.customer.CustomerTier;
import com.safesupport.escalation.ticket.Ticket;
import com.safesupport.escalation.ticket.TicketContent;
import com.safesupport.escalation.ticket.TicketNote;
import com.safesupport.platform.subject.SubjectDataProvider;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** escalation-service's side of the subject-data contract (DESIGN.md): a customer's tickets and tier, and their erasure. */
@ApplicationScoped
public class TicketSubjectData implements SubjectDataProvider {

    static final String SERVICE = "escalation-service";

    // The records leave as List<Object>: a native image needs them registered for Jackson (500s in SubjectDataIT).
    @RegisterForReflection
    public record Note(String kind, String author, String text, Instant at) {
    }

    @RegisterForReflection
    public record TicketRecord(String kind, UUID ticketId, UUID conversationId, String status, String priority,
                               List<String> reasons, String locale, String channel, String summary,
                               List<TicketContent.Line> transcript, List<Note> notes, Boolean handoffNeeded,
                               Instant createdAt, Instant resolvedAt) {
    }

    @RegisterForReflection
    public record TierRecord(String kind, String tier, Instant updatedAt) {
    }

    @Inject
    TicketContent content;

    @Inject
    EntityManager em;

    @Override
    public String service() {
        return SERVICE;
    }

    @Override
    @Transactional
    public List<Object> records(String subjectId) {
        List<Object> records = new ArrayList<>();
        for (Ticket t : Ticket.<Ticket>list("subjectId = ?1 order by createdAt", subjectId)) {
            TicketContent.Content opened = content.open(t);
            List<Note> notes = TicketNote.ofTicket(t.id).stream()
                    .map(n -> new Note(n.kind, n.author, content.openText(n), n.at)).toList();
            records.add(new TicketRecord("ticket", t.id, t.conversationId, t.status.name(), t.priority.name(), List.of(t.reasons),
                    t.locale, t.channel, opened.summary(), opened.transcript(), notes, t.handoffNeeded, t.createdAt, t.resolvedAt));
        }
        CustomerTier tier = CustomerTier.findById(subjectId);
        if (tier != null) {
            records.add(new TierRecord("customer-tier", tier.tier, tier.updatedAt));
        }
        return records;
    }

    /** Deletes tickets with their notes, replies, events, SLA clocks and undelivered relays; idempotent. */
    @Override
    @Transactional
    public Map<String, Long> erase(String subjectId) {
        Map<String, Long> erased = new LinkedHashMap<>();
        erased.put("notes", count("""
                delete from ticket_note where ticket_id in (select id from ticket where subject_id = ?1)""", subjectId));
        erased.put("relayMessages", count("""
                delete from relay_outbox where ticket_id in (select id from ticket where subject_id = ?1)""", subjectId));
        count("delete from idempotency_key where ticket_id in (select id from ticket where subject_id = ?1)", subjectId);
        count("delete from customer_message_key where ticket_id in (select id from ticket where subject_id = ?1)", subjectId);
        erased.put("tickets", count("delete from ticket where subject_id = ?1", subjectId));
        erased.put("customerTier", count("delete from customer_tier where subject_id = ?1", subjectId));
        return erased;
    }

    private long count(String sql, String subjectId) {
        return em.createNativeQuery(sql).setParameter(1, subjectId).executeUpdate();
    }
}
