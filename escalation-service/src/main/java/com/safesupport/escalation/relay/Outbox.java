package com.safesupport.escalation.relay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safesupport.escalation.ticket.CustomerRelay;
import com.safesupport.escalation.ticket.Ticket;
import com.safesupport.platform.crypto.Sealer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;

/** Queues a message for bot-service inside the ticket's transaction; {@link OutboxDispatcher} delivers it. */
@ApplicationScoped
public class Outbox {

    /** Fired when a message was queued, so that delivery starts right after commit instead of at the next poll. */
    public record Queued(long id) {
    }

    @Inject
    Sealer sealer;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    Event<Queued> queued;

    /** Queues what a ticket change tells the customer, in the firing transaction (a synchronous observer). */
    void relay(@Observes CustomerRelay message) {
        switch (message) {
            case CustomerRelay.AgentMessage m -> agentMessage(m.ticket(), m.text(), m.agentName());
            case CustomerRelay.Handback h -> handback(h.ticket(), h.note());
        }
    }

    public void agentMessage(Ticket ticket, String text, String agentName) {
        add(ticket, OutboxMessage.Kind.AGENT_MESSAGE, new BotApi.AgentMessage(text, agentName, ticket.id));
    }

    public void handback(Ticket ticket, String note) {
        add(ticket, OutboxMessage.Kind.HANDBACK, new BotApi.Handback(ticket.id, note));
    }

    private void add(Ticket ticket, OutboxMessage.Kind kind, Object payload) {
        Instant now = clock.instant();
        OutboxMessage message = new OutboxMessage();
        message.ticketId = ticket.id;
        message.conversationId = ticket.conversationId;
        message.kind = kind.name();
        message.status = "PENDING";
        message.nextAttemptAt = now;
        message.createdAt = now;
        // The payload is bound to the row's id, which the database assigns: insert, then seal, in one transaction
        // (the dispatcher only sees the row after commit, sealed).
        message.keyId = sealer.activeKeyId();
        message.payloadSealed = new byte[0];
        message.persist();
        message.flush();
        try {
            Sealer.Sealed sealed = sealer.seal(json.writeValueAsBytes(payload), message.associatedData());
            message.keyId = sealed.keyId();
            message.payloadSealed = sealed.ciphertext();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Outbox payload could not be serialised", e);
        }
        message.flush();
        queued.fire(new Queued(message.id));
    }

}
