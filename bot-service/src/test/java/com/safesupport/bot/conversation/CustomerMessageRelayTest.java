package com.safesupport.bot.conversation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.safesupport.bot.conversation.pipeline.ConversationState;
import com.safesupport.bot.conversation.pipeline.Replies;
import com.safesupport.bot.conversation.pipeline.TurnContext;
import com.safesupport.bot.conversation.pipeline.Verdict;
import com.safesupport.bot.isolation.Deadline;
import com.safesupport.bot.redaction.Redacted;
import com.safesupport.bot.handoff.CustomerMessageOutboxEntry;
import com.safesupport.bot.handoff.CustomerMessageRelay;
import com.safesupport.bot.handoff.HandoffService;
import com.safesupport.bot.support.BotTest;
import com.safesupport.bot.support.DownstreamStubs;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * While a person holds the conversation, every customer message stored for them (redacted) reaches the agent's
 * ticket ({@code POST /v1/handoffs/{ticketId}/customer-messages}, WireMock standing in for escalation-service):
 * right after the turn, retried without duplicates, after the hand-off's ticket is known, in order.
 */
@QuarkusTest
class CustomerMessageRelayTest extends BotTest {

    private static final String TICKET = "7d0a3c55-1111-4000-8000-00000000cafe";
    private static final String RELAY_PATH = "/v1/handoffs/" + TICKET + "/customer-messages";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    CustomerMessageRelay relay;

    @Inject
    HandoffService handoffs;

    @Inject
    TurnRecorder recorder;

    @Inject
    io.smallrye.faulttolerance.api.CircuitBreakerMaintenance breakers;

    @Test
    void aMessageWhileAHumanHoldsReachesTheTicketRedactedRightAfterTheTurn() throws Exception {
        String subject = newSubject();
        String id = handedOver(subject);
        say(subject, id, "My name is John Smith and the card still does not work").statusCode(200)
                .body("author", is("SYSTEM")).body("kind", is("ESCALATED")).body("text", is(Replies.HUMAN_HOLDS));

        List<LoggedRequest> sent = relayed(id);
        assertEquals(1, sent.size());
        JsonNode body = JSON.readTree(sent.getFirst().getBodyAsString());
        assertFalse(body.get("text").asText().contains("John Smith"), "escalation-service never receives raw personal data");
        assertTrue(body.get("text").asText().contains("<PERSON_"));
        assertTrue(body.hasNonNull("at"));
        assertEquals(keys(id), List.of(sent.getFirst().getHeader("Idempotency-Key")));
        // The transcript keeps the same redacted line.
        given().auth().oauth2(TOKENS.customer(subject)).when().get("/v1/conversations/" + id)
                .then().body("messages.findAll { it.author == 'CUSTOMER' }.last().text", is(body.get("text").asText()));
        assertEquals(List.of(CustomerMessageOutboxEntry.Status.DELIVERED), statuses(id));
    }

    @Test
    void aFailedDeliveryIsRetriedByTheRelayWithTheSameKeyAndSentOnce() {
        String subject = newSubject();
        String id = handedOver(subject);
        DownstreamStubs.server().stubFor(post(urlPathMatching("/v1/handoffs/[^/]+/customer-messages"))
                .willReturn(aResponse().withStatus(503)));
        say(subject, id, "Is anybody there?").statusCode(200).body("text", is(Replies.HUMAN_HOLDS));
        List<LoggedRequest> failed = relayed(id);
        assertFalse(failed.isEmpty(), "one attempt right after the turn");
        assertEquals(List.of(CustomerMessageOutboxEntry.Status.PENDING), statuses(id));

        DownstreamStubs.resetToHealthy();
        breakers.resetAll();
        relay.deliverDue();
        assertEquals(0, relayed(id).size(), "not before its backoff");

        clock.advance(Duration.ofMinutes(10));
        relay.deliverDue();
        relay.deliverDue();
        List<LoggedRequest> sent = relayed(id);
        assertEquals(1, sent.size(), "delivered once, and not again");
        assertEquals(failed.getFirst().getHeader("Idempotency-Key"), sent.getFirst().getHeader("Idempotency-Key"),
                "a retry is the same request: escalation-service appends it once");
        assertEquals(failed.getFirst().getBodyAsString(), sent.getFirst().getBodyAsString());
        assertEquals(List.of(CustomerMessageOutboxEntry.Status.DELIVERED), statuses(id));
    }

