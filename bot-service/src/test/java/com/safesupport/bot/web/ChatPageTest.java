package com.safesupport.bot.web;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.safesupport.bot.support.BotTest;
import com.safesupport.bot.support.DownstreamStubs;
import com.safesupport.testing.BrowserSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The customer chat as a browser uses it: signed in through the authorization code flow (the mock realm), forms
 * posted with the session cookie and the CSRF token, the page calling this service's own API and consent-service
 * with the customer's own token. The real browser journey across the suite is in system-tests.
 */
@QuarkusTest
class ChatPageTest extends BotTest {

    private static final String TICKET = "7d0a3c55-1111-4000-8000-00000000cafe";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    @BeforeEach
    void consentService() {
        DownstreamStubs.server().stubFor(get(urlPathMatching("/v1/subjects/[^/]+/consents")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("[{\"purpose\":\"ai-assistance\",\"name\":\"AI assistance in support chats\","
                        + "\"description\":\"d\",\"legalBasis\":\"consent\",\"retention\":\"P30D\",\"currentNoticeVersion\":3,"
                        + "\"noticeText\":\"We use an AI assistant to answer you.\",\"decision\":{\"allowed\":false,\"state\":\"NOT_ASKED\"}},"
                        + "{\"purpose\":\"analytics\",\"name\":\"Usage analytics\",\"description\":\"d\",\"legalBasis\":\"consent\","
                        + "\"retention\":\"P1Y\",\"currentNoticeVersion\":1,\"noticeText\":\"We count how the chat is used.\","
                        + "\"decision\":{\"allowed\":true,\"state\":\"GIVEN\"}}]")));
        DownstreamStubs.server().stubFor(post(urlPathMatching("/v1/subjects/[^/]+/consents/[^/]+")).willReturn(aResponse()
                .withStatus(201).withHeader("Content-Type", "application/json").withBody("{\"changed\":true}")));
        DownstreamStubs.server().stubFor(delete(urlPathMatching("/v1/subjects/[^/]+/consents/[^/]+")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"changed\":true}")));
    }

    @Test
    void signingInGoesToTheRealmWithPkceWhileTheApisStillAnswer401() {
        Response challenge = BrowserSession.anonymous().get("/chat");
        assertEquals(302, challenge.statusCode());
        Map<String, String> query = BrowserSession.query(URI.create(challenge.header("Location")));
        assertEquals("support-web", query.get("client_id"));
        assertEquals("S256", query.get("code_challenge_method"));
        assertTrue(query.get("code_challenge").length() >= 43, query.toString());
        assertTrue(query.get("redirect_uri").endsWith("/chat/signed-in"), query.toString());

        // The bearer-token API is unchanged: no token is 401, never a redirect, even with a valid session cookie.
        BrowserSession alice = signIn(newSubject());
        given().contentType(ContentType.JSON).body("{}").when().post("/v1/conversations").then().statusCode(401);
        alice.request().contentType(ContentType.JSON).body("{}").post("/v1/conversations").then().statusCode(401);
    }

    @Test
    void theHomePageDisclosesTheAiAndOffersTheConsentNotice() {
        BrowserSession alice = signIn(newSubject());
        Response home = alice.get("/chat");
        assertEquals(200, home.statusCode());
        String html = home.asString();
        assertTrue(html.contains("You will be talking to an AI assistant"), html);
        assertTrue(html.indexOf("AI assistant") < html.indexOf("Your consent"), "the disclosure comes first");
        assertTrue(html.contains("We use an AI assistant to answer you."), html);
        assertTrue(html.contains("Give consent"), html);
        assertTrue(html.contains("Withdraw consent<span class=\"visually-hidden\"> to Usage analytics"), html);
        assertTrue(home.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
        assertEquals("no-store", home.header("Cache-Control"));
    }

    @Test
    void consentIsGivenAndWithdrawnAtConsentServiceWithTheCustomersOwnToken() {
        String subject = newSubject();
        BrowserSession alice = signIn(subject);
        String csrf = csrf(alice.get("/chat"));

        Response given = alice.postForm("/chat/consents/ai-assistance", Map.of("csrf", csrf, "answer", "give", "noticeVersion", "3"));
        assertEquals(303, given.statusCode());
        assertTrue(given.header("Location").endsWith("/chat?notice=consent-given#consent"), given.header("Location"));
        LoggedRequest answer = DownstreamStubs.server().findAll(postRequestedFor(
                urlPathEqualTo("/v1/subjects/" + subject + "/consents/ai-assistance"))).getFirst();
        assertEquals(subject, claim(answer.getHeader("Authorization"), "sub"), "the customer's own token, not the service's");
        DownstreamStubs.server().verify(postRequestedFor(urlPathEqualTo("/v1/subjects/" + subject + "/consents/ai-assistance"))
                .withRequestBody(matchingJsonPath("$.state", com.github.tomakehurst.wiremock.client.WireMock.equalTo("GIVEN")))
                .withRequestBody(matchingJsonPath("$.noticeVersion", com.github.tomakehurst.wiremock.client.WireMock.equalTo("3"))));

        Response withdrawn = alice.postForm("/chat/consents/ai-assistance", Map.of("csrf", csrf, "answer", "withdraw"));
        assertEquals(303, withdrawn.statusCode());
        DownstreamStubs.server().verify(1, deleteRequestedFor(urlPathEqualTo("/v1/subjects/" + subject + "/consents/ai-assistance")));
        assertTrue(alice.get("/chat?notice=consent-withdrawn").asString().contains("Your consent is withdrawn"));
    }

    @Test
    void aFormWithoutTheSessionsCsrfTokenOrFromAnotherSiteIsRefused() {
        BrowserSession alice = signIn(newSubject());
        String csrf = csrf(alice.get("/chat"));
        String other = csrf(signIn(newSubject()).get("/chat"));

        assertEquals(403, alice.postForm("/chat/consents/ai-assistance", Map.of("answer", "withdraw")).statusCode());
        assertEquals(403, alice.postForm("/chat/consents/ai-assistance", Map.of("answer", "withdraw", "csrf", "forged")).statusCode());
        assertEquals(403, alice.postForm("/chat/consents/ai-assistance", Map.of("answer", "withdraw", "csrf", other)).statusCode(),
                "another session's token");
        assertEquals(403, alice.request().header("Sec-Fetch-Site", "cross-site").contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("answer", "withdraw", "csrf", csrf)).post("/chat/consents/ai-assistance").statusCode());
        assertEquals(403, alice.postForm("/chat/conversations", Map.of()).statusCode());
        DownstreamStubs.server().verify(0, deleteRequestedFor(urlPathMatching("/v1/subjects/.*")));

        // A page script sends the token as a header instead.
        assertEquals(303, alice.request().header("X-CSRF-Token", csrf).header("Sec-Fetch-Site", "same-origin")
                .contentType("application/x-www-form-urlencoded").formParams(Map.of("answer", "withdraw"))
                .post("/chat/consents/ai-assistance").statusCode());
    }

    @Test
    void aConversationShowsTheDisclosureFirstThenAnswersWithTheirSources() {
        BrowserSession alice = signIn(newSubject());
        String csrf = csrf(alice.get("/chat"));
        String page = conversationOf(alice, csrf);

        Response sent = alice.postForm(page + "/messages", Map.of("csrf", csrf, "text", "How do I activate my new card?"));
        assertEquals(303, sent.statusCode());
        String html = alice.get(page).asString();
        assertTrue(html.indexOf("About this chat") < html.indexOf("How do I activate my new card?"), "disclosure first");
        assertTrue(html.contains("Sources"), html);
        assertTrue(html.contains("Activating your card") || html.contains("activate"), html);
        assertTrue(html.contains("confidence"), html);
        assertTrue(html.contains("You are talking to the AI assistant"), html);
        assertTrue(html.contains("role=\"log\""), html);

        alice.postForm(page + "/messages", Map.of("csrf", csrf, "text", "Why?"));
        assertTrue(alice.get(page).asString().split("class=\"message message-ai\"").length >= 4, "the why answer is a turn of its own");
    }

    @Test
    void aHandOffShowsWaitingThenThePersonsRepliesAsTheyArrive() {
        BrowserSession alice = signIn(newSubject());
        String csrf = csrf(alice.get("/chat"));
        String page = conversationOf(alice, csrf);

        alice.postForm(page + "/messages", Map.of("csrf", csrf, "text", "I want to talk to a real person"));
        String waiting = alice.get(page).asString();
        assertTrue(waiting.contains("Waiting for a person"), waiting);
        assertTrue(waiting.contains("ticket 7D0A3C55"), waiting);
        assertTrue(waiting.contains("data-control=\"HUMAN\""), waiting);

        String id = page.substring(page.lastIndexOf('/') + 1);
        given().auth().oauth2(TOKENS.service("escalation-service", "svc-escalation")).contentType(ContentType.JSON)
                .body("{\"text\":\"Hello, this is the card team.\",\"agentName\":\"Agnes\",\"ticketId\":\"" + TICKET + "\"}")
                .post("/v1/conversations/" + id + "/agent-messages").then().statusCode(201);
        String answered = alice.get(page).asString();
        assertTrue(answered.contains("A person has taken over"), answered);
        assertTrue(answered.contains("Support team (a person)"), answered);
        assertTrue(answered.contains("Hello, this is the card team."), answered);

        given().auth().oauth2(TOKENS.service("escalation-service", "svc-escalation")).contentType(ContentType.JSON)
                .body("{\"ticketId\":\"" + TICKET + "\"}").post("/v1/conversations/" + id + "/handback").then().statusCode(200);
        assertTrue(alice.get(page).asString().contains("data-control=\"AI\""));
    }

    /**
     * fm11: every message form carries a key of its own, and a form posted twice (a browser resending it, the page's
     * script retrying after a failed send) is one message, answered once; a key the API would refuse is left out.
     */
    @Test
    void aMessageFormPostedTwiceWithItsKeyIsAnsweredOnce() {
        BrowserSession alice = signIn(newSubject());
        String csrf = csrf(alice.get("/chat"));
        String page = conversationOf(alice, csrf);
        List<String> keys = keys(alice.get(page).asString());
        assertEquals(3, keys.size(), "the message form, Why? and Talk to a person: " + keys);
        assertEquals(3, Set.copyOf(keys).size(), "a key per form: " + keys);

        Map<String, String> form = Map.of("csrf", csrf, "key", keys.getFirst(), "text", "How do I activate my new card?");
        for (int i = 0; i < 2; i++) {
            Response sent = alice.postForm(page + "/messages", form);
            assertEquals(303, sent.statusCode());
            assertTrue(sent.header("Location").endsWith("#latest"), sent.header("Location"));
        }
        String html = alice.get(page).asString();
        assertEquals(1, customerLines(html), html);
        assertFalse(keys(html).contains(keys.getFirst()), "a page shown again offers new keys");

        // A key the API would refuse (a space, too long, not ASCII) is left out: the message is still answered.
        for (String odd : List.of("not a key", "k".repeat(256), "cl\u00e9")) {
            Response sent = alice.postForm(page + "/messages", Map.of("csrf", csrf, "key", odd, "text", "Why?"));
            assertEquals(303, sent.statusCode());
            assertTrue(sent.header("Location").endsWith("#latest"), sent.header("Location"));
        }
        assertEquals(4, customerLines(alice.get(page).asString()));
    }

    @Test
    void hostileTextIsShownAsTextAndOversizedTextIsRefusedPolitely() {
        BrowserSession alice = signIn(newSubject());
        String csrf = csrf(alice.get("/chat"));
        String page = conversationOf(alice, csrf);

        alice.postForm(page + "/messages", Map.of("csrf", csrf, "text", "<script>alert(1)</script><img src=x onerror=alert(2)>"));
        String html = alice.get(page).asString();
        assertFalse(html.contains("<script>alert"), html);
        assertFalse(html.contains("<img src=x"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);

        // Over the API's 2,000 characters (and in two-byte characters): the page says so.
        Response tooLong = alice.postForm(page + "/messages", Map.of("csrf", csrf, "text", "\u00e9".repeat(2_500)));
        assertEquals(303, tooLong.statusCode());
        assertTrue(tooLong.header("Location").contains("notice=too-long"), tooLong.header("Location"));
        assertTrue(alice.get(page + "?notice=too-long").asString().contains("role=\"alert\""));
        assertEquals(303, alice.postForm(page + "/messages", Map.of("csrf", csrf, "text", "   ")).statusCode());
        // Far over any message: refused while the form is read, before anything is parsed further.
        assertEquals(413, alice.postForm(page + "/messages", Map.of("csrf", csrf, "text", "a".repeat(100_000))).statusCode());
        // A notice is looked up by code: a link cannot put text on the page.
        assertFalse(alice.get(page + "?notice=%3Cb%3Ehacked").asString().contains("hacked"));
    }

    @Test
    void aCustomerCannotOpenOrWriteToAnotherCustomersConversation() {
        BrowserSession alice = signIn(newSubject());
        String page = conversationOf(alice, csrf(alice.get("/chat")));
        BrowserSession bob = signIn(newSubject());
        String bobsCsrf = csrf(bob.get("/chat"));

        Response peek = bob.get(page);
        assertEquals(404, peek.statusCode());
        assertFalse(peek.asString().contains("About this chat"));
        assertEquals(404, bob.postForm(page + "/messages", Map.of("csrf", bobsCsrf, "text", "hello")).statusCode());
        assertEquals(404, bob.get("/chat/conversations/not-a-uuid").statusCode());
    }

    @Test
    void anAgentAccountIsToldTheChatIsForCustomers() {
        BrowserSession agnes = BrowserSession.signIn("/chat", "support-web", "agnes-subject", "agnes",
                Set.of("bot-service", "escalation-service"), "agent");
        Response page = agnes.get("/chat");
        assertEquals(403, page.statusCode());
        assertTrue(page.asString().contains("not a customer account"));
        DownstreamStubs.server().verify(0, anyRequestedFor(urlPathMatching("/v1/subjects/.*/consents")));
    }

    private static BrowserSession signIn(String subject) {
        return BrowserSession.signIn("/chat", "support-web", subject, "alice", Set.of("bot-service", "consent-service"), "customer");
    }

    private static String conversationOf(BrowserSession browser, String csrf) {
        Response started = browser.postForm("/chat/conversations", Map.of("csrf", csrf));
        assertEquals(303, started.statusCode(), started.asString());
        return URI.create(started.header("Location")).getPath();
    }

    private static final Pattern KEY = Pattern.compile("name=\"key\" value=\"([^\"]+)\"");

    private static List<String> keys(String html) {
        return KEY.matcher(html).results().map(m -> m.group(1)).toList();
    }

    private static int customerLines(String html) {
        return html.split("class=\"message message-customer\"").length - 1;
    }

    private static String csrf(Response page) {
        Matcher m = CSRF.matcher(page.asString());
        assertTrue(m.find(), page.asString());
        return m.group(1);
    }

    private static String claim(String authorization, String name) {
        String payload = authorization.substring("Bearer ".length()).split("\\.")[1];
        String json = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }
}
