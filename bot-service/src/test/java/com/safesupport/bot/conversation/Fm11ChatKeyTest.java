package com.safesupport.bot.conversation;

import com.safesupport.bot.isolation.Deadline;
import com.safesupport.bot.support.BotTest;
import com.safesupport.bot.support.DownstreamStubs;
import com.safesupport.testing.BrowserSession;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * fm11: the chat page's message key against the stored rows. A message whose first sending is still being answered
 * (its key in flight, e.g. on a replica that died) is not sent a second time: the page says it is still being
 * answered and records nothing; once the key's lease has ended, sending it again from the same form answers it once.
 * The form's key is the one the API stores (its digest), not a key of the page's own.
 */
@QuarkusTest
class Fm11ChatKeyTest extends BotTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final String QUESTION = "How do I activate my new card?";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Admission admission;

    @Test
    void aMessageStillBeingAnsweredIsSaidSoAndNotAnsweredTwice() {
        String subject = newSubject();
        DownstreamStubs.server().stubFor(get(urlPathMatching("/v1/subjects/[^/]+/consents")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("[]")));
        BrowserSession alice = BrowserSession.signIn("/chat", "support-web", subject, "alice",
                Set.of("bot-service", "consent-service"), "customer");
        Matcher csrfOnPage = CSRF.matcher(alice.get("/chat").asString());
        assertTrue(csrfOnPage.find());
        String csrf = csrfOnPage.group(1);
        Response started = alice.postForm("/chat/conversations", Map.of("csrf", csrf));
        assertEquals(303, started.statusCode(), started.asString());
        String page = URI.create(started.header("Location")).getPath();
        UUID id = UUID.fromString(page.substring(page.lastIndexOf('/') + 1));
        String key = UUID.randomUUID().toString();

        // The first sending of this message was taken and has not been answered yet: its key is claimed.
        Admission.Admitted first = admission.admit(id, new ConversationService.Access(subject, true, false), QUESTION,
                Deadline.of(Duration.ofSeconds(30)), MessageKeys.of(id, List.of(key), QUESTION));
        assertTrue(first.owned() != null);

        Map<String, String> form = Map.of("csrf", csrf, "key", key, "text", QUESTION);
        Response again = alice.postForm(page + "/messages", form);
        assertEquals(303, again.statusCode());
        assertTrue(again.header("Location").contains("notice=still-answering"), again.header("Location"));
        String html = alice.get(URI.create(again.header("Location")).getPath() + "?notice=still-answering").asString();
        assertTrue(html.contains("Your message is still being answered"), html);
        assertFalse(html.contains("too many") || html.contains("length limit"), "not told the conversation is full: " + html);
        assertEquals(0, count("select turns from conversation where id = ?", id));

        // The first sending died with its replica: once its lease has ended, the same form answers the message once.
        update("update message_idempotency set locked_at = locked_at - interval '31 seconds' where conversation_id = ?", id);
        for (int i = 0; i < 2; i++) {
            Response sent = alice.postForm(page + "/messages", form);
            assertEquals(303, sent.statusCode());
            assertTrue(sent.header("Location").endsWith("#latest"), sent.header("Location"));
        }
        assertEquals(1, count("select turns from conversation where id = ?", id));
        assertEquals(1, count("select count(*) from message where author = 'CUSTOMER' and conversation_id = ?", id));
        assertEquals(1, count("select count(*) from message_idempotency where state <> 'IN_FLIGHT' and conversation_id = ?", id),
                "the form's key is the API's, stored done");
    }

    private long count(String sql, UUID conversation) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, conversation);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void update(String sql, UUID conversation) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, conversation);
            assertEquals(1, s.executeUpdate());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
