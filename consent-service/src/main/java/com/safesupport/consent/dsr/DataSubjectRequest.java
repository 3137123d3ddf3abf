package com.safesupport.consent.dsr;

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

/** A data-subject request and its life: verification, deadline, extension, execution, outcome. */
@Entity
@Table(name = "data_subject_request")
public class DataSubjectRequest extends PanacheEntityBase {

    static final List<DsrType> AUTOMATED = List.of(DsrType.ACCESS, DsrType.PORTABILITY, DsrType.ERASURE, DsrType.OBJECTION);

    @Id
    public UUID id;
    @Column(name = "subject_id")
    public String subjectId;
    @Enumerated(EnumType.STRING)
    public DsrType type;
    @Enumerated(EnumType.STRING)
    public DsrStatus status;
    @Enumerated(EnumType.STRING)
    public Jurisdiction jurisdiction;
    @Column(name = "received_at")
    public Instant receivedAt;
    @Column(name = "receipt_confirmed_at")
    public Instant receiptConfirmedAt;
    @Column(name = "due_at")
    public Instant dueAt;
    @Column(name = "extended_at")
    public Instant extendedAt;
    @Column(name = "extension_reason")
    public String extensionReason;
    @Column(name = "subject_informed_at")
    public Instant subjectInformedAt;
    @Column(name = "requested_by")
    public String requestedBy;
    @Column(name = "requested_by_role")
    public String requestedByRole;
    @Column(name = "verification_method")
    public String verificationMethod;
    @Column(name = "verification_note")
    public String verificationNote;
    @Column(name = "verified_by")
    public String verifiedBy;
    @Column(name = "verified_at")
    public Instant verifiedAt;
    @Column(name = "details_key_id")
    public String detailsKeyId;
    public byte[] details;
    @Column(name = "rejection_reason")
    public String rejectionReason;
    @Column(name = "resolution_note")
    public String resolutionNote;
    @Column(name = "completed_at")
    public Instant completedAt;
    public boolean overdue;
    public int attempts;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    @Column(name = "started_at")
    public Instant startedAt;

    public static List<DataSubjectRequest> ofSubject(String subjectId) {
        return list("subjectId = ?1 order by receivedAt", subjectId);
    }

    /**
     * Requests the worker should run now: verified automated ones, partial ones whose retry time came, and automated
     * ones whose execution started before {@code staleBefore} and never finished (the process stopped mid-way).
     */
    public static List<UUID> due(Instant now, Instant staleBefore, int limit) {
        return find("(status = ?1 and type in ?2) or (status = ?3 and nextAttemptAt <= ?4)"
                        + " or (status = ?5 and type in ?2 and startedAt < ?6) order by receivedAt",
                DsrStatus.VERIFIED, AUTOMATED, DsrStatus.PARTIALLY_COMPLETED, now, DsrStatus.IN_PROGRESS, staleBefore)
                .page(0, limit).<DataSubjectRequest>list().stream().map(r -> r.id).toList();
    }
}
