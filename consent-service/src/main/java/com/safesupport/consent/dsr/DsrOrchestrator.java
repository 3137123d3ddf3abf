package com.safesupport.consent.dsr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safesupport.consent.config.ConsentConfig;
import com.safesupport.consent.selfservice.ConsentService;
import com.safesupport.consent.subjectdata.OwnSubjectData;
import com.safesupport.platform.crypto.Sealer;
import com.safesupport.platform.problem.DomainException;
import com.safesupport.platform.subject.SubjectData;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Executes a verified data-subject request across the suite: every configured service through the subject-data
 * contract, and consent-service itself. Each answer is recorded as proof; a request is COMPLETED only when every
 * service has answered, otherwise PARTIALLY_COMPLETED and tried again later for the services still missing.
 */
@ApplicationScoped
public class DsrOrchestrator {

    private static final Logger LOG = Logger.getLogger(DsrOrchestrator.class);
    static final String EXPORT = "EXPORT";
    static final String ERASE = "ERASE";
    static final String WITHDRAW_ALL = "WITHDRAW_ALL";

    @Inject
    SubjectDataClient peers;

    @Inject
    SubjectData subjectData;

    @Inject
    ConsentService consents;

    @Inject
    ConsentConfig config;

    @Inject
    Sealer sealer;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry metrics;

    @Inject
    ExportRetention exports;

    private record Work(UUID id, DsrType type, String subjectId, Set<String> pending) {
    }

    /** Runs what is left of a request now. */
    public void execute(UUID id) {
        Work work = QuarkusTransaction.requiringNew().call(() -> begin(id));
        if (!work.type().automated()) {
            return;
        }
        List<DsrResult> results = new ArrayList<>();
        for (String service : work.pending()) {
            results.add(OwnSubjectData.SERVICE.equals(service) ? runOwn(work) : runPeer(work, service));
        }
        QuarkusTransaction.requiringNew().run(() -> finish(id, results));
    }

