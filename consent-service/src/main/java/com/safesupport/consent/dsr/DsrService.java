package com.safesupport.consent.dsr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safesupport.platform.crypto.Sealer;
import com.safesupport.platform.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The life of a data-subject request, except its execution (see {@link DsrOrchestrator}). */
@ApplicationScoped
public class DsrService {

    @Inject
    Sealer sealer;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    DsrBudget budget;

    @Inject
    ExportRetention exports;

    /** Who asks, as recorded on the request. */
    public record Requester(String id, String role) {
    }

    /** How the subject's identity was checked before anything is disclosed or erased. */
    public record Verification(String method, String note) {
    }

    @Transactional
    public DataSubjectRequest create(String subjectId, DsrType type, Jurisdiction jurisdiction, String details,
                                     Requester requester, Verification verification) {
        Instant now = now();
        budget.admit(subjectId, type, requester.role(), now);
        DataSubjectRequest r = new DataSubjectRequest();
        r.id = UUID.randomUUID();
        r.subjectId = subjectId;
        r.type = type;
        r.jurisdiction = jurisdiction;
        r.receivedAt = now;
        // Receipt is confirmed by this very answer (CCPA requires it within 10 business days).
        r.receiptConfirmedAt = now;
        r.dueAt = jurisdiction.dueFor(now);
        r.requestedBy = requester.id();
        r.requestedByRole = requester.role();
        r.status = DsrStatus.RECEIVED;
        if (details != null && !details.isBlank()) {
            Sealer.Sealed sealed = sealer.seal(details, aad(r.id));
            r.detailsKeyId = sealed.keyId();
            r.details = sealed.ciphertext();
        }
        if (verification != null) {
            markVerified(r, verification, requester.id(), now);
        }
        r.persist();
        return r;
    }

    @Transactional
    public DataSubjectRequest verify(UUID id, Verification verification, String officer) {
        DataSubjectRequest r = locked(id);
        if (r.status != DsrStatus.RECEIVED) {
            throw DomainException.conflict("not-received", "Only a RECEIVED request can be verified; this one is " + r.status);
        }
        markVerified(r, verification, officer, now());
        return r;
    }

    /** Extends the deadline once, with a reason, after the subject was told (GDPR Art. 12(3), CCPA 1798.130). */
    @Transactional
    public DataSubjectRequest extend(UUID id, String reason, boolean subjectInformed) {
        DataSubjectRequest r = locked(id);
        if (!DsrStatus.OPEN.contains(r.status)) {
            throw DomainException.conflict("closed", "A closed request cannot be extended");
        }
        if (r.extendedAt != null) {
            throw DomainException.conflict("already-extended", "A request can be extended only once");
        }
        if (!subjectInformed) {
            throw DomainException.badRequest("subject-not-informed", "The subject must be informed of the extension and its reason first");
        }
        Instant now = now();
        r.extendedAt = now;
        r.extensionReason = reason;
        r.subjectInformedAt = now;
        r.dueAt = r.jurisdiction.extend(r.dueAt);
        r.overdue = false;
        return r;
    }

    @Transactional
    public DataSubjectRequest reject(UUID id, String reason) {
        DataSubjectRequest r = locked(id);
        if (r.status != DsrStatus.RECEIVED && r.status != DsrStatus.VERIFIED) {
            throw DomainException.conflict("not-rejectable", "Only a RECEIVED or VERIFIED request can be rejected; this one is " + r.status);
        }
        r.status = DsrStatus.REJECTED;
        r.rejectionReason = reason;
        r.completedAt = now();
        return r;
    }

    /** Starts a request that a person carries out (rectification, restriction). */
    @Transactional
    public DataSubjectRequest start(UUID id) {
        DataSubjectRequest r = locked(id);
        if (r.type.automated()) {
            throw DomainException.conflict("automated", "This request type is executed by the service");
        }
        if (r.status != DsrStatus.VERIFIED) {
            throw DomainException.conflict("not-verified", "Only a VERIFIED request can be started; this one is " + r.status);
        }
        r.status = DsrStatus.IN_PROGRESS;
        r.attempts++;
        return r;
    }

