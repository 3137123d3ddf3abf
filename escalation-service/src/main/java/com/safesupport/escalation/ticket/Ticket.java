package com.safesupport.escalation.ticket;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A conversation handed to humans. Its summary and transcript are only stored sealed ({@link TicketContent}). */
@Entity
@Table(name = "ticket")
public class Ticket extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "conversation_id")
    public UUID conversationId;
    @Column(name = "subject_id")
    public String subjectId;
    @Column(name = "queue_id")
    public UUID queueId;
    @Enumerated(EnumType.STRING)
    public TicketStatus status;
    @Enumerated(EnumType.STRING)
    public Priority priority;
    @Enumerated(EnumType.STRING)
    @Column(name = "base_priority")
    public Priority basePriority;
    public String[] reasons;
    @Column(name = "required_skills")
    public String[] requiredSkills;
    public String locale;
    public String channel;
    @Column(name = "decision_record_ids")
    public String[] decisionRecordIds;
    @Column(name = "content_key_id")
    public String contentKeyId;
    @Column(name = "content_sealed")
    public byte[] contentSealed;
    @Column(name = "assigned_agent_id")
    public UUID assignedAgentId;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "assigned_at")
    public Instant assignedAt;
    @Column(name = "first_response_at")
    public Instant firstResponseAt;
    @Column(name = "resolved_at")
    public Instant resolvedAt;
    @Column(name = "closed_at")
    public Instant closedAt;
    @Column(name = "handoff_needed")
    public Boolean handoffNeeded;
    @Version
    public int version;

    public String etag() {
        return "\"" + version + "\"";
    }
}
