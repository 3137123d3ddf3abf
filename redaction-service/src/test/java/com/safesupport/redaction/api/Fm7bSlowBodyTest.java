package com.safesupport.redaction.api;

import com.safesupport.testing.LogCapture;
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
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The platform's body-read bound ({@code suite.http.body-read-timeout}; 2 s in this service's test profile, 10 s by
 * default, pinned by {@link Ct2BodyReadBoundTest}): a client that sends its headers and then drips its body, declared by length or chunked, is answered 408
 * and cut within the bound while other clients are served; a body whose last byte has arrived is never cut, however
 * long its handler then works (fm7's bound cut those: it waited for the request to end, not for the body).
 */
@QuarkusTest
class Fm7bSlowBodyTest {

    static final Tokens TOKENS = new Tokens("redaction-service");
    static final Duration BOUND = ConfigProvider.getConfig().getValue("suite.http.body-read-timeout", Duration.class);
    /** The latest the cut may come: the bound, plus a slow shared machine's scheduling. */
    static final Duration LATEST = BOUND.plusSeconds(5);
    /** Made up, and never expected back or in the log. */
    static final String DRIPPED = "the parcel for order 4411 came late ";

    @Test
    void aDrippingBodyIsCutWithinTheBoundWhileOthersAreServed() throws Exception {
        byte[] body = ("{\"text\":\"" + DRIPPED.repeat(40) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertCutWhileDripping("Content-Length: " + body.length, body, false);
    }

    @Test
    void aDrippingChunkedBodyIsCutWithinTheBound() throws Exception {
        byte[] body = ("{\"text\":\"" + DRIPPED.repeat(40) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertCutWhileDripping("Transfer-Encoding: chunked", body, true);
    }

    @Test
    void aBodyThatArrivesInPartsWithinTheBoundIsServed() throws Exception {
        byte[] bytes = "{\"text\":\"please call 020 7946 0958 after five\"}".getBytes(StandardCharsets.UTF_8);
        try (Socket socket = open(LATEST)) {
            OutputStream out = socket.getOutputStream();
            out.write(head("/v1/redact", "Content-Length: " + bytes.length));
            out.flush();
            int third = bytes.length / 3;
            for (int[] part : new int[][] {{0, third}, {third, 2 * third}, {2 * third, bytes.length}}) {
                TimeUnit.MILLISECONDS.sleep(BOUND.toMillis() / 6); // a slow but honest client's pace, not a synchronisation
                out.write(bytes, part[0], part[1] - part[0]);
                out.flush();
            }
            String answer = readUntilClosed(socket.getInputStream());
            assertTrue(answer.startsWith("HTTP/1.1 200"), "a body sent in parts within the bound was not served: " + answer);
            assertFalse(answer.contains("7946 0958"), "the phone number came back unredacted");
        }
    }

    /** Failed with fm7's bound (a34ecd4e): 408 after the bound, while the handler worked on a body it had read. */
    @Test
    void aWholeBodyIsAnsweredHoweverLongItsHandlerWorks() {
        String text = "the refund for order 4411 is late";
        long started = System.nanoTime();
        given().auth().oauth2(TOKENS.service("bot-service", "svc-bot")).contentType(ContentType.JSON)
                .body("{\"text\":\"" + text + "\"}")
                .when().post("/test/fm7b/slow-reader")
                .then().statusCode(200).body(is("read " + text.length() + " characters"));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.compareTo(BOUND) > 0, "the handler did not outlast the bound (" + took + "): the test proves nothing");
    }

    @Test
    void aWholeChunkedBodyIsAnsweredHoweverLongItsHandlerWorks() throws Exception {
        String text = "the refund for order 4411 is late";
        byte[] body = ("{\"text\":\"" + text + "\"}").getBytes(StandardCharsets.UTF_8);
        try (Socket socket = open(Fm7bSlowReader.work().plus(LATEST))) {
            OutputStream out = socket.getOutputStream();
            out.write(head("/test/fm7b/slow-reader", "Transfer-Encoding: chunked"));
            out.write(chunk(body, 0, body.length));
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = readUntilClosed(socket.getInputStream());
            assertTrue(answer.startsWith("HTTP/1.1 200") && answer.endsWith("read " + text.length() + " characters"),
                    "a whole chunked body was not answered while its handler worked past the bound: " + answer);
        }
    }

    private static void assertCutWhileDripping(String framing, byte[] body, boolean chunked) throws Exception {
        ExecutorService drip = Executors.newSingleThreadExecutor();
        try (LogCapture logs = LogCapture.start(); Socket socket = open(LATEST.plusSeconds(5))) {
            OutputStream out = socket.getOutputStream();
            out.write(head("/v1/redact", framing));
            out.flush();
            long started = System.nanoTime();
            // One byte every 200 ms: the whole body would take minutes.
            Future<?> dripping = drip.submit(() -> {
                try {
                    for (int i = 0; i < body.length; i++) {
                        out.write(chunked ? chunk(body, i, i + 1) : new byte[] {body[i]});
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

            // The server ends the dripping request: its answer, then the end of the stream (or a reset).
            String answer = readUntilClosed(socket.getInputStream());
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertTrue(took.compareTo(LATEST) <= 0, "the dripping client was cut after " + took + ", later than " + LATEST);
            assertTrue(took.compareTo(BOUND.minusMillis(500)) >= 0, "cut after " + took + ", before the bound " + BOUND);
            // 408 problem+json, then the connection closed; a reset before the answer was read is a cut too.
            assertTrue(answer.isEmpty() || answer.startsWith("HTTP/1.1 408") && answer.contains("application/problem+json")
                    && answer.contains("/request-timeout"), "the dripping request was answered: " + answer);
            assertFalse(answer.contains("4411"), "the answer echoes the body");
            dripping.get(5, TimeUnit.SECONDS);
            logs.assertNoneOf("4411", "parcel");
        } finally {
            drip.shutdownNow();
        }
    }

    private static Socket open(Duration readTimeout) throws IOException {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout((int) readTimeout.toMillis());
        return socket;
    }

    private static byte[] head(String path, String framing) {
        return ("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nConnection: close\r\n"
                + "Authorization: Bearer " + TOKENS.service("bot-service", "svc-bot") + "\r\n"
                + framing + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] chunk(byte[] bytes, int from, int to) {
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        chunk.writeBytes((Integer.toHexString(to - from) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        chunk.write(bytes, from, to - from);
        chunk.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        return chunk.toByteArray();
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
            throw new AssertionError("the server kept the connection open; read so far: "
                    + seen.toString(StandardCharsets.UTF_8), e);
        } catch (IOException reset) {
            // a reset connection is a cut too
        }
        return seen.toString(StandardCharsets.UTF_8);
    }
}
