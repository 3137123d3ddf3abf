package com.safesupport.consent.ledger;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The ledger's encoding rules are part of its evidence: they must not drift. */
class LedgerChainTest {

    static final EventDetails EVENT = new EventDetails(UUID.fromString("00000000-0000-4000-8000-000000000001"),
            "a11ce000-0000-4000-8000-000000000001", "ai-assistance", EventKind.GIVEN, 1, "ab", "chat", "EU",
            "self-service", "a11ce000-0000-4000-8000-000000000001", "customer", false, "en",
            Instant.parse("2026-11-23T10:00:00.123456789Z"), null, null);

    @Test
    void theCanonicalEncodingSortsKeysOmitsAbsentValuesAndKeepsMicroseconds() {
        assertEquals("{\"actorId\":\"a11ce000-0000-4000-8000-000000000001\",\"actorRole\":\"customer\",\"channel\":\"chat\","
                + "\"collectionMethod\":\"self-service\",\"eventId\":\"00000000-0000-4000-8000-000000000001\",\"jurisdiction\":\"EU\","
                + "\"kind\":\"GIVEN\",\"language\":\"en\",\"noticeSha256\":\"ab\",\"noticeVersion\":1,\"occurredAt\":\"2026-11-23T10:00:00.123456Z\","
                + "\"onBehalf\":false,\"purpose\":\"ai-assistance\",\"subjectId\":\"a11ce000-0000-4000-8000-000000000001\"}",
                LedgerChain.canonical(EVENT));
    }

    @Test
    void theEncodingRoundTrips() {
        String payload = LedgerChain.canonical(EVENT);
        assertEquals(payload, LedgerChain.canonical(LedgerChain.details(payload)));
    }

    @Test
    void eachLinkDependsOnThePreviousHashTheSequenceAndThePayload() {
        String link = LedgerChain.link(LedgerChain.GENESIS, 1, LedgerChain.sha256("p"));
        assertEquals(LedgerChain.sha256(LedgerChain.GENESIS + "\n1\n" + LedgerChain.sha256("p")), link);
        assertNotEquals(link, LedgerChain.link(LedgerChain.GENESIS, 2, LedgerChain.sha256("p")));
        assertNotEquals(link, LedgerChain.link("1".repeat(64), 1, LedgerChain.sha256("p")));
        assertNotEquals(link, LedgerChain.link(LedgerChain.GENESIS, 1, LedgerChain.sha256("q")));
    }
}
