package com.safesupport.bot.conversation;

import com.safesupport.bot.handoff.HandoffDelivered;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** A delivered hand-off gives the conversation its ticket (in the transaction that marked the outbox entry). */
@ApplicationScoped
public class HandoffTickets {

    void delivered(@Observes HandoffDelivered event) {
        Conversation conversation = Conversation.findById(event.conversationId());
        if (conversation != null && conversation.heldByHuman()) {
            conversation.ticketId = event.ticketId();
            conversation.handoffStatus = event.status();
        }
    }
}
