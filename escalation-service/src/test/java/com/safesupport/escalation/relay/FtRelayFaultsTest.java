package com.safesupport.escalation.relay;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.safesupport.escalation.BotServiceMock;
import com.safesupport.escalation.TestData;
import com.safesupport.testing.LogCapture;
import com.safesupport.testing.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.safesupport.escalation.TestData.agent;
import static com.safesupport.escalation.TestData.agentToken;
import static com.safesupport.escalation.TestData.handOff;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A fault sweep of the relay's calls to bot-service: bot resets the connection, closes it empty, sends garbage, a 500
 * whose body quotes a marker, nothing for longer than the call may take, or a body that drips in. The agent's reply
 * is accepted at once (the outbox), the delivery attempt ends within a bound and leaves the message pending (never
 * lost, never dead), nothing of bot's body is logged, and the message is delivered once bot-service is back.
 */
@QuarkusTest
class FtRelayFaultsTest {

    static final String MARKER = "Peregrine Whitlock-Ashdown";
    private static final String AGENT_MESSAGES = "/v1/conversations/.*/agent-messages";

    @Inject
    TestData data;

    @Inject
    TestClock clock;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    EntityManager em;

    private final WireMockServer bot = BotServiceMock.server();

    enum Kind {
        CONNECTION_RESET, EMPTY_RESPONSE, GARBAGE_THEN_CLOSE, SERVER_ERROR_WITH_BODY, SLOW, SLOW_DRIP;

        ResponseDefinitionBuilder response() {
            return switch (this) {
                case CONNECTION_RESET -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
                case EMPTY_RESPONSE -> aResponse().withFault(Fault.EMPTY_RESPONSE);
                case GARBAGE_THEN_CLOSE -> aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE);
                case SERVER_ERROR_WITH_BODY -> aResponse().withStatus(500).withHeader("Content-Type", "text/plain")
                        .withBody("java.lang.IllegalStateException: " + MARKER);
                case SLOW -> aResponse().withStatus(202).withFixedDelay(10_000);
                // A 5xx whose body drips in for longer than a call may take: the status alone must not wait for it.
                case SLOW_DRIP -> aResponse().withStatus(503).withHeader("Content-Type", "text/plain")
                        .withBody(MARKER.repeat(20)).withChunkedDribbleDelay(MARKER.length() * 20, 60_000);
            };
        }
    }

    @BeforeEach
    void cleanSlate() {
        data.reset();
        bot.resetAll();
        agent("max", List.of("lang:en"), 5, List.of("general"), "OFFLINE");
    }

    @AfterEach
    void realTime() {
        clock.reset();
        bot.resetAll();
    }

    private Object[] outboxRow(String ticket) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                        "select status, attempts, last_status from relay_outbox where ticket_id = cast(?1 as uuid) order by id desc limit 1")
                .setParameter(1, ticket).getSingleResult());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aFaultyBotServiceDelaysTheReplyButNeverLosesIt(Kind kind) {
        bot.stubFor(post(urlPathMatching(AGENT_MESSAGES)).willReturn(kind.response()));
        String ticket = handOff(List.of("HUMAN_REQUESTED"), "en");
        try (LogCapture logs = LogCapture.start()) {
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> given().auth().oauth2(agentToken("max"))
                    .contentType(ContentType.JSON).body("{\"text\":\"Hello, this is Max\"}")
                    .when().post("/v1/tickets/" + ticket + "/replies").then().statusCode(200));
            // The first attempt starts right after commit; it must end within a call's bound (2 s in tests) and a margin.
            await().atMost(15, TimeUnit.SECONDS).until(() -> ((Number) outboxRow(ticket)[1]).intValue() >= 1);
            assertEquals("PENDING", outboxRow(ticket)[0], kind.name());
            assertTrue(logs.lines().stream().noneMatch(line -> line.contains(MARKER)), "bot-service's body was logged");
        }

        bot.resetAll();
        bot.stubFor(post(urlPathMatching(AGENT_MESSAGES)).willReturn(aResponse().withStatus(202)));
        clock.advance(Duration.ofMinutes(10));
        assertTimeoutPreemptively(Duration.ofSeconds(15), () -> dispatcher.dispatchDue());
        assertEquals("DELIVERED", outboxRow(ticket)[0]);
    }
}