    @Test
    void messagesWaitForTheHandoffsTicketAndFollowItInOrder() throws Exception {
        DownstreamStubs.server().stubFor(post(urlPathEqualTo("/v1/handoffs")).willReturn(aResponse().withStatus(503)));
        String subject = newSubject();
        String id = start(subject);
        say(subject, id, "agent please").statusCode(200).body("handoff.status", is("QUEUED")).body("handoff.ticketId", nullValue());
        say(subject, id, "first: my card was blocked yesterday").statusCode(200).body("text", is(Replies.HUMAN_HOLDS));
        say(subject, id, "second: it happened at the airport").statusCode(200).body("text", is(Replies.HUMAN_HOLDS));
        assertEquals(0, relayed(id).size(), "no ticket yet: nothing to relay to");
        assertEquals(2, statuses(id).size());

        DownstreamStubs.resetToHealthy();
        breakers.resetAll();
        clock.advance(Duration.ofMinutes(10));
        handoffs.deliverDue();
        relay.deliverDue();
        assertEquals(List.of("first: my card was blocked yesterday", "second: it happened at the airport"), texts(relayed(id)));
        assertEquals(keys(id), relayed(id).stream().map(r -> r.getHeader("Idempotency-Key")).toList());
    }

    @Test
    void aLaterMessageNeverOvertakesAnEarlierOneThatIsNotDelivered() throws Exception {
        String subject = newSubject();
        String id = handedOver(subject);
        DownstreamStubs.server().stubFor(post(urlPathMatching("/v1/handoffs/[^/]+/customer-messages"))
                .willReturn(aResponse().withStatus(503)));
        say(subject, id, "one").statusCode(200);
        int attempts = relayed(id).size();
        say(subject, id, "two").statusCode(200);
        say(subject, id, "three").statusCode(200);
        assertEquals(attempts, relayed(id).size(), "two and three wait behind one");
        assertEquals(List.of("one"), texts(relayed(id)).stream().distinct().toList());

        DownstreamStubs.resetToHealthy();
        breakers.resetAll();
        clock.advance(Duration.ofMinutes(10));
        relay.deliverDue();
        assertEquals(List.of("one", "two", "three"), texts(relayed(id)));
        assertEquals(0, statuses(id).stream().filter(s -> s != CustomerMessageOutboxEntry.Status.DELIVERED).count());
    }

    @Test
    void aMessageWhoseRedactionFailedIsNotRelayedAndTheCustomerIsTold() {
        String subject = newSubject();
        String id = handedOver(subject);
        DownstreamStubs.server().stubFor(post(urlPathEqualTo("/v1/redact")).willReturn(aResponse().withStatus(503)));
        say(subject, id, "My card 4111 1111 1111 1111, I am Anna Schmidt").statusCode(200)
                .body("author", is("SYSTEM")).body("text", is(Replies.HUMAN_HOLDS_WITHHELD));
        assertEquals(0, relayed(id).size());
        assertEquals(List.of(), statuses(id));
        given().auth().oauth2(TOKENS.customer(subject)).when().get("/v1/conversations/" + id)
                .then().body("messages.findAll { it.author == 'CUSTOMER' }.last().text", containsString("withheld"));
    }

