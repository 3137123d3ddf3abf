package com.safesupport.bot.conversation;

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

/** One message of a transcript. The text is redacted before it gets here and sealed (AES-256-GCM) at rest. */
@Entity
@Table(name = "message")
public class Message extends PanacheEntityBase {

    public enum Author { CUSTOMER, AI, AGENT, SYSTEM }

    public enum Kind { QUESTION, ANSWER, CLARIFY, ESCALATED, REFUSED, DISCLOSURE, AGENT_REPLY, HANDBACK }

    @Id
    public UUID id;

    @Column(name = "conversation_id", nullable = false)
    public UUID conversationId;

    public int seq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Author author;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "text_key_id", nullable = false)
    public String textKeyId;

    @Column(name = "text_sealed", nullable = false)
    public byte[] textSealed;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The sender's Idempotency-Key for relayed agent messages, so a redelivery is recognised. */
    @Column(name = "delivery_key")
    public String deliveryKey;

    public static java.util.Optional<Message> delivered(UUID conversationId, String deliveryKey) {
        return find("conversationId = ?1 and deliveryKey = ?2", conversationId, deliveryKey).firstResultOptional();
    }

    public static List<Message> transcript(UUID conversationId) {
        return list("conversationId = ?1 order by seq", conversationId);
    }

    /** The associated data of the sealed text: a ciphertext moved to another row no longer opens. */
    public static String associatedData(UUID id) {
        return "bot.message:" + id;
    }
}
