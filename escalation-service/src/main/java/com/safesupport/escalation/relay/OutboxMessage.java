package com.safesupport.escalation.relay;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A reply or hand-back waiting for delivery to bot-service; the payload (it holds the agent's text) is sealed. */
@Entity
@Table(name = "relay_outbox")
public class OutboxMessage extends PanacheEntityBase {

    public enum Kind { AGENT_MESSAGE, HANDBACK }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "ticket_id")
    public UUID ticketId;
    @Column(name = "conversation_id")
    public UUID conversationId;
    public String kind;
    @Column(name = "key_id")
    public String keyId;
    @Column(name = "payload_sealed")
    public byte[] payloadSealed;
    public String status;
    public int attempts;
    @Column(name = "last_status")
    public Integer lastStatus;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    @Column(name = "locked_until")
    public Instant lockedUntil;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "delivered_at")
    public Instant deliveredAt;
    /** How the payload is bound: 1 = conversation and kind (rows before V4), 2 = also this row's id (all new rows). */
    @Column(name = "aad_version")
    public short aadVersion = ROW_BOUND;

    static final short CONVERSATION_BOUND = 1;
    static final short ROW_BOUND = 2;

    /** The AES-GCM associated data of this row's payload. */
    String associatedData() {
        String conversationAndKind = conversationId + ":" + kind;
        return aadVersion == CONVERSATION_BOUND ? "outbox:" + conversationAndKind : "outbox:" + id + ":" + conversationAndKind;
    }
}
