package com.safesupport.bot.llm;

import com.safesupport.bot.support.BotTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The model endpoint drips a valid completion one character every 200 ms (about a minute in all) and the model call
 * is abandoned at its bound (3 s here): the endpoint must see its connection closed soon after that bound, not only
 * when it has finished sending. The endpoint is a plain socket server of this test, because that is where a close is
 * seen (a write to a closed connection fails). On main the call's thread was freed at the bound (Fm3ModelDripThreadTest)
 * but Vert.x kept reading the drip: the connection stayed open for as long as the endpoint sent. The next turn after
 * the cut is answered by the model on a new connection. docs/bot.md, "Faults of the model endpoint".
 */
@QuarkusTest
@TestProfile(Fm4ModelConnectionCutTest.OwnEndpoint.class)
class Fm4ModelConnectionCutTest extends BotTest {

    static final int PORT = freePort();
    private static final String MARKER = "Drip-Marker-Quenby";
    private static final Duration TURN_BOUND = Duration.ofSeconds(10);
    /** The model bound (3 s) has passed when the turn returns; the close must be seen within this after it. */
    private static final Duration CLOSE_BOUND = Duration.ofSeconds(4);

    /** The drip profile (model bounds 3 s), the model endpoint on a port of its own, its read timeout 3 s too. */
    public static class OwnEndpoint implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(new FmModelDripTest.ShortModelBound().getConfigOverrides());
            config.put("quarkus.langchain4j.openai.base-url", "http://localhost:" + PORT + "/v1/");
            config.put("quarkus.langchain4j.openai.timeout", "3s");
            return config;
        }
    }

    private static DrippingEndpoint endpoint;

    @BeforeAll
    static void startEndpoint() {
        endpoint = new DrippingEndpoint(PORT);
    }

    @AfterAll
    static void stopEndpoint() {
        endpoint.close();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theEndpointSeesItsConnectionClosedAtTheModelBoundAndTheNextTurnIsAnswered() {
        endpoint.drip = true;
        String subject = newSubject();
        String id = start(subject);
        JsonPath reply = assertTimeoutPreemptively(TURN_BOUND,
                () -> say(subject, id, "How do I activate my new card?").statusCode(200).extract().jsonPath(),
                "the dripping turn did not end within the model's bound");
        assertTrue(reply.getString("text").contains("From our help article"), reply.prettify());
        assertFalse(reply.prettify().contains(MARKER), "the endpoint's body reached the answer");
        try {
            Awaitility.await("the model endpoint sees its connection closed").atMost(CLOSE_BOUND)
                    .pollInterval(Duration.ofMillis(100)).until(() -> !endpoint.cut.isEmpty());
        } catch (ConditionTimeoutException e) {
            fail("the model endpoint was still sending " + CLOSE_BOUND + " after the turn ended (bound 3 s): requests "
                    + endpoint.requests + ", cut " + endpoint.cut + ", sent whole " + endpoint.finished);
        }
        assertEquals(1, endpoint.requests.size(), "one request for the dripping turn: " + endpoint.requests);
        assertTrue(endpoint.cut.getFirst() < 6_000, "cut after " + endpoint.cut.getFirst() + " ms");

        endpoint.drip = false;
        String next = newSubject();
        String nextId = start(next);
        assertTimeoutPreemptively(TURN_BOUND, () -> say(next, nextId, "How do I activate my new card?").statusCode(200)
                .body("kind", is("ANSWER")));
        given().auth().oauth2(TOKENS.customer(next)).when().get("/v1/conversations/" + nextId + "/decisions")
                .then().body("[0].answerMode", is("llm"));
    }

    /**
     * An OpenAI-compatible endpoint on a plain socket: answers every chat completion 200 with a chunked body, one
     * character every 200 ms while {@link #drip} is set, at once otherwise. Records, per connection, when a write
     * failed because the client had closed it ({@link #cut}, milliseconds after the request) or that the whole body
     * was sent ({@link #finished}).
     */
    static final class DrippingEndpoint implements AutoCloseable {

        private static final long STEP_NANOS = Duration.ofMillis(200).toNanos();

        final List<String> requests = new CopyOnWriteArrayList<>();
        final List<Long> cut = new CopyOnWriteArrayList<>();
        final List<Long> finished = new CopyOnWriteArrayList<>();
        volatile boolean drip;
        private final ServerSocket server;

        DrippingEndpoint(int port) {
            try {
                server = new ServerSocket(port);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Thread.ofPlatform().daemon().name("fm4-model-endpoint").start(this::accept);
        }

        private void accept() {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    Thread.ofPlatform().daemon().name("fm4-model-connection").start(() -> serve(socket));
                } catch (IOException e) {
                    return;
                }
            }
        }

        private void serve(Socket socket) {
            try (socket) {
                InputStream in = socket.getInputStream();
                OutputStream out = socket.getOutputStream();
                while (true) {
                    String head = readHead(in);
                    if (head == null) {
                        return;
                    }
                    long started = System.nanoTime();
                    requests.add(head.lines().findFirst().orElse(""));
                    in.readNBytes(contentLength(head));
                    String content = drip ? MARKER + " " + "slow ".repeat(40)
                            : "You can activate your card in the app under Cards > Activate card by entering the code from the letter.";
                    byte[] body = ("{\"id\":\"c1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"stub\",\"choices\":[{\"index\":0,"
                            + "\"message\":{\"role\":\"assistant\",\"content\":\"" + content + "\"},\"finish_reason\":\"stop\"}],"
                            + "\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":10,\"total_tokens\":20}}").getBytes(StandardCharsets.UTF_8);
                    out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    boolean slow = drip;
                    try {
                        int step = slow ? 1 : body.length;
                        for (int i = 0; i < body.length; i += step) {
                            int n = Math.min(step, body.length - i);
                            out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                            out.write(body, i, n);
                            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                            out.flush();
                            if (slow) {
                                LockSupport.parkNanos(STEP_NANOS); // the fault itself: the drip's pace
                            }
                        }
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                    } catch (IOException e) {
                        cut.add(Duration.ofNanos(System.nanoTime() - started).toMillis());
                        return;
                    }
                    finished.add(Duration.ofNanos(System.nanoTime() - started).toMillis());
                }
            } catch (IOException e) {
                // the client went away between requests: nothing was being sent
            }
        }

        private static String readHead(InputStream in) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int matched = 0;
            int b;
            while ((b = in.read()) != -1) {
                head.write(b);
                matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
                if (matched == 4) {
                    return head.toString(StandardCharsets.US_ASCII);
                }
            }
            return null;
        }

        private static int contentLength(String head) {
            return head.lines().filter(l -> l.toLowerCase(Locale.ROOT).startsWith("content-length:"))
                    .map(l -> Integer.parseInt(l.substring(l.indexOf(':') + 1).trim())).findFirst().orElse(0);
        }

        @Override
        public void close() {
            try {
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
