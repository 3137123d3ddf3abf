package com.safesupport.escalation.relay;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.safesupport.escalation.BotServiceMock;
import com.safesupport.testing.TestClock;
import com.safesupport.escalation.TestData;
import com.safesupport.platform.crypto.Sealer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.safesupport.escalation.TestData.supervisorToken;
import static com.safesupport.escalation.TestData.agent;
import static com.safesupport.escalation.TestData.agentToken;
import static com.safesupport.escalation.TestData.handOff;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 12 item 6: each sealed note and outbox payload is bound to its own row. A ciphertext copied onto another row
 * of the same ticket or conversation does not open; rows sealed before the change (bound to the ticket, or to the
 * conversation and kind) still do.
 */
@QuarkusTest
class RowBoundSealingTest {

    @Inject
    TestData data;

    @Inject
    TestClock clock;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    Sealer sealer;

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

    private void note(String ticket, String text) {
        given().auth().oauth2(supervisorToken()).contentType(ContentType.JSON).body("{\"text\":\"" + text + "\"}")
                .when().post("/v1/tickets/" + ticket + "/notes").then().statusCode(200);
    }

    private int sql(String statement, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery(statement);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.executeUpdate();
        });
    }

    @Test
    void aNoteCopiedOntoAnotherNoteOfTheSameTicketDoesNotOpen() {
        String ticket = handOff(List.of("HUMAN_REQUESTED"), "en");
        note(ticket, "first note");
        clock.advance(Duration.ofSeconds(1));
        note(ticket, "second note");
        given().auth().oauth2(supervisorToken()).when().get("/v1/tickets/" + ticket).then().statusCode(200)
                .body("notes.text", hasItem("second note"));
        // Someone with write access to the database moves the first note's ciphertext onto the second note.
        assertEquals(1, sql("""
                update ticket_note n set text_sealed = f.text_sealed, key_id = f.key_id
                  from ticket_note f
                 where n.ticket_id = cast(?1 as uuid) and f.ticket_id = n.ticket_id
                   and f.at = (select min(at) from ticket_note where ticket_id = cast(?1 as uuid))
                   and n.at = (select max(at) from ticket_note where ticket_id = cast(?1 as uuid))""", ticket));
        given().auth().oauth2(supervisorToken()).when().get("/v1/tickets/" + ticket).then().statusCode(500);
    }

    @Test
    void aNoteSealedBeforeRowBindingIsStillReadable() {
        String ticket = handOff(List.of("HUMAN_REQUESTED"), "en");
        Sealer.Sealed legacy = sealer.seal("written before V4", "ticket-text:" + ticket);
        sql("""
                insert into ticket_note (id, ticket_id, kind, author, key_id, text_sealed, at, aad_version)
                values (?1, cast(?2 as uuid), 'NOTE', 'max', ?3, ?4, ?5, 1)""",
                UUID.randomUUID(), ticket, legacy.keyId(), legacy.ciphertext(), Instant.now());
        note(ticket, "written after V4");
        given().auth().oauth2(supervisorToken()).when().get("/v1/tickets/" + ticket).then().statusCode(200)
                .body("notes.text", hasItem("written before V4"))
                .body("notes.text", hasItem("written after V4"));
    }

    @Test
    void anOutboxPayloadIsBoundToItsRowAndOldRowsStillDeliver() {
        bot.stubFor(post(urlPathMatching("/v1/conversations/.*/agent-messages")).willReturn(aResponse().withStatus(503)));
        String ticket = handOff(List.of("HUMAN_REQUESTED"), "en");
        String conversation = given().auth().oauth2(supervisorToken()).when().get("/v1/tickets/" + ticket).then().extract().path("conversationId");
        for (String text : List.of("reply one", "reply two")) {
            given().auth().oauth2(agentToken("max")).contentType(ContentType.JSON).body("{\"text\":\"" + text + "\"}")
                    .when().post("/v1/tickets/" + ticket + "/replies").then().statusCode(200).body("status", is("IN_PROGRESS"));
        }
        // The second reply's row gets the first reply's payload (same conversation, same kind): it must not deliver.
        assertEquals(1, sql("""
                update relay_outbox o set payload_sealed = f.payload_sealed, key_id = f.key_id
                  from relay_outbox f
                 where o.ticket_id = cast(?1 as uuid) and f.ticket_id = o.ticket_id
                   and f.id = (select min(id) from relay_outbox where ticket_id = cast(?1 as uuid))
                   and o.id = (select max(id) from relay_outbox where ticket_id = cast(?1 as uuid))""", ticket));
        // And a row written before V4, sealed the old way, is still delivered (another conversation: delivery is in
        // order per conversation, and the tampered row above stays pending).
        String oldTicket = handOff(List.of("HUMAN_REQUESTED"), "en");
        String oldConversation = given().auth().oauth2(supervisorToken()).when().get("/v1/tickets/" + oldTicket).then().extract().path("conversationId");
        Sealer.Sealed legacy = sealer.seal(("{\"text\":\"queued before V4\",\"agentName\":\"MAX\",\"ticketId\":\"" + oldTicket + "\"}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), "outbox:" + oldConversation + ":AGENT_MESSAGE");
        sql("""
                insert into relay_outbox (ticket_id, conversation_id, kind, key_id, payload_sealed, status, next_attempt_at, created_at, aad_version)
                values (cast(?1 as uuid), cast(?2 as uuid), 'AGENT_MESSAGE', ?3, ?4, 'PENDING', ?5, ?5, 1)""",
                oldTicket, oldConversation, legacy.keyId(), legacy.ciphertext(), clock.instant());

        bot.resetAll();
        bot.stubFor(post(urlPathMatching("/v1/conversations/.*/agent-messages")).willReturn(aResponse().withStatus(202)));
        for (int round = 0; round < 4; round++) {
            clock.advance(Duration.ofMinutes(10));
            dispatcher.dispatchDue();
        }
        bot.verify(1, postRequestedFor(urlPathMatching("/v1/conversations/" + conversation + "/agent-messages"))
                .withRequestBody(equalToJson("{\"text\":\"reply one\",\"agentName\":\"MAX\",\"ticketId\":\"" + ticket + "\"}")));
        bot.verify(1, postRequestedFor(urlPathMatching("/v1/conversations/" + oldConversation + "/agent-messages"))
                .withRequestBody(equalToJson("{\"text\":\"queued before V4\",\"agentName\":\"MAX\",\"ticketId\":\"" + oldTicket + "\"}")));
        bot.verify(0, postRequestedFor(urlPathMatching("/v1/conversations/" + conversation + "/agent-messages"))
                .withRequestBody(equalToJson("{\"text\":\"reply two\",\"agentName\":\"MAX\",\"ticketId\":\"" + ticket + "\"}")));
    }
}
