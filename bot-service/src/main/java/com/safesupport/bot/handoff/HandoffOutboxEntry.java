package com.safesupport.bot.handoff;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

    public String status;

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

    public static List<HandoffOutboxEntry> due(Instant now, int limit) {
        return find("status = ?1 and nextAttemptAt <= ?2 order by createdAt", Status.PENDING.name(), now).page(0, limit).list();
    }

    public static String associatedData(UUID id) {
        return "bot.handoff:" + id;
    }
}
