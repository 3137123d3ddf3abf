package com.safesupport.consent.decision;

import java.time.Instant;
import java.util.UUID;

/**
 * The answer of {@code GET /v1/subjects/{subjectId}/decisions/{purpose}} (DESIGN.md, binding): may this subject's
 * data be processed for this purpose now?
 */
@io.quarkus.runtime.annotations.RegisterForReflection
public record Decision(String subjectId, String purpose, boolean allowed, ConsentState state, String legalBasis,
                       int noticeVersion, Instant decidedAt, Instant expiresAt, UUID evidenceEventId) {

    /** A strong validator over every field, so any change (withdrawal, expiry, new notice) changes it. */
    public String etag() {
        String basis = subjectId + '|' + purpose + '|' + allowed + '|' + state + '|' + legalBasis + '|' + noticeVersion
                + '|' + decidedAt + '|' + expiresAt + '|' + evidenceEventId;
        return '"' + com.safesupport.consent.ledger.LedgerChain.sha256(basis).substring(0, 32) + '"';
    }
}
