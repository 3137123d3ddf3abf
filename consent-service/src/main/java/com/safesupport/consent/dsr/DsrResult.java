package com.safesupport.consent.dsr;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One service's answer to one execution of a request: the proof that it was asked and what it said. */
@Entity
@Table(name = "dsr_service_result")
public class DsrResult extends PanacheEntityBase {

    public static final String SUCCEEDED = "SUCCEEDED";
    public static final String FAILED = "FAILED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "request_id")
    public UUID requestId;
    public String service;
    public String operation;
    public String outcome;
    @Column(name = "http_status")
    public Integer httpStatus;
    public int attempts;
    public String summary;
    @Column(name = "response_key_id")
    public String responseKeyId;
    public byte[] response;
    @Column(name = "response_sha256")
    public String responseSha256;
    @Column(name = "completed_at")
    public Instant completedAt;
    /** When the sealed body was deleted, and why ({@link ExportRetention}); its SHA-256 stays. */
    @Column(name = "response_deleted_at")
    public Instant responseDeletedAt;
    @Column(name = "response_deleted_reason")
    public String responseDeletedReason;

    public static List<DsrResult> of(UUID requestId) {
        return list("requestId = ?1 order by id", requestId);
    }

    public boolean succeeded() {
        return SUCCEEDED.equals(outcome);
    }
}
