package com.safesupport.bot.conversation;

import com.safesupport.bot.support.BotTest;
import com.safesupport.bot.support.DownstreamStubs;
import com.safesupport.bot.support.FakeRedaction;
import com.safesupport.testing.DatabaseOutage;
import com.safesupport.testing.PostgresProxy;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * fm12: a message admitted with an {@code Idempotency-Key} just before PostgreSQL went away fails its turn (503
 * {@code database-unavailable}) and cannot free its key then. Before fm12 the claim stayed {@code IN_FLIGHT} until its
 * lease ended (30 s here), and every retry got 409 {@code idempotency-key-in-flight} meanwhile; now the replica frees it
 * as soon as the database answers again, so the retry is answered within about a second — one turn, never two. The
 * database goes through the test's {@link PostgresProxy} ({@link DatabaseOutage}); the turn is held in flight by a
 * redaction call answered after {@link #REDACTION_DELAY_MS}, while the test refuses the database. docs/bot.md, "Faults, thirteenth sweep (fm12)".
 * Runs under the proxy's test profile (one Quarkus start, in the default surefire JVM since stop 60).
 */
@QuarkusTest
@TestProfile(Fm6DatabaseDownTest.ThroughProxy.class)
class Fm12UnreleasedKeyTest extends BotTest implements DatabaseOutage {

    private static final String QUESTION = "How do I activate my card?";
    /** "Within about a second" after the database is back, with room for a loaded 2-core machine; the lease is 30 s. */
    private static final Duration FREED_WITHIN = Duration.ofSeconds(5);
    /** How long a test waits at most: past the lease, so that a run without the fix measures its 409 window. */
    private static final Duration AT_MOST = Duration.ofSeconds(45);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MessageKeys keys;

    /** The retry reaches the replica whose turn failed: it takes the claim over at once. Two retries race: one turn. */
    @Test
    void theRetriesOfAMessageWhoseTurnLostTheDatabaseAreAnsweredOnceSoonAfterItIsBack() throws Exception {
        String subject = newSubject();
        String id = start(subject);
        say(subject, id, QUESTION).statusCode(200); // the pool holds open connections now; one turn
        String key = "fm12-" + UUID.randomUUID();
        String text = QUESTION + " (" + key + ")";
        failTheTurnWithTheDatabaseAway(subject, id, key, text);

        database().restore();
        long back = System.nanoTime();
        List<String> seen = new ArrayList<>();
        AtomicReference<Response> first = new AtomicReference<>();
        AtomicReference<Response> second = new AtomicReference<>();
        Thread racing = Thread.ofPlatform().start(() -> second.set(retryUntilAnswered(subject, id, key, text, new ArrayList<>())));
        first.set(retryUntilAnswered(subject, id, key, text, seen));
        racing.join(AT_MOST.toMillis());
        long answeredMillis = Duration.ofNanos(System.nanoTime() - back).toMillis();
        System.out.println("FM12 retry on the replica whose turn failed: answered " + answeredMillis
                + " ms after the database came back, after " + seen.size() + " retries answered " + new java.util.TreeSet<>(seen));

        assertEquals(200, first.get().statusCode(), first.get().asString());
        assertNotNull(second.get(), "the racing retry was not answered");
        assertEquals(200, second.get().statusCode(), second.get().asString());
        assertEquals(first.get().jsonPath().getString("messageId"), second.get().jsonPath().getString("messageId"),
                "two retries at once: one answer");
        assertTrue("true".equals(first.get().header("Idempotent-Replayed")) != "true".equals(second.get().header("Idempotent-Replayed")),
                "exactly one of the two racing retries ran the turn, the other was its replay");
        assertOneTurnForTheKey(subject, id, key, text, first.get());
        assertTrue(answeredMillis < FREED_WITHIN.toMillis(), "the retry was answered " + answeredMillis
                + " ms after the database came back (the lease is 30 s), after " + seen.size() + " retries answered "
                + new java.util.TreeSet<>(seen));
    }

    /**
     * No retry reaches this replica (it went to the other one): the claim is freed by this replica's own run once the
     * database answers, so the other replica's retry finds the key free.
     */
    @Test
    void theClaimIsFreedSoonAfterTheDatabaseIsBackWithoutARetryOnThisReplica() throws Exception {
        String subject = newSubject();
        String id = start(subject);
        say(subject, id, QUESTION).statusCode(200);
        String key = "fm12-" + UUID.randomUUID();
        String text = QUESTION + " (" + key + ")";
        failTheTurnWithTheDatabaseAway(subject, id, key, text);

        database().restore();
        long back = System.nanoTime();
        Awaitility.await("the failed turn's claim freed").atMost(AT_MOST).pollInterval(Duration.ofMillis(50))
                .until(() -> rows("select count(*) from message_idempotency where conversation_id = ?", id) == 0);
        long freedMillis = Duration.ofNanos(System.nanoTime() - back).toMillis();
        System.out.println("FM12 claim freed by the replica whose turn failed: " + freedMillis + " ms after the database came back");

        Response retried = send(subject, id, key, text);
        assertEquals(200, retried.statusCode(), retried.asString());
        assertNull(retried.header("Idempotent-Replayed"));
        assertOneTurnForTheKey(subject, id, key, text, retried);
        assertTrue(freedMillis < FREED_WITHIN.toMillis(), "the claim was freed " + freedMillis
                + " ms after the database came back (the lease is 30 s)");
    }

    /** However many turns fail while the database is away, the replica's memory of them stays bounded. */
    @Test
    void theClaimsWaitingForTheDatabaseAreBoundedInMemory() {
        UUID conversation = UUID.randomUUID(); // no such conversation: freeing them deletes nothing
        int before = keys.unreleasedCount();
        for (int i = 0; i <= MessageKeys.UNRELEASED_LIMIT; i++) {
            keys.remember(new MessageKeys.Owned(MessageKeys.of(conversation, List.of("k" + i), QUESTION), UUID.randomUUID()));
        }
        assertEquals(MessageKeys.UNRELEASED_LIMIT, keys.unreleasedCount(), "at most the limit is kept");
        Awaitility.await("the remembered claims freed with the database up").atMost(AT_MOST).pollInterval(Duration.ofMillis(50))
                .until(() -> keys.unreleasedCount() == 0);
        assertTrue(before <= MessageKeys.UNRELEASED_LIMIT);
    }

    /**
     * Sends the message with its key while redaction answers only after {@link #REDACTION_DELAY_MS}; once the key is claimed (its row
     * {@code IN_FLIGHT}) the database is refused, so the turn fails on it and cannot free its key: 503.
     */
    /**
     * Long enough to refuse the database while the turn waits, shorter than the REST read timeout of the shared profile
     * ({@link Fm6DatabaseDownTest.ThroughProxy#READ_TIMEOUT_MS}, 750 ms since ct2), so the turn fails on the database,
     * not on redaction.
     */
    private static final int REDACTION_DELAY_MS = Fm6DatabaseDownTest.ThroughProxy.READ_TIMEOUT_MS * 4 / 5;

    private void failTheTurnWithTheDatabaseAway(String subject, String id, String key, String text) throws InterruptedException {
        DownstreamStubs.server().stubFor(post(urlPathEqualTo("/v1/redact")).atPriority(1).withRequestBody(containing(key))
                .willReturn(aResponse().withTransformers(FakeRedaction.NAME).withFixedDelay(REDACTION_DELAY_MS)));
        AtomicReference<Response> failed = new AtomicReference<>();
        Thread sending = Thread.ofPlatform().start(() -> failed.set(send(subject, id, key, text)));
        Awaitility.await("the key claimed").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10))
                .until(() -> rows("select count(*) from message_idempotency where conversation_id = ? and state = 'IN_FLIGHT'", id) == 1);
        database().refuse();
        sending.join(AT_MOST.toMillis());
        Response answer = failed.get();
        assertNotNull(answer, "the message was not answered");
        assertEquals(503, answer.statusCode(), answer.asString());
        assertTrue(answer.jsonPath().getString("type").endsWith("/database-unavailable"), answer.asString());
    }

    private static Response retryUntilAnswered(String subject, String id, String key, String text, List<String> seen) {
        AtomicReference<Response> last = new AtomicReference<>();
        // A client's retries (chat.js, LoadGenerator): again after a short pause while the key is in flight.
        Awaitility.await("the retry answered").atMost(AT_MOST).pollInterval(Duration.ofMillis(100)).until(() -> {
            Response r = send(subject, id, key, text);
            last.set(r);
            if (r.statusCode() != 200) {
                synchronized (seen) {
                    seen.add(String.valueOf(r.statusCode()));
                }
            }
            return r.statusCode() == 200;
        });
        return last.get();
    }

    private void assertOneTurnForTheKey(String subject, String id, String key, String text, Response answered) {
        assertEquals(2, rows("select turns from conversation where id = ?", id), "the warm-up turn and the key's turn");
        assertEquals(2, rows("select count(*) from decision_record where conversation_id = ?", id));
        assertEquals(1, rows("select count(*) from message_idempotency where conversation_id = ? and state = 'DONE'", id));
        Response replay = send(subject, id, key, text);
        assertEquals(200, replay.statusCode(), replay.asString());
        assertEquals("true", replay.header("Idempotent-Replayed"));
        assertEquals(answered.jsonPath().getString("messageId"), replay.jsonPath().getString("messageId"));
        assertEquals(2, rows("select turns from conversation where id = ?", id), "a replay records nothing");
    }

    private static Response send(String subject, String conversationId, String key, String text) {
        return given().auth().oauth2(TOKENS.customer(subject)).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(Map.of("text", text))
                .when().post("/v1/conversations/" + conversationId + "/messages");
    }

    private long rows(String sql, String conversationId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, UUID.fromString(conversationId));
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