    /** Closes a request a person carried out, with what was done. */
    @Transactional
    public DataSubjectRequest complete(UUID id, String note) {
        DataSubjectRequest r = locked(id);
        if (r.type.automated()) {
            throw DomainException.conflict("automated", "This request type completes when every service has answered");
        }
        if (r.status != DsrStatus.IN_PROGRESS) {
            throw DomainException.conflict("not-in-progress", "Only an IN_PROGRESS request can be completed; this one is " + r.status);
        }
        r.status = DsrStatus.COMPLETED;
        r.resolutionNote = note;
        r.completedAt = now();
        return r;
    }

    public String details(DataSubjectRequest r) {
        return r.details == null ? null : sealer.openString(new Sealer.Sealed(r.detailsKeyId, r.details), aad(r.id));
    }

    /** The machine-readable bundle of an access or portability request: every service's answer, as received. */
    @Transactional
    public Map<String, Object> bundle(DataSubjectRequest r) {
        if (r.type != DsrType.ACCESS && r.type != DsrType.PORTABILITY) {
            throw DomainException.conflict("no-bundle", "Only access and portability requests produce a bundle");
        }
        if (r.status != DsrStatus.COMPLETED && r.status != DsrStatus.PARTIALLY_COMPLETED) {
            throw DomainException.conflict("not-ready", "The bundle is ready once the request has been executed");
        }
        Map<String, Object> services = new LinkedHashMap<>();
        List<DsrResult> results = DsrResult.of(r.id);
        if (results.stream().anyMatch(DsrResult::succeeded) && results.stream().noneMatch(result -> result.response != null)) {
            throw new DomainException(410, "bundle-deleted", "Gone", "The bundle was deleted after its download, its retention "
                    + "period or an erasure; the SHA-256 of every answer remains in the request's results");
        }
        for (DsrResult result : results) {
            if (result.succeeded() && result.response != null) {
                String body = sealer.openString(new Sealer.Sealed(result.responseKeyId, result.response),
                        DsrOrchestrator.aad(r.id, result.service));
                try {
                    services.put(result.service, json.readValue(body, JsonNode.class));
                } catch (IOException e) {
                    throw new IllegalStateException("stored answer is not JSON");
                }
            }
        }
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("format", "safesupport-subject-data-bundle/1");
        bundle.put("requestId", r.id);
        bundle.put("type", r.type);
        bundle.put("subjectId", r.subjectId);
        bundle.put("generatedAt", now());
        bundle.put("complete", r.status == DsrStatus.COMPLETED);
        bundle.put("services", services);
        // Handed over: only the SHA-256 of each answer stays (the transaction commits with the response).
        exports.afterDownload(r.id, now());
        return bundle;
    }

    /** The newest 200 requests matching the filters given (each may be null), newest first. */
    public List<DataSubjectRequest> list(String subjectId, DsrStatus status, Boolean overdue) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (subjectId != null) {
            query.append(" and subjectId = :subject");
            params.put("subject", subjectId);
        }
        if (status != null) {
            query.append(" and status = :status");
            params.put("status", status);
        }
        if (overdue != null) {
            query.append(" and overdue = :overdue");
            params.put("overdue", overdue);
        }
        return DataSubjectRequest.<DataSubjectRequest>find(query + " order by receivedAt desc", params).page(0, 200).list();
    }

    /** The request as committed, after work that ran in its own transactions (an execution): not a cached copy. */
    public DataSubjectRequest reread(UUID id) {
        DataSubjectRequest.getEntityManager().clear();
        return find(id);
    }

    public DataSubjectRequest find(UUID id) {
        DataSubjectRequest r = DataSubjectRequest.findById(id);
        if (r == null) {
            throw DomainException.notFound("Data-subject request");
        }
        return r;
    }

    /** Times at the precision PostgreSQL keeps, so what a caller is told is what is stored. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static DataSubjectRequest locked(UUID id) {
        DataSubjectRequest r = DataSubjectRequest.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            throw DomainException.notFound("Data-subject request");
        }
        return r;
    }

    private static void markVerified(DataSubjectRequest r, Verification verification, String by, Instant at) {
        r.status = DsrStatus.VERIFIED;
        r.verificationMethod = verification.method();
        r.verificationNote = verification.note();
        r.verifiedBy = by;
        r.verifiedAt = at;
    }

    private static String aad(UUID id) {
        return "dsr:" + id + ":details";
    }
}
