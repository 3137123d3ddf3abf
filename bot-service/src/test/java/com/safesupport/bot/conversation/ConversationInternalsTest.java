package com.safesupport.bot.conversation;

import com.safesupport.bot.support.BotTest;
import com.safesupport.bot.support.DownstreamStubs;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The conversation tests that look inside the process (its database connection, its clock): in-process only. */
@QuarkusTest
class ConversationInternalsTest extends BotTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void transcriptsAreStoredRedactedAndEncrypted() throws Exception {
        String subject = newSubject();
        String id = start(subject);
        say(subject, id, "Hi, I am Anna Schmidt, anna.schmidt@example.com. My card was stolen yesterday").statusCode(200);

        given().auth().oauth2(TOKENS.customer(subject)).when().get("/v1/conversations/" + id)
                .then().statusCode(200)
                .body("messages[1].author", is("CUSTOMER"))
                .body("messages[1].text", containsString("<PERSON_1>"))
                .body("messages[1].text", containsString("<EMAIL_ADDRESS_1>"))
                .body("messages.text", everyItem(not(containsString("anna.schmidt@example.com"))));

        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select text_key_id, text_sealed from message where conversation_id = ?")) {
            s.setObject(1, UUID.fromString(id));
            try (ResultSet rows = s.executeQuery()) {
                int n = 0;
                while (rows.next()) {
                    n++;
                    assertEquals("local-1", rows.getString(1));
                    String stored = new String(rows.getBytes(2), StandardCharsets.ISO_8859_1);
                    assertFalse(stored.contains("Anna"), "sealed text must not contain the name");
                    assertFalse(stored.contains("stolen"), "sealed text must not be plaintext");
                }
                assertEquals(3, n);
            }
        }
    }

    @Test
    void consentIsCachedForItsMaxAgeAndFetchedAgainAfter() {
        String subject = newSubject();
        String id = start(subject);
        say(subject, id, "How do I activate my new card?").statusCode(200);
        say(subject, id, "Can I add my card to Apple Pay?").statusCode(200);
        DownstreamStubs.server().verify(1, getRequestedFor(urlPathMatching("/v1/subjects/" + subject + "/decisions/ai-assistance")));

        clock.advance(Duration.ofSeconds(6));
        say(subject, id, "What is the fee for exchanging currencies?").statusCode(200);
        DownstreamStubs.server().verify(2, getRequestedFor(urlPathMatching("/v1/subjects/" + subject + "/decisions/ai-assistance")));
    }

    @Test
    void aTurnUpdatesTheConversationAndAddsItsTwoLinesAndItsDecisionRecord() throws Exception {
        String subject = newSubject();
        String id = start(subject);
        String firstReply = say(subject, id, "Hi, I am Anna Schmidt, anna.schmidt@example.com. How do I activate my card?")
                .statusCode(200).body("kind", is("ANSWER")).extract().path("messageId");
        say(subject, id, "Anna Schmidt again: can I change my PIN at a cash machine?").statusCode(200);
        String thirdDecision = say(subject, id, "What is the fee for exchanging currencies?")
                .statusCode(200).extract().path("decisionRecordId");

        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("select turns, next_seq, known_tags, octet_length(recent_questions),"
                    + " control from conversation where id = ?")) {
                s.setObject(1, UUID.fromString(id));
                try (ResultSet row = s.executeQuery()) {
                    org.junit.jupiter.api.Assertions.assertTrue(row.next());
                    assertEquals(3, row.getInt(1));
                    assertEquals(7, row.getInt(2), "the disclosure and two lines per turn");
                    // Each tag once, in the order first seen.
                    assertEquals(java.util.List.of("<PERSON_1>", "<EMAIL_ADDRESS_1>"),
                            java.util.List.of((String[]) row.getArray(3).getArray()));
                    assertEquals(2 * 384, row.getInt(4), "the last two questions, 8 bits per dimension");
                    assertEquals("AI", row.getString(5));
                }
            }
            try (PreparedStatement s = c.prepareStatement("select seq, author, kind from message where conversation_id = ? order by seq")) {
                s.setObject(1, UUID.fromString(id));
                StringBuilder lines = new StringBuilder();
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        lines.append(rows.getInt(1)).append(':').append(rows.getString(2)).append(' ');
                    }
                }
                assertEquals("0:AI 1:CUSTOMER 2:AI 3:CUSTOMER 4:AI 5:CUSTOMER 6:AI ", lines.toString());
            }
            try (PreparedStatement s = c.prepareStatement("select d.turn, d.message_id, d.id, d.subject_id, d.locale, d.channel,"
                    + " cardinality(d.guardrails) > 0, d.consent_state, m.seq from decision_record d join message m on m.id = d.message_id"
                    + " where d.conversation_id = ? order by d.turn")) {
                s.setObject(1, UUID.fromString(id));
                try (ResultSet rows = s.executeQuery()) {
                    for (int turn = 1; turn <= 3; turn++) {
                        org.junit.jupiter.api.Assertions.assertTrue(rows.next());
                        assertEquals(turn, rows.getInt(1));
                        assertEquals(subject, rows.getString(4));
                        assertEquals("en", rows.getString(5));
                        assertEquals("web", rows.getString(6));
                        org.junit.jupiter.api.Assertions.assertTrue(rows.getBoolean(7));
                        assertEquals("GIVEN", rows.getString(8));
                        assertEquals(2 * turn, rows.getInt(9), "the record names the turn's reply");
                        if (turn == 1) {
                            assertEquals(firstReply, rows.getObject(2).toString());
                        }
                        if (turn == 3) {
                            assertEquals(thirdDecision, rows.getObject(3).toString());
                        }
                    }
                    assertFalse(rows.next());
                }
            }
        }
        // The sealed lines open again through the entities' reader.
        given().auth().oauth2(TOKENS.customer(subject)).when().get("/v1/conversations/" + id)
                .then().statusCode(200)
                .body("messages[3].text", containsString("<PERSON_1>"))
                .body("messages[3].text", containsString("PIN"));
    }
}
