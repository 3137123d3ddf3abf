package com.safesupport.bot.decision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the bot decided on one turn and why (GDPR Art. 22 / 15(1)(h)): kind, reasons, confidence, guardrails,
 * sources, answer mode, consent state. No message text: the transcript holds that, sealed.
 * Lists are PostgreSQL {@code text[]} columns (as in escalation-service); {@code sources} holds
 * {@code articleId:score} pairs.
 */
@Entity
@Table(name = "decision_record")
public class DecisionRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "conversation_id", nullable = false)
    public UUID conversationId;

    @Column(name = "subject_id", nullable = false)
    public String subjectId;

    public int turn;

    @Column(name = "message_id")
    public UUID messageId;

    public String kind;

    @Column(nullable = false)
    public String[] reasons = new String[0];

    public double confidence;

    @Column(nullable = false)
    public String[] guardrails = new String[0];

    @Column(nullable = false)
    public String[] sources = new String[0];

    @Column(name = "answer_mode")
    public String answerMode;

    @Column(name = "consent_state")
    public String consentState;

    public String locale;

    public String channel;

    @Column(name = "latency_ms")
    public long latencyMs;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static List<DecisionRecord> ofConversation(UUID conversationId) {
        return list("conversationId = ?1 order by turn, createdAt", conversationId);
    }

    /** The ids of a conversation's decision records in {@link #ofConversation}'s order, without loading the records. */
    public static List<UUID> idsOf(UUID conversationId) {
        return getEntityManager().createQuery(
                        "select d.id from DecisionRecord d where d.conversationId = ?1 order by d.turn, d.createdAt", UUID.class)
                .setParameter(1, conversationId).getResultList();
    }

    public static DecisionRecord lastOf(UUID conversationId) {
        return find("conversationId = ?1 order by turn desc, createdAt desc", conversationId).firstResult();
    }

    /** A list column as an immutable list (empty for null). */
    public static List<String> list(String[] values) {
        return values == null ? List.of() : List.of(values);
    }
}
