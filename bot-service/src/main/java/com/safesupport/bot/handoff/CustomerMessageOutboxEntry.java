package com.safesupport.bot.handoff;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A customer message written while a person holds the conversation, in the turn's transaction, and relayed to
 * escalation-service's ticket afterwards until it has it: never lost, and per conversation in transcript order (an
 * entry is due only when no earlier entry of its conversation is still pending). The body is stored sealed.
 */
@Entity
@Table(name = "customer_message_outbox")
public class CustomerMessageOutboxEntry extends PanacheEntityBase {

    public enum Status { PENDING, DELIVERED, REJECTED }

    @Id
    public UUID id;

    @Column(name = "conversation_id", nullable = false)
    public UUID conversationId;

    @Column(name = "subject_id", nullable = false)
    public String subjectId;

    @Column(name = "message_id", nullable = false)
    public UUID messageId;

    @Column(name = "message_seq", nullable = false)
    public int messageSeq;

    public int part;

    @Column(name = "idempotency_key", nullable = false, unique = true)
    public String idempotencyKey;

    /** The hand-off whose ticket this message goes to, while that ticket is not known. */
    @Column(name = "handoff_id")
    public UUID handoffId;

    @Column(name = "ticket_id")
    public String ticketId;

    @Column(name = "payload_key_id", nullable = false)
    public String payloadKeyId;

    @Column(name = "payload_sealed", nullable = false)
    public byte[] payloadSealed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    private static final String HEAD = """
            status = 'PENDING' and next_attempt_at <= ?1
            and not exists (select 1 from customer_message_outbox e where e.conversation_id = o.conversation_id
                            and e.status = 'PENDING' and (e.message_seq, e.part) < (o.message_seq, o.part))""";

    /**
     * Claims up to {@code limit} due entries that are the oldest pending one of their conversation and that no other
     * instance is delivering ({@code FOR UPDATE SKIP LOCKED}), and moves their next attempt to {@code until}. A claimed
     * entry stays pending, so the next one of its conversation waits until it is delivered (or rejected).
     */
    @SuppressWarnings("unchecked")
    public static List<UUID> claimDue(Instant now, Instant until, int limit) {
        List<UUID> ids = getEntityManager().createNativeQuery("select o.id from customer_message_outbox o where " + HEAD
                        + " order by o.created_at, o.message_seq, o.part limit ?2 for update of o skip locked", UUID.class)
                .setParameter(1, now).setParameter(2, limit).getResultList();
        if (!ids.isEmpty()) {
            update("nextAttemptAt = ?1 where id in ?2", until, ids);
        }
        return ids;
    }

    /** Claims the oldest pending entry of one conversation if it is due and no other instance has it. */
    @SuppressWarnings("unchecked")
    public static java.util.Optional<UUID> claimHead(UUID conversationId, Instant now, Instant until) {
        List<UUID> ids = getEntityManager().createNativeQuery("select o.id from customer_message_outbox o where o.conversation_id = ?2 and "
                        + HEAD + " for update of o skip locked", UUID.class)
                .setParameter(1, now).setParameter(2, conversationId).getResultList();
        if (ids.isEmpty()) {
            return java.util.Optional.empty();
        }
        update("nextAttemptAt = ?1 where id = ?2", until, ids.getFirst());
        return java.util.Optional.of(ids.getFirst());
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
