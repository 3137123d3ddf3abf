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
}
