package com.safesupport.bot.conversation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

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

    @Column(nullable = false)
    public String control;

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

    @Column(name = "known_tags", nullable = false)
    public String knownTags = "";

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_activity_at", nullable = false)
    public Instant lastActivityAt;

    public boolean heldByHuman() {
        return Control.HUMAN.name().equals(control);
    }

    public Set<String> tags() {
        return knownTags.isEmpty() ? new LinkedHashSet<>() : new LinkedHashSet<>(Arrays.asList(knownTags.split(",")));
    }

    public void addTags(Iterable<String> tags) {
        Set<String> all = tags();
        tags.forEach(t -> {
            if (t != null && !t.isBlank()) {
                all.add(t.replace(",", ""));
            }
        });
        knownTags = String.join(",", all);
    }

    /** The conversation, locked for this transaction: turns of one conversation are numbered one at a time. */
    public static Conversation locked(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public static List<Conversation> ofSubject(String subjectId) {
        return list("subjectId = ?1 order by createdAt", subjectId);
    }
}
