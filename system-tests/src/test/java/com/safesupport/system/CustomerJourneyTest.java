package com.safesupport.system;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The customer journey alone, against the four services as {@code ./suite up -d} runs them: on the JVM by default,
 * as native executables ({@code ./suite up -d --native}) when {@code SUITE_NATIVE=1} (environment) or
 * {@code -Dsuite.native=true}. In native mode every service must have its {@code target/*-runner}
 * ({@code ./suite native}); a missing one fails the test at once instead of quietly running that service on the JVM,
 * and every service process is checked to be the executable it should be.
 *
 * <p>The journey: the bot discloses that it is an AI; the customer consents and writes a message with personal data,
 * which every service after bot-service sees only redacted; the answer cites its sources; asking for a human opens a
 * hand-off ticket in escalation-service; an agent's reply reaches the customer; a withdrawn consent stops the bot.
 *
 * <p>In {@code ./suite test} this class does not run alone (surefire excludes it; {@code -Dtest=CustomerJourneyTest}
 * runs it): {@link LocalStackTest.TheNativeGatesJourney} runs these same tests on the JVM stack LocalStackTest already
 * started, which saves a second start and stop of the whole suite.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CustomerJourneyTest {

    static final List<String> SERVICES = List.of("consent-service", "redaction-service", "bot-service", "escalation-service");
    static final String ALICE = LocalStackTest.ALICE;
    static final String EMAIL = "alice.native-journey@example.com";

    /** Whether this class starts the stack it checks (and stops it after); false on a JVM stack started by another. */
    boolean ownStack() {
        return true;
    }

    boolean nativeMode() {
        return ownStack() && ("1".equals(System.getenv("SUITE_NATIVE"))
                || Boolean.parseBoolean(System.getProperty("suite.native", "false")));
    }

    String conversationId;
    String ticketId;

    @BeforeAll
    void up() {
        if (!ownStack()) {
            return;
        }
        boolean nativeMode = nativeMode();
        if (nativeMode) {
            List<String> missing = SERVICES.stream().filter(s -> nativeExecutable(s).isEmpty()).toList();
            assertEquals(List.of(), missing, "SUITE_NATIVE=1 but these services have no native executable"
                    + " (target/*-runner): build them with ./suite native " + String.join(" ", missing));
        }
        // The stack this class checks must be the one it asked for: a suite left running in this home (JVM or native)
        // would be reused by ./suite up.
        SuiteCli.run(120, "down");
        String output = nativeMode ? SuiteCli.run(600, "up", "-d", "--native") : SuiteCli.run(600, "up", "-d");
        assertTrue(output.contains("The suite is up"), output);
        assertFalse(output.contains("runs on the JVM"), output);
        System.out.println("CustomerJourneyTest (" + (nativeMode ? "native" : "JVM") + "): "
                + output.lines().filter(l -> l.startsWith("The suite is up")).findFirst().orElse(""));
    }

    @AfterAll
    void down() {
        if (ownStack()) {
            SuiteCli.run(120, "down");
        }
    }

    @Test
    @Order(0)
    void everyServiceRunsInTheModeAsked() throws IOException {
        boolean nativeMode = nativeMode();
        for (String service : SERVICES) {
            Path pidFile = SuiteCli.HOME.resolve("run/" + service + ".pid");
            long pid = Long.parseLong(Files.readString(pidFile).trim().split(" ")[0]);
            String command = ProcessHandle.of(pid).flatMap(p -> p.info().command())
                    .orElseThrow(() -> new AssertionError(service + " (pid " + pid + ") is not running"));
            String expected = nativeMode ? nativeExecutable(service).orElseThrow().toRealPath().toString() : "java";
            assertTrue(nativeMode ? command.equals(expected) : Path.of(command).getFileName().toString().equals("java"),
                    service + " runs " + command + ", expected " + expected);
        }
    }

    @Test
    @Order(1)
    void aConsentingCustomerIsAnsweredWithSourcesAndHerPersonalDataTravelsRedacted() {
        String alice = LocalStackTest.passwordToken("alice");
        CustomerJourney.giveConsent(alice, ALICE, "ai-assistance");
        // The bot may hold an earlier decision for max-age=5 s: until the consent is in effect it hands a conversation
        // over (NO_CONSENT), so each try opens a new one. openConversation checks the AI disclosure.
        JsonPath answer = Eventually.until(Duration.ofSeconds(15), Duration.ofSeconds(1), () -> {
            conversationId = CustomerJourney.openConversation(alice);
            return CustomerJourney.say(alice, conversationId, "How do I activate my new card? My email is " + EMAIL);
        }, reply -> !reply.getList("explanation.reasons").contains("NO_CONSENT"), "the consent taking effect");

        assertEquals("ANSWER", answer.getString("kind"), answer.prettify());
        assertEquals("AI", answer.getString("author"));
        assertFalse(answer.getList("sources").isEmpty(), answer.prettify());
        assertTrue(answer.getList("explanation.guardrails.name").contains("redaction"), answer.prettify());
        JsonPath conversation = CustomerJourney.conversation(alice, conversationId);
        assertEquals("DISCLOSURE", conversation.getString("messages[0].kind"), conversation.prettify());
        CustomerJourney.assertNoRawValue(conversation, EMAIL);
    }

    @Test
    @Order(2)
    void askingForAHumanOpensAHandOffTicketThatCarriesOnlyRedactedData() {
        String alice = LocalStackTest.passwordToken("alice");
        JsonPath handoff = CustomerJourney.say(alice, conversationId, "I want to talk to a real person");

        assertEquals("ESCALATED", handoff.getString("kind"), handoff.prettify());
        assertTrue(handoff.getList("explanation.reasons").contains("HUMAN_REQUESTED"), handoff.prettify());
        ticketId = handoff.getString("handoff.ticketId");
        JsonPath ticket = CustomerJourney.ticket(LocalStackTest.passwordToken("sam"), ticketId);
        assertEquals(conversationId, ticket.getString("conversationId"));
        assertTrue(ticket.prettify().contains("<EMAIL_ADDRESS_"), ticket.prettify());
        CustomerJourney.assertNoRawValue(ticket, EMAIL);
    }

    @Test
    @Order(3)
    void theAgentsReplyReachesTheCustomer() {
        String agnes = LocalStackTest.passwordToken("agnes");
        String alice = LocalStackTest.passwordToken("alice");
        String sam = LocalStackTest.passwordToken("sam");
        CustomerJourney.goOnline(agnes);
        // The queue may give the ticket to another online agent, or hold it while agnes is at capacity with the tickets
        // of earlier runs in this stack's home: the supervisor gives it to her (If-Match: a 412 means it just moved).
        Eventually.until(Duration.ofSeconds(30), () -> {
            var ticket = given().auth().oauth2(sam).get(CustomerJourney.ESCALATION + "/v1/tickets/" + ticketId)
                    .then().statusCode(200).extract().response();
            if (!"agnes".equals(ticket.jsonPath().getString("assignedAgent"))) {
                given().auth().oauth2(sam).header("If-Match", ticket.header("ETag")).contentType("application/json")
                        .body(Map.of("agent", "agnes"))
                        .post(CustomerJourney.ESCALATION + "/v1/tickets/" + ticketId + "/reassign")
                        .then().statusCode(org.hamcrest.Matchers.oneOf(200, 412));
            }
            return CustomerJourney.ticket(agnes, ticketId);
        }, t -> "agnes".equals(t.getString("assignedAgent")), "the ticket in agnes's hands");

        given().auth().oauth2(agnes).contentType("application/json")
                .body(Map.of("text", "Your card is active now."))
                .post(CustomerJourney.ESCALATION + "/v1/tickets/" + ticketId + "/replies")
                .then().statusCode(200);
        JsonPath conversation = Eventually.until(Duration.ofSeconds(30),
                () -> CustomerJourney.conversation(alice, conversationId),
                c -> c.getList("messages.author").contains("AGENT"), "the agent's reply reaching the conversation");
        assertTrue(conversation.getList("messages.text").contains("Your card is active now."), conversation.prettify());

        CustomerJourney.handBack(agnes, ticketId, alice, conversationId);
    }

    @Test
    @Order(4)
    void aWithdrawnConsentStopsTheBot() {
        String alice = LocalStackTest.passwordToken("alice");
        CustomerJourney.withdrawConsent(alice, ALICE, "ai-assistance");
        String conversation = CustomerJourney.openConversation(alice);
        // Different questions, one a second: the bot may hold the earlier decision for max-age=5 s, a conversation
        // takes 12 messages a minute, and one question asked again and again would hand over as going round in circles.
        List<String> questions = List.of("How do I top up my account?", "How do I change my PIN?",
                "What exchange rate do you use when I pay abroad?");
        AtomicInteger asked = new AtomicInteger();
        JsonPath stopped = Eventually.until(Duration.ofSeconds(10), Duration.ofSeconds(1),
                () -> CustomerJourney.say(alice, conversation, questions.get(asked.getAndIncrement() % questions.size())),
                reply -> reply.getList("explanation.reasons").contains("NO_CONSENT"), "the withdrawal taking effect");
        assertEquals(List.of(), stopped.getList("sources"), stopped.prettify());
        assertTrue(!"ANSWER".equals(stopped.getString("kind")), stopped.prettify());
    }

    static java.util.Optional<Path> nativeExecutable(String service) {
        try (var files = Files.list(SuiteCli.REPO.resolve(service + "/target"))) {
            List<Path> runners = new ArrayList<>(files.filter(f -> f.getFileName().toString().endsWith("-runner")
                    && Files.isRegularFile(f) && Files.isExecutable(f)).toList());
            return runners.stream().findFirst();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }
}
