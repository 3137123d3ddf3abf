package com.safesupport.escalation.subject;

import com.safesupport.escalation.customer.CustomerTier;
import com.safesupport.escalation.ticket.Ticket;
import com.safesupport.escalation.ticket.TicketContent;
import com.safesupport.escalation.ticket.TicketNote;
import com.safesupport.platform.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@code /v1/subjects/{subjectId}/data} (DESIGN.md): everything held about a customer, and its erasure. */
@Path("/v1/subjects/{subjectId}/data")
@RolesAllowed(Roles.SVC_CONSENT)
@Produces(MediaType.APPLICATION_JSON)
public class SubjectDataResource {

    public record Note(String kind, String author, String text, Instant at) {
    }

    public record TicketRecord(String kind, UUID ticketId, UUID conversationId, String status, String priority,
                               List<String> reasons, String locale, String channel, String summary,
                               List<TicketContent.Line> transcript, List<Note> notes, Boolean handoffNeeded,
                               Instant createdAt, Instant resolvedAt) {
    }

    public record TierRecord(String kind, String tier, Instant updatedAt) {
    }

    public record Export(String service, String subjectId, Instant generatedAt, List<Object> records) {
    }

    public record Erasure(String service, String subjectId, Map<String, Integer> erased, Instant completedAt) {
    }

    @Inject
    TicketContent content;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @GET
    @Transactional
    public Export export(@PathParam("subjectId") String subjectId) {
        List<Object> records = new java.util.ArrayList<>();
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
        return new Export("escalation-service", subjectId, clock.instant(), records);
    }

    /** Deletes tickets with their notes, replies, events, SLA clocks and undelivered relays; idempotent. */
    @DELETE
    @Transactional
    public Erasure erase(@PathParam("subjectId") String subjectId) {
        Map<String, Integer> erased = new LinkedHashMap<>();
        erased.put("notes", count("""
                delete from ticket_note where ticket_id in (select id from ticket where subject_id = ?1)""", subjectId));
        erased.put("relayMessages", count("""
                delete from relay_outbox where ticket_id in (select id from ticket where subject_id = ?1)""", subjectId));
        count("delete from idempotency_key where ticket_id in (select id from ticket where subject_id = ?1)", subjectId);
        erased.put("tickets", count("delete from ticket where subject_id = ?1", subjectId));
        erased.put("customerTier", count("delete from customer_tier where subject_id = ?1", subjectId));
        return new Erasure("escalation-service", subjectId, erased, clock.instant());
    }

    private int count(String sql, String subjectId) {
        return em.createNativeQuery(sql).setParameter(1, subjectId).executeUpdate();
    }
}
