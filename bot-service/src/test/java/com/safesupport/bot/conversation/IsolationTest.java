package com.safesupport.bot.conversation;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.safesupport.bot.support.BotTest;
import com.safesupport.bot.support.DownstreamStubs;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One customer must never degrade another (issue 12 item 7). redaction-service is stubbed to take longer than the
 * bot waits for one kind of input (as a backtracking engine did on long digit runs) while it answers everything
 * else at once, or to say that an input hit its deadline; a real outage still opens the shared breaker.
 */
@QuarkusTest
class IsolationTest extends BotTest {

    /** 1,950 characters of 49-digit runs: the shape that once took redaction-service 4.5 s. */
    static final String SLOW_INPUT = ("1234567890".repeat(5).substring(0, 49) + " ").repeat(39);
    static final String MARKER = "1234567890123456789012345678901234567890123456789";

    private static void redactionIsSlowFor(String marker, int delayMillis) {
        DownstreamStubs.server().stubFor(post(urlPathEqualTo("/v1/redact")).atPriority(1)
                .withRequestBody(containing(marker))
                .willReturn(aResponse().withFixedDelay(delayMillis).withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"text\":\"<digits withheld>\",\"entities\":[],\"language\":\"en\"}")));
    }

    @Test
    void aFloodOfSlowInputsFromOneCustomerLeavesAnotherCustomersAnswersAlone() throws Exception {
        redactionIsSlowFor(MARKER, 3000);
        String attacker = newSubject();
        String attackerConversation = start(attacker);
        String victim = newSubject();
        String victimConversation = start(victim);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<ExtractableResponse<Response>>> flood = new ArrayList<>();
        try {
            for (int i = 0; i < 12; i++) {
                flood.add(pool.submit(() -> say(attacker, attackerConversation, SLOW_INPUT).extract()));
            }
            for (String question : List.of("How do I activate my card?",
                    "I ordered a card ten days ago and it still has not arrived. Where is it?", "How do I activate my new card?",
                    "My new card has not arrived yet, what can I do?")) {
                say(victim, victimConversation, question).statusCode(200).body("kind", is("ANSWER"));
            }
            int refused = 0;
            int limited = 0;
            for (Future<ExtractableResponse<Response>> f : flood) {
                ExtractableResponse<Response> r = f.get();
                if (r.statusCode() == 429) {
                    limited++;
                    assertTrue(r.header("Retry-After") != null);
                } else {
                    assertEquals(200, r.statusCode(), r.asString());
                    JsonPath reply = r.jsonPath();
                    assertEquals("REFUSED", reply.getString("kind"), reply.prettify());
                    assertTrue(reply.getList("explanation.reasons").contains("INPUT_NOT_PROCESSED"), reply.prettify());
                    refused++;
                }
            }
            assertTrue(refused >= 1, "no slow input reached redaction");
            assertTrue(limited >= 1, "neither the customer's bulkhead nor their budget stopped the flood");
        } finally {
            pool.shutdownNow();
        }
        // The shared breaker stayed closed: the victim is still answered, and nothing was handed off.
        say(victim, victimConversation, "How do I activate my card?").statusCode(200).body("kind", is("ANSWER"));
        assertEquals(0, DownstreamStubs.server().findAll(postRequestedFor(urlPathEqualTo("/v1/handoffs"))).size());
        // The slow input was never stored.
        given().auth().oauth2(TOKENS.customer(attacker)).when().get("/v1/conversations/" + attackerConversation)
                .then().statusCode(200).body("messages.text", not(hasItem(containsString(MARKER))));
    }

    @Test
    void aMomentsStallOfRedactionDoesNotRefuseAnInnocentMessage() {
        // The first call for this text takes longer than the bot waits (a pause or a cold start of redaction-service
        // on a loaded machine); the probe and the second call are answered at once, as a stall ends.
        DownstreamStubs.server().stubFor(post(urlPathEqualTo("/v1/redact")).atPriority(1)
                .inScenario("stall").whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .withRequestBody(containing("activate my card"))
                .willSetStateTo("over")
                .willReturn(aResponse().withFixedDelay(3000).withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"text\":\"How do I activate my card?\",\"entities\":[],\"language\":\"en\"}")));
        String subject = newSubject();
        say(subject, start(subject), "How do I activate my card?").statusCode(200)
                .body("kind", is("ANSWER"))
                .body("explanation.guardrails.outcome", not(hasItem("INPUT_REJECTED")));
        assertEquals(2, DownstreamStubs.server().findAll(postRequestedFor(urlPathEqualTo("/v1/redact"))
                .withRequestBody(containing("activate my card"))).size(), "the stalled call and one retry");
    }

    @Test
    void redactionsDeadlineProblemCountsAgainstTheInputNotTheService() {
        DownstreamStubs.server().stubFor(post(urlPathEqualTo("/v1/redact")).atPriority(1)
                .withRequestBody(containing(MARKER))
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1")
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"https://safesupport.dev/problems/redaction-deadline\",\"title\":\"Service Unavailable\","
                                + "\"status\":503,\"detail\":\"The text could not be analysed within its deadline\"}")));
        for (int i = 0; i < 12; i++) {
            String subject = newSubject();
            say(subject, start(subject), SLOW_INPUT).statusCode(200)
                    .body("author", is("SYSTEM"))
                    .body("kind", is("REFUSED"))
                    .body("explanation.reasons", hasItem("INPUT_NOT_PROCESSED"))
                    .body("explanation.guardrails.outcome", hasItem("INPUT_REJECTED"));
        }
        String next = newSubject();
        say(next, start(next), "How do I activate my card?").statusCode(200).body("kind", is("ANSWER"));
    }

    @Test
    void aRealOutageStillOpensTheBreaker() {
        DownstreamStubs.server().stubFor(post(urlPathEqualTo("/v1/redact")).atPriority(1)
                .willReturn(aResponse().withStatus(500)));
        for (int i = 0; i < 10; i++) {
            String subject = newSubject();
            say(subject, start(subject), "How do I activate my card?").statusCode(200)
                    .body("explanation.reasons", hasItem("SYSTEM_DEGRADED"));
        }
        DownstreamStubs.resetToHealthy();
        List<LoggedRequest> before = DownstreamStubs.server().findAll(postRequestedFor(urlPathEqualTo("/v1/redact")));
        String subject = newSubject();
        // redaction-service is back, but the open breaker fails fast without calling it.
        say(subject, start(subject), "How do I activate my card?").statusCode(200)
                .body("explanation.reasons", hasItem("SYSTEM_DEGRADED"));
        assertEquals(before.size(), DownstreamStubs.server().findAll(postRequestedFor(urlPathEqualTo("/v1/redact"))).size());
    }
}
