package com.safesupport.escalation.ticket;

/**
 * What a ticket change must tell the customer's conversation in bot-service. The agents' ticket work ({@code casework.TicketService}) fires it; the
 * relay package observes it synchronously and queues the message in the same transaction, so {@code ticket} does not
 * depend on {@code relay} (DESIGN.md, Conventions: no package cycles).
 */
public sealed interface CustomerRelay {

    Ticket ticket();

    /** A person's reply, for the customer. */
    record AgentMessage(Ticket ticket, String text, String agentName) implements CustomerRelay {
    }

    /** The conversation goes back to the assistant, with the agent's note if any. */
    record Handback(Ticket ticket, String note) implements CustomerRelay {
    }
}