    @Test
    void aClosedOrUnknownTicketRejectsTheMessageForGoodAndTheNextStillGoes() throws Exception {
        String subject = newSubject();
        String id = handedOver(subject);
        DownstreamStubs.server().stubFor(post(urlPathMatching("/v1/handoffs/[^/]+/customer-messages"))
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"https://safesupport.example/problems/ticket-closed\",\"status\":409}")));
        say(subject, id, "closed one").statusCode(200).body("text", is(Replies.HUMAN_HOLDS));
        assertEquals(1, relayed(id).size(), "a 409 is final: no retry");
        DownstreamStubs.server().stubFor(post(urlPathMatching("/v1/handoffs/[^/]+/customer-messages"))
                .willReturn(aResponse().withStatus(404)));
        say(subject, id, "unknown one").statusCode(200);
        assertEquals(List.of("closed one", "unknown one"), texts(relayed(id)),
                "a 404 is final too, and the rejected one holds nothing up");

        DownstreamStubs.resetToHealthy(); // (forgets the requests so far)
        say(subject, id, "delivered one").statusCode(200);
        clock.advance(Duration.ofMinutes(10));
        relay.deliverDue();
        assertEquals(List.of("delivered one"), texts(relayed(id)), "the rejected ones are not tried again");
        assertEquals(List.of(CustomerMessageOutboxEntry.Status.REJECTED, CustomerMessageOutboxEntry.Status.REJECTED,
                CustomerMessageOutboxEntry.Status.DELIVERED), statuses(id));
    }

    /**
     * Hostile size: bot-service refuses a message over its limit (2,000 characters by default) before anything is
     * stored, so an 8,000-character message reaches neither the transcript nor the agent; a message at the limit is
     * relayed whole (escalation-service accepts 8,000).
     */
    @Test
    void anOversizedMessageIsRefusedBeforeAnythingIsStoredAndOneAtTheLimitIsRelayedWhole() throws Exception {
        String subject = newSubject();
        String id = handedOver(subject);
        say(subject, id, "x".repeat(8000)).statusCode(413).body("type", containsString("message-too-long"));
        assertEquals(0, relayed(id).size());
        assertEquals(List.of(), statuses(id));

        String atLimit = "y ".repeat(1000);
        say(subject, id, atLimit).statusCode(200).body("text", is(Replies.HUMAN_HOLDS));
        List<String> texts = texts(relayed(id));
        assertEquals(1, texts.size());
        assertEquals(atLimit.strip(), texts.getFirst().strip());
    }

    @Test
    void aMessageTheAiDecidedWhileAConcurrentTurnHandedOverStillReachesTheAgent() throws Exception {
        // The race, made deterministic: this turn began while the AI held the conversation (its snapshot), and another
        // turn's hand-off committed before this one is recorded. The hand-off's transcript does not hold this message,
        // so it must go to the agent's ticket like any message while a person holds the conversation.
        String subject = newSubject();
        String id = start(subject);
        ConversationState before = new ConversationState(UUID.fromString(id), subject, 0, false, Set.of(), 0, 0);
        say(subject, id, "I want to speak to a real person").statusCode(200)
                .body("kind", is("ESCALATED")).body("handoff.ticketId", is(TICKET));

        TurnContext late = new TurnContext(before, "raw text the recorder never reads", Deadline.of(Duration.ofSeconds(5)));
        late.redacted(new Redacted("My card ending <CARD> was declined again", List.of(), "en"));
        TurnRecorder.Recorded recorded = recorder.record(late,
                Verdict.reply(Verdict.Kind.ANSWER, "Declined cards: check the limit in the app."), 3);

        assertTrue(recorded.relayId() != null, "the message is in the relay's outbox");
        assertEquals(TICKET, recorded.handoff().ticketId(), "the answer says a person holds the conversation");
        assertEquals(1, relay.deliverConversation(UUID.fromString(id)));
        assertEquals(List.of("My card ending <CARD> was declined again"), texts(relayed(id)));
    }

    @Test
    void erasingTheSubjectErasesItsRelayEntriesToo() {
        String subject = newSubject();
        String id = handedOver(subject);
        DownstreamStubs.server().stubFor(post(urlPathMatching("/v1/handoffs/[^/]+/customer-messages"))
                .willReturn(aResponse().withStatus(503)));
        say(subject, id, "My name is John Smith").statusCode(200);
        assertEquals(1, statuses(id).size());
        given().auth().oauth2(TOKENS.service("consent-service", "svc-consent")).when().delete("/v1/subjects/" + subject + "/data")
                .then().statusCode(200).body("erased.conversations", is(1));
        assertEquals(List.of(), statuses(id), "the pending relay of the erased conversation is gone with it");
    }

    private String handedOver(String subject) {
        String id = start(subject);
        say(subject, id, "I want to speak to a real person").statusCode(200)
                .body("kind", is("ESCALATED")).body("handoff.ticketId", is(TICKET));
        return id;
    }

    /** The relay requests of this conversation's entries (every test's messages go to the stub's one ticket). */
    private List<LoggedRequest> relayed(String conversationId) {
        List<String> keys = keys(conversationId);
        return DownstreamStubs.server().findAll(postRequestedFor(urlPathEqualTo(RELAY_PATH))).stream()
                .filter(r -> keys.contains(r.getHeader("Idempotency-Key"))).toList();
    }

    private static List<String> keys(String conversationId) {
        return entries(conversationId).stream().map(e -> e.idempotencyKey).toList();
    }

    private static List<CustomerMessageOutboxEntry.Status> statuses(String conversationId) {
        return entries(conversationId).stream().map(e -> e.status).toList();
    }

    private static List<CustomerMessageOutboxEntry> entries(String conversationId) {
        return QuarkusTransaction.requiringNew().call(() -> CustomerMessageOutboxEntry.<CustomerMessageOutboxEntry>list(
                "conversationId = ?1 order by messageSeq, part", UUID.fromString(conversationId)));
    }

    private static List<String> texts(List<LoggedRequest> requests) throws Exception {
        List<String> texts = new java.util.ArrayList<>();
        for (LoggedRequest r : requests) {
            texts.add(JSON.readTree(r.getBodyAsString()).get("text").asText());
        }
        return texts;
    }
}
