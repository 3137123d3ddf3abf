package com.safesupport.bot.web;

import com.safesupport.bot.support.BotTest;
import com.safesupport.bot.support.DownstreamStubs;
import com.safesupport.testing.BrowserSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * consent-service drips its self-service answer (a valid list of consents, one chunk every 300 ms for 30 s, so the
 * client's read timeout, 1.5 s here and an idle timeout, never fires): the chat's home page must still answer
 * within a bound, with its "cannot show your consent choices" notice, not hold the customer's page for as long as
 * consent-service drips. On main the page took the whole drip (the test's 8 s bound ended it). docs/bot.md, "Faults of
 * consent-, redaction- and escalation-service".
 */
@QuarkusTest
class Fm4ChatConsentDripTest extends BotTest {

    private static final String MARKER = "Drip-Marker-Quarrie";
    private static final Duration PAGE_BOUND = Duration.ofSeconds(8);

    @Test
    void aDrippingConsentServiceDoesNotHoldTheChatPage() {
        String body = "[{\"purpose\":\"ai-assistance\",\"name\":\"" + MARKER + "\",\"description\":\"d\",\"legalBasis\":\"consent\","
                + "\"retention\":\"P30D\",\"currentNoticeVersion\":3,\"noticeText\":\"We use an AI assistant to answer you.\","
                + "\"decision\":{\"allowed\":false,\"state\":\"NOT_ASKED\"}}]";
        DownstreamStubs.server().stubFor(get(urlPathMatching("/v1/subjects/[^/]+/consents")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(body).withChunkedDribbleDelay(100, 30_000)));
        BrowserSession alice = BrowserSession.signIn("/chat", "support-web", newSubject(), "alice",
                Set.of("bot-service", "consent-service"), "customer");

        Response home = assertTimeoutPreemptively(PAGE_BOUND, () -> alice.get("/chat"),
                "the chat page waited for consent-service's dripping answer");
        assertEquals(200, home.statusCode());
        String html = home.asString();
        assertTrue(html.contains("We cannot show your consent choices right now"), html);
        assertTrue(html.contains("You will be talking to an AI assistant"), "the disclosure is still shown");
        assertFalse(html.contains(MARKER), "part of consent-service's answer reached the page");
    }
}
