package com.safesupport.consent.ledger;

import java.time.Instant;
import java.util.UUID;

/**
 * Everything one consent event says (ISO/IEC TS 27560 record fields): who, which purpose, under which notice,
 * how and where it was collected, and by whom. An agent recording a phone consent sets {@code onBehalf}.
 */
public record EventDetails(UUID eventId, String subjectId, String purpose, EventKind kind, int noticeVersion,
                           String noticeSha256, String channel, String jurisdiction, String collectionMethod,
                           String actorId, String actorRole, boolean onBehalf, String language, Instant occurredAt,
                           Instant expiresAt, String reason) {
}
