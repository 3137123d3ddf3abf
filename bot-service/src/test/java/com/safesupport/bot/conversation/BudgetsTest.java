package com.safesupport.bot.conversation;

import com.safesupport.bot.isolation.Deadline;
import com.safesupport.bot.isolation.TooManyRequests;
import com.safesupport.bot.support.BotTest;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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

    @Inject
    Admission admission;

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
    void conversationsPerHourAreLimitedWithRetryAfter() throws Exception {
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
        // The refused start wrote nothing: neither a conversation (nor its disclosure line) nor a count.
        assertEquals(20, count(subject, "conversations-per-hour"));
        assertEquals(20, conversations(subject));
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

    @Test
    void aRefusedMessageLeavesNoCount() throws Exception {
        startOfWindow(Duration.ofMinutes(1));
        String subject = newSubject();
        String id = start(subject);
        for (int i = 0; i < 12; i++) {
            say(subject, id, "How do I activate my card?").statusCode(200);
        }
        // Over the conversation's budget, too long, empty, over the length limit: each refused, none counted.
        say(subject, id, "How do I activate my card?").statusCode(429);
        say(subject, id, "How do I activate my card?").statusCode(429);
        say(subject, id, "a".repeat(2001)).statusCode(413);
        say(subject, id, " ").statusCode(400);
        assertEquals(12, count(subject, "conversation-messages:" + id));
        assertEquals(12, count(subject, "messages-per-minute"));

        String second = start(subject);
        say(subject, second, "How do I activate my card?").statusCode(200);
        execute("update conversation set turns = 1000 where id = '" + second + "'");
        say(subject, second, "How do I activate my card?").statusCode(409)
                .body("type", is("https://safesupport.dev/problems/conversation-too-long"));
        assertEquals(1, count(subject, "conversation-messages:" + second));
        assertEquals(13, count(subject, "messages-per-minute"));

        // Another customer posting into this one's conversation is told it does not exist, and counts nowhere.
        String intruder = newSubject();
        say(intruder, second, "How do I activate my card?").statusCode(404);
        assertEquals(0, rows(intruder));
        assertEquals(1, count(subject, "conversation-messages:" + second));
        assertEquals(13, count(subject, "messages-per-minute"));
    }

    @Test
    void concurrentTurnsOfOneCustomerAreCountedExactly() throws Exception {
        startOfWindow(Duration.ofMinutes(1));
        String subject = newSubject();
        List<String> conversations = List.of(start(subject), start(subject), start(subject));
        ConversationService.Access access = new ConversationService.Access(subject, true, false);
        // 48 messages from 8 threads at once, 16 per conversation: at most 12 fit in one conversation and 30 across
        // the customer's, so exactly 30 are admitted whatever the order, and the rows must say so.
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 48; i++) {
                UUID id = UUID.fromString(conversations.get(i % 3));
                results.add(pool.submit(() -> {
                    go.await();
                    try {
                        admission.admit(id, access, "How do I activate my card?", Deadline.of(Duration.ofSeconds(30)));
                        return true;
                    } catch (TooManyRequests refused) {
                        return false;
                    }
                }));
            }
            go.countDown();
            Map<String, Integer> admitted = new HashMap<>();
            for (int i = 0; i < results.size(); i++) {
                if (results.get(i).get(60, TimeUnit.SECONDS)) {
                    admitted.merge(conversations.get(i % 3), 1, Integer::sum);
                }
            }
            assertEquals(30, admitted.values().stream().mapToInt(Integer::intValue).sum(), admitted.toString());
            for (String id : conversations) {
                int n = admitted.getOrDefault(id, 0);
                assertTrue(n <= 12, id + " admitted " + n);
                assertEquals(n, count(subject, "conversation-messages:" + id));
            }
            assertEquals(30, count(subject, "messages-per-minute"));
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Moves the test clock to the start of a budget window: the sliding window weighs the previous window by how
     * much of it still overlaps, so a test that straddles a boundary would (rightly) be allowed a few more.
     */
    private void startOfWindow(Duration window) {
        long size = window.toMillis();
        clock.advance(Duration.ofMillis(size - Math.floorMod(clock.instant().toEpochMilli(), size)));
    }

    private long count(String subject, String budget) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "select current_count from budget_window where subject_id = ? and budget = ?")) {
            s.setString(1, subject);
            s.setString(2, budget);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private long conversations(String subject) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select count(*) from conversation where subject_id = ?")) {
            s.setString(1, subject);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
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
