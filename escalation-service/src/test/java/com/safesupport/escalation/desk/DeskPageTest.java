package com.safesupport.escalation.desk;

import com.safesupport.escalation.BotServiceMock;
import com.safesupport.testing.TestClock;
import com.safesupport.escalation.TestData;
import com.safesupport.escalation.sla.SlaMonitor;
import com.safesupport.testing.BrowserSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.safesupport.escalation.TestData.botToken;
import static com.safesupport.escalation.TestData.supervisorToken;
import static com.safesupport.escalation.TestData.agent;
import static com.safesupport.escalation.TestData.handOff;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The agent desk as a browser uses it: signed in through the authorization code flow (the mock realm), forms posted
 * with the session cookie and the CSRF token, the page calling this service's own API with the person's token.
 * The real browser journey across the suite is in system-tests.
 */
@QuarkusTest
class DeskPageTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @Inject
    TestData data;

    @Inject
    TestClock clock;

    @Inject
    SlaMonitor monitor;

    @BeforeEach
    void cleanSlate() {
        data.reset();
        BotServiceMock.server().stubFor(post(urlPathMatching("/v1/conversations/.*")).willReturn(aResponse().withStatus(200)));
        agent("nia", List.of("lang:en"), 5, List.of("general"), "OFFLINE");
    }

    /** Leaves no agent online behind: other test classes count on hand-offs waiting unassigned. */
    @AfterEach
    void cleanUp() {
        clock.reset();
        data.reset();
    }

    @Test
    void signingInGoesToTheRealmWithPkceAndTheSessionCookieOpensNoApi() {
        Response challenge = BrowserSession.anonymous().get("/desk");
        assertEquals(302, challenge.statusCode());
        Map<String, String> query = BrowserSession.query(URI.create(challenge.header("Location")));
        assertEquals("S256", query.get("code_challenge_method"));
        assertTrue(query.get("redirect_uri").endsWith("/desk/signed-in"), query.toString());

        BrowserSession nia = signIn("nia", "agent");
        assertEquals(200, nia.get("/desk").statusCode());
        nia.request().get("/v1/tickets").then().statusCode(401);
        given().get("/v1/tickets").then().statusCode(401);
        given().get("/desk/assets/desk.js").then().statusCode(200);
    }

    @Test
    void theListShowsTicketsInTheRoutersOrderWithReasonsAndSlaDueTimes() {
        String normal = handOff(List.of("HUMAN_REQUESTED"), "en");
        String urgent = handOff(List.of("SENSITIVE_TOPIC", "NEGATIVE_SENTIMENT"), "en");
        String older = handOff(List.of("LOW_CONFIDENCE"), "en");
        BrowserSession sam = signIn("sam", "supervisor");

        String html = sam.get("/desk").asString();
        assertTrue(html.indexOf(urgent) < html.indexOf(normal), "higher priority first");
        assertTrue(html.indexOf(normal) < html.indexOf(older), "then oldest first");
        assertTrue(html.contains("Customer asked for a person"), html);
        assertTrue(html.contains("First response due"), html);
        assertTrue(html.contains(normal.substring(0, 8).toUpperCase()), html);
    }

    @Test
    void aBreachedSlaIsShownInWordsNotOnlyInColour() {
        clock.set(TestData.monday(10, 0));
        String ticket = handOff(List.of("HUMAN_REQUESTED"), "en");
        clock.set(TestData.monday(16, 0));
        monitor.check();
        String html = signIn("sam", "supervisor").get("/desk").asString();
        assertTrue(html.contains("1 SLA breached"), html);
        assertTrue(html.contains("id=\"row-" + ticket + "\" class=\"breached\""), html);
        assertTrue(html.contains(">Breached<"), html);
        String team = signIn("sam", "supervisor").get("/desk/team").asString();
        assertTrue(team.contains("Sla breached"), team);
    }

    @Test
    void anAgentClaimsRepliesNotesHandsBackAndSaysWhetherTheHandOffWasNeeded() {
        String ticket = handOff(List.of("HUMAN_REQUESTED"), "en");
        BrowserSession nia = signIn("nia", "agent");
        String page = "/desk/tickets/" + ticket;
        Response opened = nia.get(page);
        String csrf = csrf(opened);
        assertTrue(opened.asString().contains("I want to talk to a person about &lt;IBAN_1&gt;"), "the redacted transcript, escaped");
        assertTrue(opened.asString().contains("Claim this ticket"));

        assertTrue(location(nia.postForm(page + "/claim",
                Map.of("csrf", csrf, "version", version(opened)))).endsWith("/desk/tickets/" + ticket + "?notice=claimed"));
        Response held = nia.get(page + "?notice=claimed");
        assertTrue(held.asString().contains("You hold this ticket now."));
        assertTrue(held.asString().contains("Reply to the customer"));

        assertTrue(location(nia.postForm(page + "/reply", Map.of("csrf", csrf, "text", "Your card is active now."))).endsWith("notice=replied"));
        assertTrue(location(nia.postForm(page + "/note", Map.of("csrf", csrf, "text", "Checked the card status"))).endsWith("notice=noted"));
        String afterNote = nia.get(page).asString();
        assertTrue(afterNote.contains("Reply by nia (sent to the customer)"), afterNote);
        assertTrue(afterNote.contains("Private note by nia (not sent)"), afterNote);

        Response current = nia.get(page);
        assertTrue(location(nia.postForm(page + "/handback", Map.of("csrf", csrf, "version", version(current), "note", "")))
                .endsWith("notice=handed-back"));
        Response finished = nia.get(page);
        assertTrue(finished.asString().contains("Was the hand-off to a person needed?"));
        assertTrue(location(nia.postForm(page + "/feedback", Map.of("csrf", csrf, "version", version(finished), "needed", "no")))
                .endsWith("notice=feedback"));

        given().auth().oauth2(supervisorToken()).get("/v1/tickets/" + ticket).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.is("HANDED_BACK"))
                .body("handoffNeeded", org.hamcrest.Matchers.is(false));
        given().auth().oauth2(botToken()).get("/v1/handoff-feedback").then()
                .body("find { it.reason == 'HUMAN_REQUESTED' }.notNeeded", org.hamcrest.Matchers.is(1));
    }

    @Test
    void aStaleFormSaysTheTicketChangedInsteadOfOverwriting() {
        String ticket = handOff(List.of("HUMAN_REQUESTED"), "en");
        BrowserSession nia = signIn("nia", "agent");
        String page = "/desk/tickets/" + ticket;
        Response opened = nia.get(page);
        nia.postForm(page + "/claim", Map.of("csrf", csrf(opened), "version", version(opened)));
        assertTrue(location(nia.postForm(page + "/resolve", Map.of("csrf", csrf(opened), "version", version(opened))))
                .endsWith("notice=stale"));
        given().auth().oauth2(supervisorToken()).get("/v1/tickets/" + ticket).then().body("status", org.hamcrest.Matchers.is("ASSIGNED"));
    }

    @Test
    void formsWithoutTheSessionsTokenOrFromAnotherSiteAreRefused() {
        String ticket = handOff(List.of("HUMAN_REQUESTED"), "en");
        BrowserSession nia = signIn("nia", "agent");
        String csrf = csrf(nia.get("/desk"));
        assertEquals(403, nia.postForm("/desk/tickets/" + ticket + "/claim", Map.of()).statusCode());
        assertEquals(403, nia.postForm("/desk/tickets/" + ticket + "/claim", Map.of("csrf", "x" + csrf)).statusCode());
        assertEquals(403, nia.request().header("Sec-Fetch-Site", "same-site").contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("csrf", csrf)).post("/desk/tickets/" + ticket + "/claim").statusCode());
        assertEquals(403, nia.postForm("/desk/availability", Map.of("availability", "ONLINE")).statusCode());
        given().auth().oauth2(supervisorToken()).get("/v1/tickets/" + ticket).then().body("status", org.hamcrest.Matchers.is("NEW"));
    }

    @Test
    void anAgentSeesNothingOfOtherQueuesAndACustomerNothingOfTheDesk() {
        TestData.queue("vip", List.of("lang:en"), List.of("vip-only"));
        agent("oli", List.of("lang:en"), 5, List.of("vip"), "OFFLINE");
        String ticket = handOff(List.of("HUMAN_REQUESTED"), "en");
        Response peek = signIn("oli", "agent").get("/desk/tickets/" + ticket);
        assertEquals(404, peek.statusCode());
        assertFalse(peek.asString().contains("IBAN"));
        assertFalse(signIn("oli", "agent").get("/desk").asString().contains(ticket));

        Response customer = BrowserSession.signIn("/desk", "support-web", UUID.randomUUID().toString(), "alice",
                Set.of("escalation-service"), "customer").get("/desk");
        assertEquals(403, customer.statusCode());
        assertTrue(customer.asString().contains("neither an agent nor a supervisor"));
        assertEquals(403, signIn("nia", "agent").get("/desk/team").statusCode());
    }

    @Test
    void aSupervisorSeesEveryAgentsAvailabilityAndLoad() {
        agent("oli", List.of("lang:en"), 2, List.of("general"), "ONLINE");
        String ticket = handOff(List.of("HUMAN_REQUESTED"), "en");
        given().auth().oauth2(supervisorToken()).contentType(ContentType.JSON).body("{\"agent\":\"oli\"}")
                .post("/v1/tickets/" + ticket + "/reassign").then().statusCode(200);
        String team = signIn("sam", "supervisor").get("/desk/team").asString();
        Matcher oli = Pattern.compile("<tr><td>OLI <span class=\"muted\">\\(oli\\)</span></td><td><span class=\"tag\">Online</span></td><td>1 of 2</td>").matcher(team);
        assertTrue(oli.find(), team);
        assertTrue(team.contains("(nia)</span></td><td><span class=\"tag\">Offline</span></td><td>0 of 5</td>"), team);
    }

    @Test
    void anAgentSetsTheirAvailabilityOnTheDesk() {
        BrowserSession nia = signIn("nia", "agent");
        String csrf = csrf(nia.get("/desk"));
        assertTrue(location(nia.postForm("/desk/availability", Map.of("csrf", csrf, "availability", "ONLINE"))).endsWith("notice=availability"));
        given().auth().oauth2(TestData.agentToken("nia")).get("/v1/agents/me").then().body("availability", org.hamcrest.Matchers.is("ONLINE"));
        assertTrue(location(nia.postForm("/desk/availability", Map.of("csrf", csrf, "availability", "<script>"))).endsWith("notice=refused"));
    }

    @Test
    void customerTextIsShownAsTextOnTheDesk() {
        String ticket = given().auth().oauth2(botToken()).header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON)
                .body(TestData.handoffJson(UUID.randomUUID(), UUID.randomUUID().toString(), List.of("HUMAN_REQUESTED"), "en",
                        "<img src=x onerror=alert(1)>"))
                .post("/v1/handoffs").then().statusCode(201).extract().path("ticketId");
        given().auth().oauth2(botToken()).contentType(ContentType.JSON).body("{\"text\":\"<script>alert(2)</script>\"}")
                .post("/v1/handoffs/" + ticket + "/customer-messages").then().statusCode(org.hamcrest.Matchers.lessThan(300));
        String html = signIn("sam", "supervisor").get("/desk/tickets/" + ticket).asString();
        assertFalse(html.contains("<img src=x"), html);
        assertFalse(html.contains("<script>alert"), html);
        assertTrue(html.contains("&lt;script&gt;alert(2)&lt;/script&gt;"), html);
    }

    @Test
    void theDeskStreamCarriesNewTicketsOfThePersonsQueuesLive() throws Exception {
        BrowserSession nia = signIn("nia", "agent");
        String cookies = nia.cookies().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/desk/events"))
                .header("Cookie", cookies).header("Accept", "text/event-stream").build();
        HttpResponse<java.io.InputStream> stream = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, stream.statusCode());
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            CompletableFuture<String> created = CompletableFuture.supplyAsync(() -> lines.lines()
                    .filter(l -> l.contains("TICKET_CREATED")).findFirst().orElse(""));
            // The stream is subscribed once the queue's SUBSCRIBED event can have arrived; hand-offs keep coming until seen.
            String ticket = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!created.isDone() && System.nanoTime() < deadline) {
                ticket = handOff(List.of("HUMAN_REQUESTED"), "en");
                try {
                    created.get(500, TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.TimeoutException notYet) {
                    // poll again with another hand-off
                }
            }
            String event = created.get(1, TimeUnit.SECONDS);
            assertTrue(event.contains("\"queue\":\"general\""), event);
            assertFalse(event.contains("IBAN"), "no personal data in the stream: " + event);
            assertTrue(ticket != null);
        }
    }

    private static BrowserSession signIn(String username, String role) {
        return BrowserSession.signIn("/desk", "support-web", username, username, Set.of("escalation-service"), role);
    }

    private static String location(Response response) {
        assertEquals(303, response.statusCode(), response.asString());
        return response.header("Location");
    }

    private static String csrf(Response page) {
        Matcher m = CSRF.matcher(page.asString());
        assertTrue(m.find(), page.asString());
        return m.group(1);
    }

    private static String version(Response page) {
        Matcher m = VERSION.matcher(page.asString());
        assertTrue(m.find(), page.asString());
        return m.group(1);
    }
}
