package com.safesupport.bot.conversation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.safesupport.bot.isolation.Deadline;
import com.safesupport.bot.support.BotTest;
import com.safesupport.bot.support.DownstreamStubs;
import com.safesupport.platform.problem.DomainException;
import com.safesupport.testing.HostileInput;
import com.safesupport.testing.LogCapture;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * fm9: {@code POST /v1/conversations/{id}/messages} honours an optional {@code Idempotency-Key} — a retry of a message
 * already answered (the proxy's 503 after a replica died, a client's time-out) gets the first answer and records
 * nothing; the stored rows are the proof, not the answers alone.
 */
@QuarkusTest
class Fm9IdempotentMessageTest extends BotTest {

    private static final String QUESTION = "How do I activate my card?";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Admission admission;

    @Inject
    MessageKeys keys;

    @Test
    void aReplayAnswersTheFirstAnswerAndRecordsNoSecondTurn() throws Exception {
        String subject = newSubject();
        String id = start(subject);
        String key = "retry-" + UUID.randomUUID();
        Response first = send(subject, id, key, QUESTION);
        assertEquals(200, first.statusCode());
        assertEquals(null, first.header("Idempotent-Replayed"));
        long counted = budgetCount(subject, "conversation-messages:" + id);

        for (int i = 0; i < 3; i++) {
            Response again = send(subject, id, key, QUESTION);
            assertEquals(200, again.statusCode());
            assertEquals("true", again.header("Idempotent-Replayed"));
            assertTrue(again.contentType().startsWith("application/json"), again.contentType());
            assertEquals(JSON.readTree(first.asString()), JSON.readTree(again.asString()), "the same answer, byte for byte in content");
        }
        // One turn: the disclosure and one question/answer pair, one decision record, counted once in the budgets.
        given().auth().oauth2(TOKENS.customer(subject)).when().get("/v1/conversations/" + id)
                .then().statusCode(200).body("messages.size()", is(3))
                .body("messages[2].messageId", is(first.jsonPath().getString("messageId")));
        assertEquals(1, rows("select count(*) from decision_record where conversation_id = ?", id));
        assertEquals(1, rows("select turns from conversation where id = ?", id));
        assertEquals(counted, budgetCount(subject, "conversation-messages:" + id));
        // The key is stored as a digest only, the answer sealed: neither the key nor the answer's text is in the row.
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select key_hash, state, response_sealed from message_idempotency where conversation_id = ?")) {
            s.setObject(1, UUID.fromString(id));
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                assertArrayEquals(MessageKeys.sha256(key), r.getBytes(1));
                assertEquals("DONE", r.getString(2));
                String sealed = new String(r.getBytes(3), StandardCharsets.ISO_8859_1);
                assertFalse(sealed.contains(first.jsonPath().getString("text").substring(0, 20)), "the stored answer is sealed");
                assertFalse(r.next());
            }
        }
        // A new key is a new message.
        send(subject, id, key + "-2", QUESTION).then().statusCode(200).header("Idempotent-Replayed", nullValue());
        assertEquals(2, rows("select turns from conversation where id = ?", id));
    }

    @Test
    void theSameKeyWithAnotherTextIs422AndRecordsNothing() {
        String subject = newSubject();
        String id = start(subject);
        send(subject, id, "k-1", QUESTION).then().statusCode(200);
        send(subject, id, "k-1", "How do I change my PIN?").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", is("https://safesupport.dev/problems/idempotency-key-reused"));
        assertEquals(1, rows("select turns from conversation where id = ?", id));
        // Keys are per conversation: the same key elsewhere, even the same customer's, is another message.
        String other = start(subject);
        send(subject, other, "k-1", "How do I change my PIN?").then().statusCode(200).header("Idempotent-Replayed", nullValue());
    }

    @Test
    void aHandOffIsReplayedWithItsTicketAndNotSentTwice() throws Exception {
        String subject = newSubject();
        String id = start(subject);
        Response first = send(subject, id, "handoff-1", "I want to speak to a real person");
        first.then().statusCode(200).body("kind", is("ESCALATED")).body("handoff.ticketId", notNullValue());
        Response again = send(subject, id, "handoff-1", "I want to speak to a real person");
        again.then().statusCode(200).header("Idempotent-Replayed", "true");
        assertEquals(JSON.readTree(first.asString()), JSON.readTree(again.asString()));
        assertEquals(1, DownstreamStubs.server().findAll(postRequestedFor(urlPathEqualTo("/v1/handoffs"))).size());
        assertEquals(1, rows("select count(*) from handoff_outbox where conversation_id = ?", id));
        assertEquals(1, rows("select turns from conversation where id = ?", id));
    }

    @Test
    void concurrentDuplicatesRecordOneTurn() throws Exception {
        String subject = newSubject();
        List<String> conversations = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            conversations.add(start(subject));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Map<String, Integer> seen = new java.util.TreeMap<>();
        try {
            for (String id : conversations) {
                // Two requests with one key at once (the customer's bulkhead admits two turns at a time).
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Response>> sent = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    sent.add(pool.submit(() -> {
                        go.await();
                        return send(subject, id, "twice", QUESTION);
                    }));
                }
                go.countDown();
                List<Response> answers = new ArrayList<>();
                for (Future<Response> f : sent) {
                    answers.add(f.get(60, TimeUnit.SECONDS));
                }
                List<String> messageIds = new ArrayList<>();
                for (Response r : answers) {
                    if (r.statusCode() == 200) {
                        messageIds.add(r.jsonPath().getString("messageId"));
                    } else {
                        assertEquals(409, r.statusCode(), r.asString());
                        assertEquals("https://safesupport.dev/problems/idempotency-key-in-flight", r.jsonPath().getString("type"));
                        assertTrue(Long.parseLong(r.header("Retry-After")) >= 1);
                    }
                }
                seen.merge(answers.stream().map(r -> String.valueOf(r.statusCode())).sorted().toList().toString(), 1, Integer::sum);
                assertFalse(messageIds.isEmpty(), "one of the two was processed");
                assertEquals(1, messageIds.stream().distinct().count(), "both answers are the one turn's");
                assertEquals(1, rows("select turns from conversation where id = ?", id));
                assertEquals(1, rows("select count(*) from decision_record where conversation_id = ?", id));
                assertEquals(3, rows("select count(*) from message where conversation_id = ?", id));
            }
            System.out.println("FM9 concurrent duplicates, statuses per pair: " + seen);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aKeyInFlightIs409UntilItsLeaseEndsThenTheRetryProcessesTheMessageOnce() throws Exception {
        String subject = newSubject();
        String id = start(subject);
        ConversationService.Access access = new ConversationService.Access(subject, true, false);
        MessageKeys.Key key = MessageKeys.of(UUID.fromString(id), List.of("died"), QUESTION);
        // A request claims the key, and its replica dies before the turn commits: the claim is all that is left.
        Admission.Admitted dead = admission.admit(UUID.fromString(id), access, QUESTION, Deadline.of(Duration.ofSeconds(30)), key);
        assertTrue(dead.owned() != null);

        send(subject, id, "died", QUESTION).then().statusCode(409)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", is("https://safesupport.dev/problems/idempotency-key-in-flight"));
        assertEquals(0, rows("select turns from conversation where id = ?", id));

        // The lease (bot.idempotency.in-flight-timeout, 30 s) ends: the row says so, the shared test clock stays put.
        execute("update message_idempotency set locked_at = locked_at - interval '31 seconds' where conversation_id = ?", id);
        Response retried = send(subject, id, "died", QUESTION);
        retried.then().statusCode(200).header("Idempotent-Replayed", nullValue());
        assertEquals(1, rows("select turns from conversation where id = ?", id));
        send(subject, id, "died", QUESTION).then().statusCode(200).header("Idempotent-Replayed", "true");

        // Had the first request not died but only been slow, it may no longer record its turn: it lost the key.
        try (Connection c = dataSource.getConnection()) {
            Views.Reply late = new Views.Reply(UUID.randomUUID(), UUID.fromString(id), "AI", "late", "ANSWER", List.of(), null, null, null);
            DomainException refused = assertThrows(DomainException.class, () -> keys.complete(c, dead.owned(), late));
            assertEquals(409, refused.status());
        }
        assertEquals(1, rows("select turns from conversation where id = ?", id));
    }

    @Test
    void aRefusedMessageLeavesNoClaimAndARetentionOldKeyIsNew() {
        String subject = newSubject();
        String id = start(subject);
        send(subject, id, "long", "a".repeat(2001)).then().statusCode(413);
        assertEquals(0, rows("select count(*) from message_idempotency where conversation_id = ?", id));
        send(subject, id, "long", QUESTION).then().statusCode(200).header("Idempotent-Replayed", nullValue());

        // Past the retention the key is forgotten: purged, or (before the purge runs) taken as new.
        String expire = "update message_idempotency set expires_at = expires_at - interval '25 hours' where conversation_id = ?";
        execute(expire, id);
        send(subject, id, "long", "How do I change my PIN?").then().statusCode(200).header("Idempotent-Replayed", nullValue());
        assertEquals(2, rows("select turns from conversation where id = ?", id));
        execute(expire, id);
        assertTrue(keys.purge() >= 1);
        assertEquals(0, rows("select count(*) from message_idempotency where conversation_id = ?", id));
    }

    @Test
    void withoutAKeyNothingChanges() {
        String subject = newSubject();
        String id = start(subject);
        say(subject, id, QUESTION).statusCode(200).header("Idempotent-Replayed", nullValue());
        say(subject, id, QUESTION).statusCode(200).header("Idempotent-Replayed", nullValue());
        assertEquals(2, rows("select turns from conversation where id = ?", id));
        assertEquals(5, rows("select count(*) from message where conversation_id = ?", id));
        assertEquals(0, rows("select count(*) from message_idempotency where conversation_id = ?", id));
    }

    @Test
    void hostileKeysAre400Or431NeverA500AndNeitherKeyNorTextIsLogged() {
        String subject = newSubject();
        String id = start(subject);
        String path = "/v1/conversations/" + id + "/messages";
        try (LogCapture logs = LogCapture.start()) {
            for (String bad : new String[]{"k".repeat(256), "", " ", "a b", "tab\there"}) {
                send(subject, id, bad, QUESTION).then().statusCode(400).contentType("application/problem+json")
                        .body("type", is("https://safesupport.dev/problems/idempotency-key-invalid"));
            }
            // Two keys in one request: which one would count? Neither.
            given().auth().oauth2(TOKENS.customer(subject)).contentType(ContentType.JSON).header("Idempotency-Key", "a")
                    .header("Idempotency-Key", "b").body(Map.of("text", QUESTION)).when().post(path)
                    .then().statusCode(400).body("type", is("https://safesupport.dev/problems/idempotency-key-invalid"));
            // Control characters and bytes above ASCII, as raw bytes no client library would send.
            for (String raw : new String[]{"a\u0001b", "a\u007fb", "a\u001bb", "\u00fc\u00e9"}) {
                String head = rawPost(path, subject, "Idempotency-Key: " + raw + "\r\n");
                assertTrue(head.startsWith("HTTP/1.1 400"), head);
            }
            // 1 MB of key: the server's header limit answers 431 before any route; the next request is served.
            String huge = rawPost(path, subject, "Idempotency-Key: " + "k".repeat(1_000_000) + "\r\n");
            assertTrue(huge.startsWith("HTTP/1.1 431") || huge.startsWith("HTTP/1.1 400"), abbreviated(huge));
            System.out.println("FM9 a 1 MB Idempotency-Key: " + huge.lines().findFirst().orElse(""));
            send(subject, id, "after-the-flood", QUESTION).then().statusCode(200);
            HostileInput.at("POST", path, () -> given().auth().oauth2(TOKENS.customer(subject)))
                    .header("Idempotency-Key", "{\"text\":\"" + QUESTION + "\"}");
            String longest = "k".repeat(255);
            send(subject, id, longest, LogCapture.personalText()).then().statusCode(200);
            send(subject, id, longest, LogCapture.personalText()).then().statusCode(200).header("Idempotent-Replayed", "true");
            send(subject, id, longest, QUESTION).then().statusCode(422);
            logs.assertNoPersonalData(longest, "k".repeat(40));
        }
        assertEquals(0, rows("select count(*) from message_idempotency where conversation_id = ? and state <> 'DONE'", id));
    }

    @Test
    void aKeyNeverLetsAnyoneElseIn() {
        String subject = newSubject();
        String id = start(subject);
        String path = "/v1/conversations/" + id + "/messages";
        send(subject, id, "mine", QUESTION).then().statusCode(200);
        for (String key : new String[]{"mine", "k".repeat(256)}) {
            given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(Map.of("text", QUESTION))
                    .when().post(path).then().statusCode(401);
            given().auth().oauth2(TOKENS.tampered("customer")).contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body(Map.of("text", QUESTION)).when().post(path).then().statusCode(401);
            given().auth().oauth2(TOKENS.user(subject, "agent")).contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body(Map.of("text", QUESTION)).when().post(path).then().statusCode(403);
        }
        // Another customer with the owner's key learns nothing: the conversation does not exist for them.
        String intruder = newSubject();
        send(intruder, id, "mine", QUESTION).then().statusCode(404);
        send(intruder, id, "mine", "How do I change my PIN?").then().statusCode(404);
        assertEquals(1, rows("select count(*) from message_idempotency where conversation_id = ?", id));
        assertEquals(0, rows("select count(*) from message_idempotency where subject_id = ?", intruder));
        assertEquals(1, rows("select turns from conversation where id = ?", id));
    }

    @Test
    void erasureRemovesTheSubjectsKeys() {
        String subject = newSubject();
        String id = start(subject);
        send(subject, id, "e-1", QUESTION).then().statusCode(200);
        send(subject, start(subject), "e-1", QUESTION).then().statusCode(200);
        String other = newSubject();
        String kept = start(other);
        send(other, kept, "e-1", QUESTION).then().statusCode(200);

        given().auth().oauth2(TOKENS.service("consent-service", "svc-consent"))
                .when().delete("/v1/subjects/" + subject + "/data")
                .then().statusCode(200).body("erased.idempotencyKeys", is(2));
        assertEquals(0, rows("select count(*) from message_idempotency where subject_id = ?", subject));
        assertEquals(1, rows("select count(*) from message_idempotency where subject_id = ?", other));
        send(subject, id, "e-1", QUESTION).then().statusCode(404);
        send(other, kept, "e-1", QUESTION).then().statusCode(200).header("Idempotent-Replayed", "true");
    }

    private static Response send(String subject, String conversationId, String key, String text) {
        return given().auth().oauth2(TOKENS.customer(subject)).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(Map.of("text", text))
                .when().post("/v1/conversations/" + conversationId + "/messages");
    }

    /** A POST with the customer's token and {@code extraHeaders} written as they are, over a plain socket. */
    private static String rawPost(String path, String subject, String extraHeaders) {
        byte[] body = ("{\"text\":\"" + QUESTION + "\"}").getBytes(StandardCharsets.UTF_8);
        String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + TOKENS.customer(subject)
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n" + extraHeaders
                + "Connection: close\r\n\r\n";
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(20_000);
            try {
                socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
                socket.getOutputStream().write(body);
                socket.getOutputStream().flush();
            } catch (java.net.SocketException e) {
                // The server may answer and close before a 1 MB head is written: read what it said.
            }
            StringBuilder answer = new StringBuilder();
            byte[] buffer = new byte[1024];
            int read;
            while (!answer.toString().contains("\r\n\r\n") && (read = socket.getInputStream().read(buffer)) > 0) {
                answer.append(new String(buffer, 0, read, StandardCharsets.ISO_8859_1));
            }
            return answer.toString();
        } catch (java.net.SocketException e) {
            return "connection reset before an answer: " + e.getMessage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviated(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }

    private void execute(String sql, String conversationId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, UUID.fromString(conversationId));
            assertEquals(1, s.executeUpdate());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long rows(String sql, String value) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (sql.contains("subject_id")) {
                s.setString(1, value);
            } else {
                s.setObject(1, UUID.fromString(value));
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long budgetCount(String subject, String budget) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select current_count from budget_window where subject_id = ? and budget = ?")) {
            s.setString(1, subject);
            s.setString(2, budget);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
