package com.safesupport.consent.ledger;

import java.time.Instant;
import java.util.UUID;

/**
 * Everything one consent event says (ISO/IEC TS 27560 record fields): who, which purpose, under which notice,
 * how and where it was collected, and by whom. An agent recording a phone consent sets {@code onBehalf}, and
 * {@code actorAuthority} says what allowed them to ({@code ticket:<ticketId>} or {@code role:consent-recorder});
 * absent for everyone else, so events written before it existed hash as they did.
 */
public record EventDetails(UUID eventId, String subjectId, String purpose, EventKind kind, int noticeVersion,
                           String noticeSha256, String channel, String jurisdiction, String collectionMethod,
                           String actorId, String actorRole, boolean onBehalf, String language, Instant occurredAt,
                           Instant expiresAt, String reason, String actorAuthority) {

    /** An event recorded without a staff authority (the subject themself, or the system). */
    public EventDetails(UUID eventId, String subjectId, String purpose, EventKind kind, int noticeVersion,
                        String noticeSha256, String channel, String jurisdiction, String collectionMethod,
                        String actorId, String actorRole, boolean onBehalf, String language, Instant occurredAt,
                        Instant expiresAt, String reason) {
        this(eventId, subjectId, purpose, kind, noticeVersion, noticeSha256, channel, jurisdiction, collectionMethod,
                actorId, actorRole, onBehalf, language, occurredAt, expiresAt, reason, null);
    }
}
