package com.safesupport.bot.handoff;

import java.util.UUID;

/**
 * escalation-service accepted a conversation's hand-off. Fired synchronously inside the transaction that marks the
 * outbox entry delivered, so the conversation's owner records the ticket in the same commit.
 */
public record HandoffDelivered(UUID conversationId, String ticketId, String status) {
}
