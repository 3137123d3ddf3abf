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
 * A hand-off written in the same transaction as the turn that decided it, delivered afterwards and retried until
 * escalation-service has it: never lost. The request body is stored sealed and resent unchanged.
 */
@Entity
@Table(name = "handoff_outbox")
public class HandoffOutboxEntry extends PanacheEntityBase {

    public enum Status { PENDING, DELIVERED, REJECTED }

    @Id
    public UUID id;

    @Column(name = "conversation_id", nullable = false)
    public UUID conversationId;

    @Column(name = "subject_id", nullable = false)
    public String subjectId;

    @Column(name = "idempotency_key", nullable = false, unique = true)
    public String idempotencyKey;

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

    @Column(name = "ticket_id")
    public String ticketId;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    /**
     * Claims up to {@code limit} due entries that no other instance is delivering ({@code FOR UPDATE SKIP LOCKED}),
     * oldest first, and moves their next attempt to {@code until}: replicas polling together each take different
     * entries, and an entry whose deliverer died is due again once the claim lapses. Runs in the caller's transaction.
     */
    @SuppressWarnings("unchecked")
    public static List<UUID> claimDue(Instant now, Instant until, int limit) {
        List<UUID> ids = getEntityManager().createNativeQuery("""
                        select id from handoff_outbox where status = 'PENDING' and next_attempt_at <= ?1
                        order by created_at limit ?2 for update skip locked""", UUID.class)
                .setParameter(1, now).setParameter(2, limit).getResultList();
        if (!ids.isEmpty()) {
            update("nextAttemptAt = ?1 where id in ?2", until, ids);
        }
        return ids;
    }

    /** Claims one entry as {@link #claimDue} does; false when it is not due, not pending or another instance has it. */
    public static boolean claim(UUID id, Instant now, Instant until) {
        List<?> locked = getEntityManager().createNativeQuery("""
                        select id from handoff_outbox where id = ?1 and status = 'PENDING' and next_attempt_at <= ?2
                        for update skip locked""", UUID.class)
                .setParameter(1, id).setParameter(2, now).getResultList();
        if (locked.isEmpty()) {
            return false;
        }
        update("nextAttemptAt = ?1 where id = ?2", until, id);
        return true;
    }

    public static String associatedData(UUID id) {
        return "bot.handoff:" + id;
    }
}
