package com.safesupport.escalation.ticket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;

/** Records a ticket event in the history and announces it to observers once the transaction commits. */
@ApplicationScoped
public class TicketEvents {

    @Inject
    Event<TicketChanged> changed;

    @Inject
    Clock clock;

    @Inject
    QueueCodes queues;

    public void record(Ticket ticket, String type, String actor, String detail) {
        Instant now = clock.instant();
        TicketEvent event = new TicketEvent();
        event.ticketId = ticket.id;
        event.queueId = ticket.queueId;
        event.type = type;
        event.actor = actor;
        event.detail = detail;
        event.at = now;
        event.persist();
        changed.fire(new TicketChanged(type, ticket.id, queues.code(ticket.queueId), ticket.status, ticket.priority,
                actor, detail, now, ticket.queueId));
    }
}
