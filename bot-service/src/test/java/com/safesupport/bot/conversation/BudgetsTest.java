package com.safesupport.bot.conversation;

import com.safesupport.bot.support.BotTest;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Per-customer budgets (issue 12 item 8): they hold across conversations and live in PostgreSQL, not in memory. */
@QuarkusTest
class BudgetsTest extends BotTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void messagesPerMinuteHoldAcrossAllOfACustomersConversations() {
        startOfWindow(Duration.ofMinutes(1));
        String subject = newSubject();
        // 30 per customer per minute, at most 12 in one conversation: three conversations of 10 spend the budget.
        for (int c = 0; c < 3; c++) {
            String id = start(subject);
            for (int i = 0; i < 10; i++) {
                say(subject, id, "How do I activate my card?").statusCode(200);
            }
        }
        String fourth = start(subject);
        say(subject, fourth, "How do I activate my card?").statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", is("https://safesupport.dev/problems/too-many-messages"))
                .body("detail", containsString("across your conversations"));
        // Another customer is not affected.
        String other = newSubject();
        say(other, start(other), "How do I activate my card?").statusCode(200);

        clock.advance(Duration.ofMinutes(2));
        say(subject, fourth, "How do I activate my card?").statusCode(200);
    }

    @Test
    void conversationsPerHourAreLimitedWithRetryAfter() {
        startOfWindow(Duration.ofHours(1));
        String subject = newSubject();
        for (int i = 0; i < 20; i++) {
            start(subject);
        }
        String retryAfter = given().auth().oauth2(TOKENS.customer(subject)).contentType(ContentType.JSON).body("{}")
                .when().post("/v1/conversations")
                .then().statusCode(429).contentType("application/problem+json")
                .body("type", is("https://safesupport.dev/problems/too-many-conversations"))
                .extract().header("Retry-After");
        long seconds = Long.parseLong(retryAfter);
        assertTrue(seconds > 0 && seconds <= 7200, "Retry-After " + seconds);
        clock.advance(Duration.ofHours(2));
        start(subject);
    }

    @Test
    void budgetsAreRowsInPostgresqlThatErasureAndThePurgeRemove() throws Exception {
        String subject = newSubject();
        String id = start(subject);
        say(subject, id, "How do I activate my card?").statusCode(200);
        // conversations-per-hour, messages-per-minute, and this conversation's per-minute counter
        assertEquals(3, rows(subject));

        given().auth().oauth2(TOKENS.service("consent-service", "svc-consent"))
                .when().delete("/v1/subjects/" + subject + "/data")
                .then().statusCode(200).body("erased.budgetCounters", is(3));
        assertEquals(0, rows(subject));
    }

    /**
     * Moves the test clock to the start of a budget window: the sliding window weighs the previous window by how
     * much of it still overlaps, so a test that straddles a boundary would (rightly) be allowed a few more.
     */
    private void startOfWindow(Duration window) {
        long size = window.toMillis();
        clock.advance(Duration.ofMillis(size - Math.floorMod(clock.instant().toEpochMilli(), size)));
    }

    private long rows(String subject) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select count(*) from budget_window where subject_id = ?")) {
            s.setString(1, subject);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
