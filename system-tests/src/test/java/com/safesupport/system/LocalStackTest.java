package com.safesupport.system;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole suite as {@code ./suite up} runs it in the foreground — embedded PostgreSQL, Keycloak with the committed
 * realm and the four services as separate processes — called over real HTTP with tokens Keycloak issued, and stopped
 * at the end as a user stops it: Ctrl-C (SIGINT), which must stop everything that run started. ({@code ./suite up -d}
 * and {@code ./suite down} are {@link TwoReplicasTest}'s path; one start of the suite serves both checks here.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@org.junit.jupiter.api.TestClassOrder(org.junit.jupiter.api.ClassOrderer.OrderAnnotation.class)
class LocalStackTest {

    static final String TOKEN_URL = "http://localhost:8180/realms/support/protocol/openid-connect/token";
    static final Map<String, Integer> SERVICES = Map.of(
            "consent-service", 8081, "redaction-service", 8082, "bot-service", 8083, "escalation-service", 8084);
    static final String ALICE = "a11ce000-0000-4000-8000-000000000001";

    final StringBuilder output = new StringBuilder();
    Process suite;

    @BeforeAll
    void up() throws IOException {
        suite = SuiteCli.upInForeground(output);
    }

    @AfterAll
    void ctrlCStopsEverythingTheForegroundRunStarted() throws Exception {
        try {
            List<Long> pids = SuiteCli.recordedPids();
            assertEquals(6, pids.size(), output.toString());
            assertTrue(pids.stream().allMatch(pid -> ProcessHandle.of(pid).isPresent()), output.toString());

            new ProcessBuilder("kill", "-INT", Long.toString(suite.pid())).start().waitFor();

            assertTrue(suite.waitFor(120, TimeUnit.SECONDS), "./suite up did not stop on Ctrl-C:\n" + output);
            for (long pid : pids) {
                assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "pid " + pid + " survived Ctrl-C");
            }
            assertEquals(List.of(), SuiteCli.processesUnderHome(), "orphan processes after Ctrl-C");
            for (int port : List.of(15432, 8180, 8081, 8082, 8083, 8084)) {
                assertFalse(listening(port), "port " + port + " still open after Ctrl-C");
            }
        } finally {
            // Whatever failed above, leave no suite running for the next test class (its ports would be taken).
            if (suite.isAlive()) {
                suite.destroyForcibly();
            }
            SuiteCli.run(120, "down");
        }
    }

    @Test
    void statusShowsEveryComponentUp() {
        String status = SuiteCli.run(60, "status");
        for (String component : List.of("postgres", "keycloak", "consent-service", "redaction-service", "bot-service",
                "escalation-service")) {
            assertTrue(status.lines().anyMatch(l -> l.startsWith(component) && l.endsWith("UP")), status);
        }
    }

    @Test
    void aSecondUpReusesWhatRuns() {
        List<Long> before = SuiteCli.recordedPids();
        String output = SuiteCli.run(120, "up", "-d");
        assertEquals(6, output.lines().filter(l -> l.contains("already running")).count(), output);
        assertEquals(before.stream().sorted().toList(), SuiteCli.recordedPids().stream().sorted().toList());
    }

    @Test
    void aDemoUserReachesTheServicesPeopleUseWithTheirOwnSubjectAndRoles() {
        String token = passwordToken("alice");
        for (var service : SERVICES.entrySet()) {
            if (service.getKey().equals("redaction-service")) {
                // No person calls redaction-service: support-web's tokens do not name it (issue 12 item 3).
                given().auth().oauth2(token).get("http://localhost:" + service.getValue() + "/v1/whoami")
                        .then().statusCode(401);
                continue;
            }
            given().auth().oauth2(token)
                    .get("http://localhost:" + service.getValue() + "/v1/whoami")
                    .then().statusCode(200)
                    .body("subject", equalTo(ALICE))
                    .body("clientId", equalTo("support-web"))
                    .body("roles", hasItem("customer"));
        }
    }

    @Test
    void eachClientsTokensNameOnlyTheServicesItCalls() {
        assertAudience(passwordToken("alice"), List.of("bot-service", "consent-service", "escalation-service"));
        assertAudience(clientToken("consent-service"), List.of("bot-service", "escalation-service", "redaction-service"));
        assertAudience(clientToken("bot-service"), List.of("consent-service", "escalation-service", "redaction-service"));
        assertAudience(clientToken("escalation-service"), List.of("bot-service"));
    }

    /** The suite's services among the token's audiences are exactly these (Keycloak may add {@code account}). */
    static void assertAudience(String jwt, List<String> services) {
        Object aud = claims(jwt).get("aud");
        List<String> all = aud instanceof List<?> list ? list.stream().map(Object::toString).toList() : List.of(String.valueOf(aud));
        assertEquals(services, all.stream().filter(SERVICES::containsKey).sorted().toList(), "aud " + all);
    }

    @Test
    void aCustomerWhoIsAlsoAnAgentReachesOnlyHerOwnSubject() {
        String dana = passwordToken("dana");
        assertTrue(claims(dana).getList("realm_access.roles").containsAll(List.of("customer", "agent")));
        given().auth().oauth2(dana).get("http://localhost:8081/v1/subjects/" + ALICE + "/consents/history")
                .then().statusCode(403);
        given().auth().oauth2(dana).get("http://localhost:8081/v1/subjects/" + ALICE + "/decisions/ai-assistance")
                .then().statusCode(403);
        given().auth().oauth2(dana).contentType("application/json")
                .body("{\"type\":\"ERASURE\",\"jurisdiction\":\"GDPR\",\"subjectId\":\"" + ALICE + "\"}")
                .post("http://localhost:8081/v1/dsr").then().statusCode(403);
        // As an agent she holds no ticket for alice: escalation-service says so, and consent-service refuses.
        given().auth().oauth2(dana).delete("http://localhost:8081/v1/subjects/" + ALICE + "/consents/analytics")
                .then().statusCode(403).body("detail", org.hamcrest.Matchers.containsString("ticket"));
    }

    @Test
    void everyServiceClientGetsATokenByClientCredentials() {
        for (String client : SERVICES.keySet()) {
            JsonPath claims = claims(clientToken(client));
            assertEquals(client, claims.getString("azp"));
        }
        assertTrue(claims(clientToken("bot-service")).getList("realm_access.roles").contains("svc-bot"));
    }

    @Test
    void theSuiteTokenCommandPrintsATokenKeycloakIssued() {
        JsonPath claims = claims(SuiteCli.run(60, "token", "petra").trim());
        assertEquals("petra", claims.getString("preferred_username"));
        assertTrue(claims.getList("realm_access.roles").contains("privacy-officer"), claims.prettify());
    }

    @Test
    void consentServiceCallsEveryPeerWithItsOwnClientCredentials() {
        given().auth().oauth2(passwordToken("petra"))
                .get("http://localhost:8081/v1/connectivity")
                .then().statusCode(200)
                .body("size()", equalTo(3))
                .body("reachable", equalTo(List.of(true, true, true)))
                .body("status", equalTo(List.of(200, 200, 200)))
                .body("clientId", equalTo(List.of("consent-service", "consent-service", "consent-service")))
                .body("roles.flatten()", hasItem("svc-consent"));
    }

    @Test
    void aClientWithoutTheNeededRoleIsRefused() {
        given().auth().oauth2(clientToken("bot-service"))
                .get("http://localhost:8081/v1/connectivity")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
        given().auth().oauth2(passwordToken("alice"))
                .get("http://localhost:8081/v1/connectivity")
                .then().statusCode(403);
    }

    @Test
    void aTokenForAnotherAudienceOrNoTokenIsUnauthorized() {
        // redaction-service's client has no audience mapper for consent-service: its token is not meant for it.
        given().auth().oauth2(clientToken("redaction-service"))
                .get("http://localhost:8081/v1/whoami")
                .then().statusCode(401);
        given().get("http://localhost:8081/v1/whoami").then().statusCode(401);
    }

    /**
     * The product end to end, every hop a real HTTP call between separate processes with Keycloak's tokens:
     * bot-service asks consent-service, redacts through redaction-service, hands over to escalation-service; the
     * agent's reply comes back through escalation's outbox; a privacy officer's requests reach every service.
     */
    @Nested
    @Order(1)
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class CustomerJourneyAcrossServices {

        static final String BOB = "b0b00000-0000-4000-8000-000000000002";
        static final String EMAIL = "alice.journey@example.com";

        String ticketId;
        String conversationId;

        @Test
        @Order(1)
        void withoutConsentNoModelAnswersAndAHumanTakesOver() {
            String bob = passwordToken("bob");
            CustomerJourney.withdrawConsent(bob, BOB, "ai-assistance");
            String conversation = CustomerJourney.openConversation(bob);

            JsonPath reply = CustomerJourney.say(bob, conversation, "How do I order a new card?");

            assertEquals("ESCALATED", reply.getString("kind"), reply.prettify());
            assertEquals(List.of(), reply.getList("sources"));
            assertTrue(reply.getList("explanation.reasons").contains("NO_CONSENT"), reply.prettify());
            String ticket = reply.getString("handoff.ticketId");
            given().auth().oauth2(clientToken("bot-service"))
                    .get(CustomerJourney.ESCALATION + "/v1/handoffs/" + ticket)
                    .then().statusCode(200).body("ticketId", equalTo(ticket));
        }

        @Test
        @Order(2)
        void aConsentingCustomerIsAnsweredFromTheKnowledgeBaseAndTheirDataTravelsRedacted() {
            String alice = passwordToken("alice");
            CustomerJourney.giveConsent(alice, ALICE, "ai-assistance");
            conversationId = CustomerJourney.openConversation(alice);

            JsonPath answer = CustomerJourney.say(alice, conversationId,
                    "How do I activate my new card? My email is " + EMAIL);
            assertEquals("ANSWER", answer.getString("kind"), answer.prettify());
            assertEquals("AI", answer.getString("author"));
            assertFalse(answer.getList("sources").isEmpty(), answer.prettify());
            assertTrue(answer.getList("explanation.guardrails.name").contains("redaction"), answer.prettify());

            JsonPath handoff = CustomerJourney.say(alice, conversationId, "I want to talk to a real person");
            assertEquals("ESCALATED", handoff.getString("kind"), handoff.prettify());
            assertTrue(handoff.getList("explanation.reasons").contains("HUMAN_REQUESTED"), handoff.prettify());
            ticketId = handoff.getString("handoff.ticketId");

            JsonPath ticket = CustomerJourney.ticket(passwordToken("sam"), ticketId);
            assertEquals(conversationId, ticket.getString("conversationId"));
            assertTrue(ticket.prettify().contains("<EMAIL_ADDRESS_"), ticket.prettify());
            CustomerJourney.assertNoRawValue(ticket, EMAIL);
            CustomerJourney.assertNoRawValue(CustomerJourney.conversation(alice, conversationId), EMAIL);
        }

        @Test
        @Order(3)
        void theAgentsReplyReachesTheCustomerAndTheAiIsSilentUntilHandedBack() {
            String agnes = passwordToken("agnes");
            String alice = passwordToken("alice");
            CustomerJourney.goOnline(agnes);
            Eventually.until(Duration.ofSeconds(30), () -> CustomerJourney.ticket(agnes, ticketId),
                    t -> "agnes".equals(t.getString("assignedAgent")), "assignment of the ticket to agnes");

            given().auth().oauth2(agnes).contentType("application/json")
                    .body(Map.of("text", "Your card is active now."))
                    .post(CustomerJourney.ESCALATION + "/v1/tickets/" + ticketId + "/replies")
                    .then().statusCode(200);
            Eventually.until(Duration.ofSeconds(30), () -> CustomerJourney.conversation(alice, conversationId),
                    c -> c.getList("messages.author").contains("AGENT"), "the agent's reply reaching the conversation");

            JsonPath whileHuman = CustomerJourney.say(alice, conversationId, "Thank you! What is my card limit?");
            assertTrue(!"AI".equals(whileHuman.getString("author")) || !"ANSWER".equals(whileHuman.getString("kind")),
                    "the AI answered while a human holds the conversation: " + whileHuman.prettify());

            CustomerJourney.handBack(agnes, ticketId, alice, conversationId);
        }

        @Test
        @Order(4)
        void aWithdrawalStopsTheAiWithinSeconds() {
            String alice = passwordToken("alice");
            CustomerJourney.withdrawConsent(alice, ALICE, "ai-assistance");
            String conversation = CustomerJourney.openConversation(alice);
            // The bot may hold a decision for max-age=5 s, so a withdrawal takes effect within 5 s, not instantly.
            // Different questions in turn: one question asked again and again is going round in circles, which hands the
            // conversation over (issue 14) and would hide the withdrawal behind the human. One a second: a conversation
            // takes 12 messages a minute (the bot's budget), and the decision may be cached for 5 s.
            List<String> questions = List.of("How do I top up my account?", "How do I change my PIN?",
                    "What exchange rate do you use when I pay abroad?");
            java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
            Eventually.until(Duration.ofSeconds(10), Duration.ofSeconds(1),
                    () -> CustomerJourney.say(alice, conversation, questions.get(asked.getAndIncrement() % questions.size())),
                    reply -> reply.getList("explanation.reasons").contains("NO_CONSENT"), "the withdrawal taking effect");
        }

        @Test
        @Order(5)
        void anAccessRequestCollectsFromEveryServiceAndAnErasureEmptiesThem() {
            String petra = passwordToken("petra");
            JsonPath access = CustomerJourney.runDataSubjectRequest(petra, ALICE, "ACCESS");
            CustomerJourney.assertEveryServiceAnswered(access, "EXPORT");
            JsonPath bundle = given().auth().oauth2(petra)
                    .get(CustomerJourney.CONSENT + "/v1/dsr/" + access.getString("id") + "/bundle")
                    .then().statusCode(200).extract().jsonPath();
            assertTrue(bundle.getList("services.bot.records.id").contains(conversationId), bundle.prettify());

            JsonPath erasure = CustomerJourney.runDataSubjectRequest(petra, ALICE, "ERASURE");
            CustomerJourney.assertEveryServiceAnswered(erasure, "ERASE");
            String consentClient = clientToken("consent-service");
            for (int port : List.of(8082, 8083, 8084)) {
                given().auth().oauth2(consentClient)
                        .get("http://localhost:" + port + "/v1/subjects/" + ALICE + "/data")
                        .then().statusCode(200).body("records.size()", equalTo(0));
            }
        }

        @Test
        @Order(6)
        void noComponentLoggedThePersonalDataItWasSent() throws java.io.IOException {
            try (var logs = java.nio.file.Files.list(SuiteCli.HOME.resolve("logs"))) {
                for (java.nio.file.Path log : logs.toList()) {
                    String content = java.nio.file.Files.readString(log);
                    assertFalse(content.contains(EMAIL), log + " contains the customer's e-mail address");
                    assertFalse(content.contains("Your card is active now."), log + " contains an agent's reply");
                }
            }
        }
    }

    /**
     * One customer must never degrade another (issue 12 item 7): bob floods bot-service with 2 kB messages of long
     * digit runs — the input that once took redaction-service seconds and, through the bot's shared breaker, got
     * the next customer escalated with SYSTEM_DEGRADED — while alice converses. Her answers stay answers; bob's
     * messages are refused or rate-limited, never a server error.
     */
    @Nested
    @Order(2)
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OneCustomerNeverDegradesAnother {

        static final String BOB = "b0b00000-0000-4000-8000-000000000002";
        static final String DIGIT_RUNS = ("1234567890".repeat(5).substring(0, 49) + " ").repeat(39);

        @Test
        void aFloodOfAdversarialInputFromOneCustomerLeavesAnothersAnswersAlone() throws Exception {
            String bob = passwordToken("bob");
            String alice = passwordToken("alice");
            CustomerJourney.giveConsent(bob, BOB, "ai-assistance");
            CustomerJourney.giveConsent(alice, ALICE, "ai-assistance");
            // The bot may hold an earlier decision for max-age=5 s: wait until alice's consent is in effect.
            Eventually.until(Duration.ofSeconds(15),
                    () -> CustomerJourney.say(alice, CustomerJourney.openConversation(alice), "How do I activate my new card?"),
                    reply -> "ANSWER".equals(reply.getString("kind")), "alice's consent taking effect");
            String flooded = CustomerJourney.openConversation(bob);
            String talk = CustomerJourney.openConversation(alice);

            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            List<java.util.concurrent.Future<io.restassured.response.Response>> flood = new java.util.ArrayList<>();
            try {
                for (int i = 0; i < 12; i++) {
                    flood.add(pool.submit(() -> given().auth().oauth2(bob).contentType("application/json")
                            .body(Map.of("text", DIGIT_RUNS))
                            .post(CustomerJourney.BOT + "/v1/conversations/" + flooded + "/messages")));
                }
                // No question asked again twice in a row: going round in circles hands over (issue 14), and this test
                // is about the flood, not about repetition (the one repeat below, after the flood, does not hand over).
                for (String question : List.of("How do I activate my new card?",
                        "I ordered a card ten days ago and it still has not arrived. Where is it?")) {
                    JsonPath reply = CustomerJourney.say(alice, talk, question);
                    assertEquals("ANSWER", reply.getString("kind"), reply.prettify());
                }
                for (var f : flood) {
                    int status = f.get(60, java.util.concurrent.TimeUnit.SECONDS).statusCode();
                    assertTrue(status == 200 || status == 429, "a flooding message answered " + status);
                }
            } finally {
                pool.shutdownNow();
            }
            JsonPath after = CustomerJourney.say(alice, talk, "How do I activate my card?");
            assertEquals("ANSWER", after.getString("kind"), after.prettify());
        }
    }

    /** The chat and the desk in headless Chromium, against this same running stack. */
    @Nested
    @Order(3)
    class InTheBrowser extends BrowserJourney {
    }

    /**
     * {@link CustomerJourneyTest}, the journey CI runs alone on four native processes, here on this same JVM stack:
     * its tests as they are, without a start and stop of the whole suite of its own. Last: it begins by giving the
     * consent the browser journey withdrew, and waits until that is in effect.
     */
    @Nested
    @Order(4)
    class TheNativeGatesJourney extends CustomerJourneyTest {
        @Override
        boolean ownStack() {
            return false;
        }
    }

    static String passwordToken(String user) {
        return RestAssured.given().formParams(Map.of("grant_type", "password", "client_id", "support-web",
                        "username", user, "password", "demo"))
                .post(TOKEN_URL).then().statusCode(200).extract().path("access_token");
    }

    static String clientToken(String client) {
        return RestAssured.given().formParams(Map.of("grant_type", "client_credentials", "client_id", client,
                        "client_secret", client + "-secret"))
                .post(TOKEN_URL).then().statusCode(200).extract().path("access_token");
    }

    static JsonPath claims(String jwt) {
        return new JsonPath(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