    private Work begin(UUID id) {
        DataSubjectRequest request = DataSubjectRequest.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            throw DomainException.notFound("Data-subject request");
        }
        Instant now = clock.instant();
        boolean stalled = request.status == DsrStatus.IN_PROGRESS && request.type.automated() && request.startedAt != null
                && request.startedAt.isBefore(now.minus(config.dsr().staleAfter()));
        if (request.status != DsrStatus.VERIFIED && request.status != DsrStatus.PARTIALLY_COMPLETED && !stalled) {
            throw DomainException.conflict("not-executable", "Only VERIFIED or PARTIALLY_COMPLETED requests can be executed; this one is "
                    + request.status);
        }
        request.status = DsrStatus.IN_PROGRESS;
        request.startedAt = now;
        request.attempts++;
        if (request.type == DsrType.ERASURE) {
            // Before any peer is asked: an export of this subject must not outlive the erasure, even a partial one.
            exports.onErasure(request.subjectId, now);
        }
        String operation = operation(request.type);
        Set<String> done = DsrResult.of(id).stream()
                .filter(r -> r.succeeded() && r.operation.equals(operation))
                .map(r -> r.service)
                .collect(Collectors.toSet());
        Set<String> pending = new TreeSet<>(targets(request.type));
        pending.removeAll(done);
        return new Work(id, request.type, request.subjectId, pending);
    }

    private void finish(UUID id, List<DsrResult> results) {
        DataSubjectRequest request = DataSubjectRequest.findById(id, LockModeType.PESSIMISTIC_WRITE);
        results.forEach(r -> r.persist());
        String operation = operation(request.type);
        Set<String> done = DsrResult.of(id).stream()
                .filter(r -> r.succeeded() && r.operation.equals(operation))
                .map(r -> r.service)
                .collect(Collectors.toSet());
        Instant now = clock.instant();
        if (done.containsAll(targets(request.type))) {
            request.status = DsrStatus.COMPLETED;
            request.completedAt = now;
            request.nextAttemptAt = null;
        } else {
            request.status = DsrStatus.PARTIALLY_COMPLETED;
            request.nextAttemptAt = now.plus(config.dsr().retryAfter());
        }
        metrics.counter("consent_dsr_executions_total", "type", request.type.name(), "status", request.status.name()).increment();
    }

    /** Every service a request of this type must reach. */
    Set<String> targets(DsrType type) {
        Set<String> targets = new TreeSet<>();
        targets.add(OwnSubjectData.SERVICE);
        if (type != DsrType.OBJECTION) {
            targets.addAll(config.services().keySet());
        }
        return targets;
    }

    static String operation(DsrType type) {
        return switch (type) {
            case ACCESS, PORTABILITY -> EXPORT;
            case ERASURE -> ERASE;
            case OBJECTION -> WITHDRAW_ALL;
            case RECTIFICATION, RESTRICTION -> "MANUAL";
        };
    }

    private DsrResult runPeer(Work work, String service) {
        AtomicInteger attempts = new AtomicInteger();
        String operation = operation(work.type());
        try {
            String body = operation.equals(ERASE)
                    ? peers.erase(service, work.subjectId(), attempts)
                    : peers.export(service, work.subjectId(), attempts);
            String summary = summarise(operation, work.subjectId(), body);
            if (summary == null) {
                return failed(work, service, operation, 200, attempts.get(), "contract-violation");
            }
            metrics.counter("consent_dsr_peer_calls_total", "service", service, "outcome", "succeeded").increment();
            return result(work, service, operation, DsrResult.SUCCEEDED, 200, attempts.get(), summary, body);
        } catch (SubjectDataClient.PeerUnavailable e) {
            return failed(work, service, operation, e.status == 0 ? null : e.status, attempts.get(), e.getMessage());
        } catch (SubjectDataClient.PeerRefused e) {
            return failed(work, service, operation, e.status, attempts.get(), "refused");
        } catch (RuntimeException e) {
            // Timeouts of the fault-tolerance layer and anything unexpected: recorded, never fatal to the others.
            return failed(work, service, operation, null, Math.max(1, attempts.get()), e.getClass().getSimpleName());
        }
    }

    private DsrResult runOwn(Work work) {
        String operation = operation(work.type());
        try {
            String body = switch (work.type()) {
                case ACCESS, PORTABILITY -> json.writeValueAsString(subjectData.export(work.subjectId()));
                case ERASURE -> json.writeValueAsString(subjectData.erase(work.subjectId()));
                case OBJECTION -> json.writeValueAsString(java.util.Map.of("service", OwnSubjectData.SERVICE,
                        "withdrawnEvents", consents.withdrawAll(work.subjectId(), new ConsentService.Collection("data-subject-request",
                                null, "objection", null, "consent-service", "system", false,
                                "objection to processing (GDPR Art. 21 / CCPA opt-out), request " + work.id()))));
                default -> throw new IllegalStateException("not automated: " + work.type());
            };
            String summary = work.type() == DsrType.OBJECTION
                    ? "{\"withdrawn\":" + json.readTree(body).path("withdrawnEvents").size() + "}"
                    : summarise(operation, work.subjectId(), body);
            return result(work, OwnSubjectData.SERVICE, operation, DsrResult.SUCCEEDED, 200, 1, summary, body);
        } catch (Exception e) {
            LOG.errorf("Own part of data-subject request %s failed: %s", work.id(), e.getClass().getName());
            return failed(work, OwnSubjectData.SERVICE, operation, null, 1, e.getClass().getSimpleName());
        }
    }

    /** A non-personal summary of an answer that keeps the contract, or null if the answer does not. */
    private String summarise(String operation, String subjectId, String body) {
        try {
            JsonNode answer = json.readTree(body);
            if (answer == null || !subjectId.equals(answer.path("subjectId").asText(null))) {
                return null;
            }
            if (operation.equals(ERASE)) {
                JsonNode erased = answer.get("erased");
                return erased != null && erased.isObject() ? "{\"erased\":" + json.writeValueAsString(erased) + "}" : null;
            }
            JsonNode records = answer.get("records");
            if (records == null || !(records.isArray() || records.isObject())) {
                return null;
            }
            return "{\"records\":" + records.size() + "}";
        } catch (Exception e) {
            return null;
        }
    }

    private DsrResult failed(Work work, String service, String operation, Integer status, int attempts, String kind) {
        metrics.counter("consent_dsr_peer_calls_total", "service", service, "outcome", "failed").increment();
        return result(work, service, operation, DsrResult.FAILED, status, attempts, "{\"failure\":\"" + kind + "\"}", null);
    }

    private DsrResult result(Work work, String service, String operation, String outcome, Integer status, int attempts,
                             String summary, String body) {
        DsrResult r = new DsrResult();
        r.requestId = work.id();
        r.service = service;
        r.operation = operation;
        r.outcome = outcome;
        r.httpStatus = status;
        r.attempts = attempts;
        r.summary = summary;
        if (body != null) {
            Sealer.Sealed sealed = sealer.seal(body, aad(work.id(), service));
            r.responseKeyId = sealed.keyId();
            r.response = sealed.ciphertext();
            r.responseSha256 = com.safesupport.consent.ledger.LedgerChain.sha256(body);
        }
        r.completedAt = clock.instant();
        return r;
    }

    static String aad(UUID requestId, String service) {
        return "dsr:" + requestId + ":" + service;
    }
}
