package com.safesupport.consent;

import com.safesupport.testing.DatabaseOutage;
import com.safesupport.testing.DatabaseStall;
import com.safesupport.testing.PostgresProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.safesupport.consent.ConsentSteps.TOKENS;
import static com.safesupport.consent.ConsentSteps.newSubject;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * consent-service with its PostgreSQL stalled while it runs ({@link PostgresProxy#stall()}: connections accepted and
 * kept open, nothing answered) and resumed: bot's decision call and the customer's consent list answer 503
 * problem+json ({@code database-unavailable}) within a bound, a request that needs no database is served, readiness
 * turns DOWN and liveness stays UP; after the resume readiness is UP and the decision call answers again.
 * docs/bot.md, "Faults, eleventh sweep (fm10)".
 */
@QuarkusTest
@TestProfile(Fm10DatabaseStallTest.ThroughProxy.class)
class Fm10DatabaseStallTest implements DatabaseOutage {

    /**
     * The datasource through the proxy, and each peer's timeout {@link #PEER_TIMEOUT} instead of the test profile's
     * 5 s: {@link FtDsrPeerFaultsTest} runs here too and waits that timeout out eight times (four attempts for each of
     * its two slow peers), so every second of it costs eight (docs/benchmarks.md, "Test time, stop 57 (ct2)").
     * {@link Fm5ConsentPeerDripTest} runs here too: its two drips are cut at this timeout (stop 60, ct7).
     * Production's 5 s is {@code ConsentConfig.PeerService}'s default, pinned by {@link Ct2PeerTimeoutTest}.
     */
    public static class ThroughProxy extends DatabaseOutage.Profile {
        /** One attempt at a peer in this profile; a healthy WireMock answer takes milliseconds, and is retried if not. */
        static final String PEER_TIMEOUT = "2s";

        public ThroughProxy() {
            super("consent_test");
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            for (String peer : List.of("redaction", "bot", "escalation")) {
                overrides.put("consent.services." + peer + ".timeout", PEER_TIMEOUT);
            }
            return overrides;
        }
    }

    private static Response decision(String subject) {
        return given().auth().oauth2(TOKENS.service("bot-service", "svc-bot"))
                .when().get("/v1/subjects/{s}/decisions/{p}", subject, "analytics");
    }

    @Test
    void aStalledDatabaseIsABounded503ReadinessDownLivenessUpAndResumeRecovers() {
        String subject = newSubject();
        assertEquals(200, decision(subject).statusCode()); // the pool holds open connections now

        DatabaseStall.stallAndCheck(database(),
                () -> given().auth().oauth2(TOKENS.customer(subject)).when().get("/v1/whoami"),
                () -> DatabaseStall.assertProblem("bot's decision call", subject, () -> decision(subject)),
                () -> DatabaseStall.assertProblem("the customer's consent list", subject, () -> given()
                        .auth().oauth2(TOKENS.customer(subject)).when().get("/v1/subjects/{s}/consents", subject)));
        DatabaseStall.assertAnswered("bot's decision call after the resume", 200, () -> decision(subject));
    }
}
