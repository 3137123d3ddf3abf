package com.safesupport.redaction.api;

import com.safesupport.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A client that sends its headers and then drips its body, one byte every 200 ms, is cut by the platform's
 * whole-body bound ({@code suite.http.body-read-timeout}, 10 s) instead of holding its connection for as long as it
 * drips; other clients are served meanwhile.
 */
@QuarkusTest
class Fm7SlowBodyTest {

    static final Tokens TOKENS = new Tokens("redaction-service");
    static final Duration BOUND = ConfigProvider.getConfig().getValue("suite.http.body-read-timeout", Duration.class);
    /** The latest the cut may come: the bound, plus a slow shared machine's scheduling. */
    static final Duration LATEST = BOUND.plusSeconds(5);

    @Test
    void aDrippingBodyIsCutWithinTheBoundWhileOthersAreServed() throws Exception {
        String body = "{\"text\":\"" + "the parcel for order 4411 came late ".repeat(40) + "\"}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        ExecutorService drip = Executors.newSingleThreadExecutor();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout((int) LATEST.plusSeconds(5).toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/redact HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Authorization: Bearer " + TOKENS.service("bot-service", "svc-bot") + "\r\n"
                    + "Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long started = System.nanoTime();
            // One byte every 200 ms: the whole body would take about 5 minutes.
            Future<?> dripping = drip.submit(() -> {
                try {
                    for (byte b : bytes) {
                        out.write(b);
                        out.flush();
                        TimeUnit.MILLISECONDS.sleep(200); // the client's pace, not a synchronisation
                    }
                } catch (IOException | InterruptedException e) {
                    // the server closed the connection: what this test waits for
                }
                return null;
            });

            // Meanwhile a client with a whole body is served at once.
            given().auth().oauth2(TOKENS.service("bot-service", "svc-bot")).contentType(ContentType.JSON)
                    .body("{\"text\":\"write to ada.lovelace@example.org today\"}")
                    .when().post("/v1/redact")
                    .then().statusCode(200).body(not(containsString("ada.lovelace@example.org")));

            // The server ends the dripping request: an answer (if any) then the end of the stream, or a reset.
            String answer = readUntilClosed(socket.getInputStream());
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertTrue(took.compareTo(LATEST) <= 0, "the dripping client was cut after " + took + ", later than " + LATEST);
            assertTrue(took.compareTo(BOUND.minusSeconds(1)) >= 0, "cut after " + took + ", before the bound " + BOUND);
            // 408 problem+json, then the connection closed; a reset before the answer was read is a cut too.
            assertTrue(answer.isEmpty() || answer.startsWith("HTTP/1.1 408") && answer.contains("application/problem+json")
                    && answer.contains("/request-timeout"), "the dripping request was answered: " + answer);
            assertTrue(!answer.contains("order 4411"), "the answer echoes the body");
            dripping.get(5, TimeUnit.SECONDS);
        } finally {
            drip.shutdownNow();
        }
    }

    @Test
    void aBodyThatArrivesInPartsWithinTheBoundIsServed() throws Exception {
        byte[] bytes = "{\"text\":\"please call 020 7946 0958 after five\"}".getBytes(StandardCharsets.UTF_8);
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout((int) LATEST.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/redact HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nConnection: close\r\n"
                    + "Authorization: Bearer " + TOKENS.service("bot-service", "svc-bot") + "\r\n"
                    + "Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            int third = bytes.length / 3;
            for (int[] part : new int[][] {{0, third}, {third, 2 * third}, {2 * third, bytes.length}}) {
                TimeUnit.MILLISECONDS.sleep(500); // a slow but honest client's pace, not a synchronisation
                out.write(bytes, part[0], part[1] - part[0]);
                out.flush();
            }
            String answer = readUntilClosed(socket.getInputStream());
            assertTrue(answer.startsWith("HTTP/1.1 200"), "a body sent in parts over 1.5 s was not served: " + answer);
            assertTrue(!answer.contains("7946 0958"), "the phone number came back unredacted");
        }
    }

    /** Reads until the server closes the connection; fails if it stays open past the socket timeout. */
    static String readUntilClosed(InputStream in) throws IOException {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                seen.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server kept the dripping connection open; read so far: "
                    + seen.toString(StandardCharsets.UTF_8), e);
        } catch (IOException reset) {
            // a reset connection is a cut too
        }
        return seen.toString(StandardCharsets.UTF_8);
    }
}
