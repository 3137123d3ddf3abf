package com.safesupport.bot.web;

import com.github.tomakehurst.wiremock.http.Fault;
import com.safesupport.bot.support.BotTest;
import com.safesupport.bot.support.DownstreamStubs;
import com.safesupport.testing.BrowserSession;
import com.safesupport.testing.RealmKeyRotation;
import io.quarkus.test.junit.QuarkusTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The browser sign-in tenant ({@code quarkus.oidc.chat}) after the realm rotated its key while its key set could not be
 * fetched: the first sign-in with the new key is refused (the one forced key-set fetch met the outage); once the realm
 * publishes the key set again, sign-in works within the platform's forced key-refresh interval (1 s in tests, 30 s
 * otherwise), as the bearer-token tenant does (FmJwksDownTest in consent-service). Before, the chat tenant kept
 * quarkus-oidc's default of 10 minutes: the first run of this test failed there.
 */
@QuarkusTest
class Fm3ChatKeyRotationTest extends BotTest {

    private static final Duration OUTAGE_BOUND = Duration.ofSeconds(20);
    private static final Duration RECOVERY_BOUND = Duration.ofSeconds(15);

    @BeforeEach
    void consentService() {
        DownstreamStubs.server().stubFor(get(urlPathMatching("/v1/subjects/[^/]+/consents")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("[]")));
    }

    @Test
    void aSignInWithTheRotatedKeyWorksWithinTheRefreshIntervalOnceTheRealmPublishesItAgain() {
        try (RealmKeyRotation rotation = RealmKeyRotation.start()) {
            rotation.outage(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
            int fetchesBefore = rotation.keySetFetches();
            Awaitility.await("a key-set fetch during the outage").atMost(OUTAGE_BOUND).pollInterval(Duration.ofMillis(250))
                    .until(() -> {
                        assertFalse(signedIn(rotation), "signed in with a key the realm did not publish");
                        return rotation.keySetFetches() > fetchesBefore;
                    });

            rotation.publish();
            Awaitility.await("the rotated key taken once the realm publishes it again").atMost(RECOVERY_BOUND)
                    .pollInterval(Duration.ofMillis(250)).until(() -> signedIn(rotation));
            assertTrue(signedIn(rotation));
        }
    }

    /** Signs in at /chat with tokens of the rotated key: true when the page then answers 200. */
    private static boolean signedIn(RealmKeyRotation rotation) {
        try {
            BrowserSession browser = BrowserSession.signIn("/chat", "support-web", newSubject(), "alice",
                    Set.of("bot-service", "consent-service"), rotation.privateKey(), rotation.keyId(), "customer");
            return browser.get("/chat").statusCode() == 200;
        } catch (AssertionError refused) {
            return false;
        }
    }
}
