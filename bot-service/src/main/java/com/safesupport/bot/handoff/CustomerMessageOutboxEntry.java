package com.safesupport.bot.handoff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A customer message written while a person holds the conversation, in the turn's transaction, and relayed to
 * escalation-service's ticket ({@link #ticketId}) afterwards until it has it: never lost, and per conversation in
 * transcript order (an entry is due only when no earlier entry of its conversation is still pending). The body is
 * stored sealed.
 */
@Entity
@Table(name = "customer_message_outbox")
public class CustomerMessageOutboxEntry extends OutboxEntry {

    @Column(name = "message_id", nullable = false)
    public UUID messageId;

    @Column(name = "message_seq", nullable = false)
    public int messageSeq;

    public int part;

    /** The hand-off whose ticket this message goes to, while that ticket is not known. */
    @Column(name = "handoff_id")
    public UUID handoffId;

    private static final String HEAD = """
            status = 'PENDING' and next_attempt_at <= ?1
            and not exists (select 1 from customer_message_outbox e where e.conversation_id = o.conversation_id
                            and e.status = 'PENDING' and (e.message_seq, e.part) < (o.message_seq, o.part))""";

    /**
     * Claims up to {@code limit} due entries that are the oldest pending one of their conversation and that no other
     * instance is delivering ({@code FOR UPDATE SKIP LOCKED}), and moves their next attempt to {@code until}. A claimed
     * entry stays pending, so the next one of its conversation waits until it is delivered (or rejected).
     */
    public static List<UUID> claimDue(Instant now, Instant until, int limit) {
        return claimIds(CustomerMessageOutboxEntry.class, until, "select o.id from customer_message_outbox o where " + HEAD
                + " order by o.created_at, o.message_seq, o.part limit ?2 for update of o skip locked", now, limit);
    }

    /** Claims the oldest pending entry of one conversation if it is due and no other instance has it. */
    public static Optional<UUID> claimHead(UUID conversationId, Instant now, Instant until) {
        return claimIds(CustomerMessageOutboxEntry.class, until, "select o.id from customer_message_outbox o where o.conversation_id = ?2 and "
                + HEAD + " for update of o skip locked", now, conversationId).stream().findFirst();
    }

    /** A hand-off got its ticket: the messages waiting for it learn it and are due at once. */
    public static int ticketKnown(UUID handoffId, String ticketId, Instant now) {
        return update("ticketId = ?1, nextAttemptAt = ?2 where handoffId = ?3 and ticketId is null and status = ?4",
                ticketId, now, handoffId, Status.PENDING);
    }

    public static String associatedData(UUID id) {
        return "bot.customer-message:" + id;
    }
}
