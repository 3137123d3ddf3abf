package com.safesupport.bot.conversation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import org.hibernate.ReadOnlyMode;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A customer's conversation: who holds it (the AI or a human), its counters and the tags seen in it. */
@Entity
@Table(name = "conversation")
public class Conversation extends PanacheEntityBase {

    public enum Control { AI, HUMAN }

    @Id
    public UUID id;

    @Column(name = "subject_id", nullable = false)
    public String subjectId;

    public String locale;

    public String channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Control control;

    @Column(name = "ticket_id")
    public String ticketId;

    @Column(name = "handoff_status")
    public String handoffStatus;

    @Column(name = "next_seq")
    public int nextSeq;

    public int turns;

    @Column(name = "unhelpful_streak")
    public int unhelpfulStreak;

    @Column(name = "negative_streak")
    public int negativeStreak;

    /** The customer's last questions as 8-bit embeddings of the redacted text (Repetition.remember); null before the first. */
    @Column(name = "recent_questions")
    public byte[] recentQuestions;

    @Column(name = "repeat_streak")
    public int repeatStreak;

    @Column(name = "known_tags", nullable = false)
    public String[] knownTags = new String[0];

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_activity_at", nullable = false)
    public Instant lastActivityAt;

    public boolean heldByHuman() {
        return control == Control.HUMAN;
    }

    public Set<String> tags() {
        return knownTags == null ? new LinkedHashSet<>() : new LinkedHashSet<>(Arrays.asList(knownTags));
    }

    public void addTags(Iterable<String> tags) {
        Set<String> all = tags();
        tags.forEach(t -> {
            if (t != null && !t.isBlank()) {
                all.add(t);
            }
        });
        knownTags = all.toArray(String[]::new);
    }

    /** The conversation, locked for this transaction: turns of one conversation are numbered one at a time. */
    public static Conversation locked(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * The conversation to read, not to change: Hibernate keeps no snapshot of it and compares nothing at the flush
     * before a query or at commit (a turn's admission reads it and then runs the budget statement).
     */
    public static Conversation readOnly(UUID id) {
        return getEntityManager().find(Conversation.class, id, ReadOnlyMode.READ_ONLY);
    }

    public static List<Conversation> ofSubject(String subjectId) {
        return list("subjectId = ?1 order by createdAt", subjectId);
    }
}
