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
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A customer message the bot relays while a human holds the conversation (already redacted): appended to the sealed
 * transcript; a ticket waiting on the customer goes back to IN_PROGRESS and the next-response clock starts.
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

    @Transactional
    public void append(UUID ticketId, Message message) {
        Ticket ticket = Ticket.findById(ticketId, LockModeType.PESSIMISTIC_WRITE);
        if (ticket == null) {
            throw DomainException.notFound("Ticket " + ticketId);
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
    }
}
