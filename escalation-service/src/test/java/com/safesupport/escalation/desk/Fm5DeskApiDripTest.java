package com.safesupport.escalation.desk;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.safesupport.escalation.BotServiceMock;
import com.safesupport.escalation.Fm10DatabaseStallTest;
import com.safesupport.platform.web.SignedIn;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The desk's ticket API answers by dripping a valid body (100 chunks over 40 s, so the desk client's read timeout,
 * an idle timeout of {@code escalation.desk.call-timeout}, never fires): the desk's blocking calls must end within
 * that call timeout as "unreachable" (a {@link ProcessingException}, which the page shows as its "cannot reach"
 * notice), not hold the page's worker thread for as long as the answer drips. The API is served here by the module's
 * WireMock server, reached through a signed-in person whose own API is that server. docs/bot.md, "Faults, fifth sweep
 * (fm5)".
 * <p>It runs under {@link Fm10DatabaseStallTest.ThroughProxy} (one Quarkus start with the database fault tests; the
 * database stays up), where the call timeout is 3 s instead of production's 10 s, so each drip is cut after 3 s
 * (docs/benchmarks.md, "Test time, stop 60 (ct7)"). The mechanism and the bound below are unchanged;
 * {@link #assertCallTimeout} checks the running service has the profile's timeout.
 */
@QuarkusTest
@TestProfile(Fm10DatabaseStallTest.ThroughProxy.class)
class Fm5DeskApiDripTest {

    private static final String MARKER = "Drip-Marker-Tamsin";
    /** Production's 10 s call timeout and a margin for a loaded machine; the drip lasts 40 s. */
    private static final Duration BOUND = Duration.ofSeconds(16);

    @Inject
    DeskBackend backend;

    private final WireMockServer api = BotServiceMock.server();

    @AfterEach
    void resetApi() {
        api.resetAll();
    }

    @Test
    void aDrippingQueueListEndsAsUnreachableWithinTheCallTimeout() {
        assertCallTimeout();
        api.stubFor(get(urlPathEqualTo("/v1/queues")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("[{\"code\":\"general\",\"name\":\"" + MARKER + "\",\"waiting\":3}]").withChunkedDribbleDelay(100, 40_000)));
        ProcessingException cut = assertTimeoutPreemptively(BOUND,
                () -> assertThrows(ProcessingException.class, () -> backend.queues(signedInTo(api.baseUrl()))),
                "the desk waited for its API's dripping queue list");
        assertFalse(String.valueOf(cut.getMessage()).contains(MARKER), cut.getMessage());
    }

    @Test
    void aDrippingReplyAnswerEndsAsUnreachableWithinTheCallTimeout() {
        assertCallTimeout();
        api.stubFor(post(urlPathMatching("/v1/tickets/[^/]+/replies")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"" + UUID.randomUUID() + "\",\"kind\":\"" + MARKER + "\"}").withChunkedDribbleDelay(100, 40_000)));
        assertTimeoutPreemptively(BOUND, () -> assertThrows(ProcessingException.class,
                        () -> backend.reply(signedInTo(api.baseUrl()), UUID.randomUUID(), 1, "Hello", false)),
                "the desk waited for its API's dripping answer to a reply");
    }

    private static void assertCallTimeout() {
        assertEquals(Duration.parse(Fm10DatabaseStallTest.ThroughProxy.DESK_CALL_TIMEOUT),
                ConfigProvider.getConfig().getValue("escalation.desk.call-timeout", Duration.class),
                "the running service's desk call timeout is not this profile's");
    }

    /** A person signed in to the desk whose own API answers at {@code base} (no request, no session: a test stand-in). */
    private static SignedIn signedInTo(String base) {
        return new SignedIn() {
            @Override
            public URI ownApi() {
                return URI.create(base);
            }

            @Override
            public String bearer() {
                return "Bearer not-a-real-token";
            }
        };
    }
}
