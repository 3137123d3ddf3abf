package com.safesupport.consent.dsr;

import com.safesupport.consent.config.ConsentConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The exported personal data of ACCESS/PORTABILITY requests (every service's answer, vault originals included) is
 * kept no longer than needed to hand it over: the sealed bodies are deleted once the bundle is downloaded, after
 * {@code consent.dsr.export-retention}, and whenever an ERASURE of the subject starts. The SHA-256 of each answer stays
 * in {@code dsr_service_result} as proof of what was answered.
 */
@ApplicationScoped
public class ExportRetention {

    public static final String DOWNLOADED = "DOWNLOADED";
    public static final String EXPIRED = "EXPIRED";
    public static final String ERASURE = "ERASURE";

    @Inject
    ConsentConfig config;

    /** After a download: the bodies of this request's answers. Call inside the transaction that read them. */
    int afterDownload(UUID requestId, Instant now) {
        return DsrResult.update("response = null, responseKeyId = null, responseDeletedAt = ?2, responseDeletedReason = ?3 "
                + "where requestId = ?1 and response is not null", requestId, now, DOWNLOADED);
    }

    /** When an erasure of the subject starts: the bodies of every export of that subject. */
    int onErasure(String subjectId, Instant now) {
        List<UUID> exports = DataSubjectRequest.<DataSubjectRequest>list("subjectId = ?1 and type in ?2", subjectId,
                List.of(DsrType.ACCESS, DsrType.PORTABILITY)).stream().map(r -> r.id).toList();
        if (exports.isEmpty()) {
            return 0;
        }
        return DsrResult.update("response = null, responseKeyId = null, responseDeletedAt = ?2, responseDeletedReason = ?3 "
                + "where requestId in ?1 and response is not null", exports, now, ERASURE);
    }

    /** Bodies older than the retention period, whether downloaded or not; call inside a transaction. */
    int expire(Instant now) {
        return DsrResult.update("response = null, responseKeyId = null, responseDeletedAt = ?1, responseDeletedReason = ?2 "
                + "where response is not null and completedAt < ?3", now, EXPIRED, now.minus(config.dsr().exportRetention()));
    }
}
