package com.safesupport.escalation.desk;

import com.github.tomakehurst.wiremock.http.Fault;
import com.safesupport.testing.BrowserSession;
import com.safesupport.testing.RealmKeyRotation;
import io.quarkus.test.junit.QuarkusTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The agent desk's sign-in tenant ({@code quarkus.oidc.desk}) after the realm rotated its key while its key set could
 * not be fetched: the first sign-in with the new key is refused (the one forced key-set fetch met the outage); once the
 * realm publishes the key set again, sign-in works within the platform's forced key-refresh interval (1 s in tests,
 * 30 s otherwise), as the bearer-token tenant does. Before, the desk tenant kept quarkus-oidc's default of 10 minutes:
 * the first run of this test failed there.
 */
@QuarkusTest
class Fm3DeskKeyRotationTest {

    private static final Duration OUTAGE_BOUND = Duration.ofSeconds(20);
    private static final Duration RECOVERY_BOUND = Duration.ofSeconds(15);

    @Test
    void aSignInWithTheRotatedKeyWorksWithinTheRefreshIntervalOnceTheRealmPublishesItAgain() {
        try (RealmKeyRotation rotation = RealmKeyRotation.start()) {
            rotation.outage(aResponse().withStatus(500).withBody("realm down"));
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

    /** Signs in at /desk with tokens of the rotated key: true when the page then answers 200. */
    private static boolean signedIn(RealmKeyRotation rotation) {
        try {
            BrowserSession browser = BrowserSession.signIn("/desk", "support-web", "sam", "sam",
                    Set.of("escalation-service"), rotation.privateKey(), rotation.keyId(), "supervisor");
            return browser.get("/desk").statusCode() == 200;
        } catch (AssertionError refused) {
            return false;
        }
    }
}
