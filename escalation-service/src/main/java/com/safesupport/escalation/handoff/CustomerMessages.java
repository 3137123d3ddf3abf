package com.safesupport.escalation.handoff;

import com.safesupport.escalation.sla.SlaService;
import com.safesupport.escalation.ticket.Ticket;
import com.safesupport.escalation.ticket.TicketChanged;
import com.safesupport.escalation.ticket.TicketContent;
import com.safesupport.escalation.ticket.TicketEvents;
import com.safesupport.escalation.ticket.TicketStatus;
import com.safesupport.platform.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * A customer message the bot relays while a human holds the conversation (already redacted): appended to the sealed
 * transcript; a ticket waiting on the customer goes back to IN_PROGRESS and the next-response clock starts. With an
 * Idempotency-Key, a retry of a message already appended (same ticket, key and request) appends nothing, records no
 * event and is answered as the first time; the same key with another message is 422.
 */
@ApplicationScoped
public class CustomerMessages {

    public record Message(@NotBlank @Size(max = 8000) String text, Instant at) {
    }

    @Inject
    TicketContent content;

    @Inject
    TicketEvents events;

    @Inject
    SlaService sla;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    /** Appends the message; false if it is a replay of one appended under the same key (nothing changes then). */
    @Transactional
    public boolean append(UUID ticketId, String idempotencyKey, Message message) {
        Ticket ticket = Ticket.findById(ticketId, LockModeType.PESSIMISTIC_WRITE);
        if (ticket == null) {
            throw DomainException.notFound("Ticket " + ticketId);
        }
        // The ticket's lock orders requests of one ticket: a key is looked up and written under it.
        String hash = idempotencyKey == null ? null : hash(message);
        if (idempotencyKey != null) {
            List<?> seen = em.createNativeQuery("select request_hash from customer_message_key where ticket_id = ?1 and idem_key = ?2")
                    .setParameter(1, ticketId).setParameter(2, idempotencyKey).getResultList();
            if (!seen.isEmpty()) {
                if (!hash.equals(seen.getFirst())) {
                    throw new DomainException(422, "idempotency-key-reused", "Unprocessable Content",
                            "This Idempotency-Key was used with a different message");
                }
                return false;
            }
        }
        if (!ticket.status.isOpen()) {
            throw DomainException.conflict("ticket-closed", "The ticket is " + ticket.status + "; the AI holds the conversation again");
        }
        Instant now = clock.instant();
        TicketContent.Content opened = content.open(ticket);
        List<TicketContent.Line> lines = new ArrayList<>(opened.transcript());
        lines.add(new TicketContent.Line("CUSTOMER", message.text(), message.at() == null ? now : message.at()));
        content.seal(ticket, new TicketContent.Content(opened.summary(), lines));
        if (ticket.status == TicketStatus.WAITING_ON_CUSTOMER) {
            sla.resume(ticket, now);
            ticket.status = TicketStatus.IN_PROGRESS;
        }
        sla.customerReplied(ticket, now);
        ticket.updatedAt = now;
        events.record(ticket, TicketChanged.CUSTOMER_MESSAGE, "client:bot", "status=" + ticket.status);
        if (idempotencyKey != null) {
            em.createNativeQuery("insert into customer_message_key (ticket_id, idem_key, request_hash, created_at) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, ticketId).setParameter(2, idempotencyKey).setParameter(3, hash)
                    .setParameter(4, java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC)).executeUpdate();
        }
        return true;
    }

    /** The request as sent: the text and the time (absent or not), hashed. */
    static String hash(Message message) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(message.text().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(String.valueOf(message.at()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
