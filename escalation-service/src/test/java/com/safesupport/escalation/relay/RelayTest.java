package com.safesupport.escalation.relay;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.safesupport.escalation.BotServiceMock;
import com.safesupport.testing.TestClock;
import com.safesupport.escalation.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.safesupport.escalation.TestData.supervisorToken;
import static com.safesupport.escalation.TestData.agent;
import static com.safesupport.escalation.TestData.agentToken;
import static com.safesupport.escalation.TestData.handOff;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Replies reach bot-service through the outbox; WireMock plays bot-service (another service: its contract is the point). */
@QuarkusTest
class RelayTest {

    @Inject
    TestData data;

    @Inject
    TestClock clock;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    EntityManager em;

    private final WireMockServer bot = BotServiceMock.server();

    @BeforeEach
    void cleanSlate() {
        data.reset();
        bot.resetAll();
        agent("max", List.of("lang:en"), 5, List.of("general"), "OFFLINE");
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private Object[] outboxRow(String ticket) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                        "select status, attempts, last_status, kind from relay_outbox where ticket_id = cast(?1 as uuid) order by id desc limit 1")
                .setParameter(1, ticket).getSingleResult());
    }

    @Test
    void aReplyIsDeliveredOnceBotServiceIsBack() {
        bot.stubFor(post(urlPathMatching("/v1/conversations/.*/agent-messages")).willReturn(aResponse().withStatus(503)));
        String ticket = handOff(List.of("HUMAN_REQUESTED"), "en");
        String conversation = given().auth().oauth2(supervisorToken()).when().get("/v1/tickets/" + ticket).then().extract().path("conversationId");
        given().auth().oauth2(agentToken("max")).contentType(ContentType.JSON).body("{\"text\":\"Hello, this is Max\"}")
                .when().post("/v1/tickets/" + ticket + "/replies").then().statusCode(200).body("status", is("IN_PROGRESS"));

        // Delivery starts right after commit and fails: the message stays pending with a backoff.
        await().atMost(10, TimeUnit.SECONDS).until(() -> ((Number) outboxRow(ticket)[1]).intValue() >= 1);
        assertEquals("PENDING", outboxRow(ticket)[0]);
        assertEquals(503, ((Number) outboxRow(ticket)[2]).intValue());

        bot.stubFor(post(urlPathMatching("/v1/conversations/.*/agent-messages")).willReturn(aResponse().withStatus(202)));
        clock.advance(Duration.ofMinutes(10));
        dispatcher.dispatchDue();
        assertEquals("DELIVERED", outboxRow(ticket)[0]);
        bot.verify(postRequestedFor(urlPathMatching("/v1/conversations/" + conversation + "/agent-messages"))
                .withHeader("Authorization", matching("Bearer .+"))
                .withHeader("Idempotency-Key", matching("escalation-outbox-[0-9]+"))
                .withRequestBody(equalToJson("{\"text\":\"Hello, this is Max\",\"agentName\":\"MAX\",\"ticketId\":\"" + ticket + "\"}")));
    }

    @Test
    void handingBackTellsBotServiceAndFreesTheAgent() {
        bot.stubFor(post(urlPathMatching("/v1/conversations/.*/handback")).willReturn(aResponse().withStatus(200)));
        String ticket = handOff(List.of("HUMAN_REQUESTED"), "en");
        given().auth().oauth2(agentToken("max")).when().post("/v1/tickets/" + ticket + "/claim").then().statusCode(200);
        given().auth().oauth2(agentToken("max")).contentType(ContentType.JSON).body("{\"note\":\"Answered the billing question\"}")
                .when().post("/v1/tickets/" + ticket + "/handback").then().statusCode(200).body("status", is("HANDED_BACK"));
        await().atMost(10, TimeUnit.SECONDS).until(() -> "DELIVERED".equals(outboxRow(ticket)[0]));
        bot.verify(postRequestedFor(urlPathMatching("/v1/conversations/.*/handback"))
                .withRequestBody(equalToJson("{\"ticketId\":\"" + ticket + "\",\"note\":\"Answered the billing question\"}")));
        given().auth().oauth2(agentToken("max")).when().get("/v1/agents/me").then().body("load", is(0));
    }

    @Test
    void aRefusalRetryingCannotFixIsParkedAndSupervisorsAreTold() {
        bot.stubFor(post(urlPathMatching("/v1/conversations/.*/agent-messages")).willReturn(aResponse().withStatus(404)));
        String ticket = handOff(List.of("HUMAN_REQUESTED"), "en");
        given().auth().oauth2(agentToken("max")).contentType(ContentType.JSON).body("{\"text\":\"Anyone there?\"}")
                .when().post("/v1/tickets/" + ticket + "/replies").then().statusCode(200);
        await().atMost(10, TimeUnit.SECONDS).until(() -> "DEAD".equals(outboxRow(ticket)[0]));
        given().auth().oauth2(supervisorToken()).when().get("/v1/notifications").then().body("kind", hasItem("RELAY_FAILED"));
    }
}
