package com.safesupport.suite;

import com.sun.net.httpserver.HttpServer;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * fm12: {@link RoundRobinProxy} in front of a replica that accepts a connection and never says a word (a hung JVM).
 * Before fm12 the client waited for its own timeout (the proxy had no bound); now the head of the answer must come
 * within the bound ({@code SUITE_PROXY_ANSWER_TIMEOUT}, 1 s here), else the client gets the suite's 503 problem with
 * {@code Retry-After} and the replica leaves the rotation, so the retry is answered by the other replica. A replica
 * that begins its answer within the bound and streams its body for longer is not cut. docs/bot.md, "Faults,
 * thirteenth sweep (fm12)".
 */
class Fm12HungReplicaTest {

    private static final long BOUND_MS = 1_000;
    /** The client's own patience: far above the bound, so that a missing bound shows as this wait, not as a pass. */
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(20);
    private static final String MARKER = "fm12-marker-ida.example@example.invalid";
    private static final String PATH = "/v1/conversations/" + MARKER + "/messages";

    private final java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final List<AutoCloseable> closing = new ArrayList<>();
    private Vertx vertx;
    private HttpClient client;

    @BeforeEach
    void vertx() {
        vertx = Vertx.vertx();
        client = RoundRobinProxy.client(vertx);
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : closing) {
            c.close();
        }
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void silentReplicasAreThe503ProblemWithinTheBound() throws Exception {
        int proxy = proxy(BOUND_MS, silent(), silent());
        for (int i = 0; i < 2; i++) { // both replicas first in turn
            assertUnavailableWithinBound(() -> post(proxy, "{\"text\":\"I am " + MARKER + "\"}"));
            assertUnavailableWithinBound(() -> get(proxy));
        }
        assertEquals(4, log.size(), String.join("\n", log));
        for (String line : log) {
            assertTrue(line.contains("TimeoutException"), line);
            assertFalse(line.contains(MARKER) || line.contains("conversations") || line.contains("Bearer"), line);
        }
    }

    /** The silent replica is cut once and leaves the rotation: the retry and every request after go to the other. */
    @Test
    void theRetryAfterAHungReplicaIsAnsweredByTheOther() throws Exception {
        int proxy = proxy(BOUND_MS, silent(), answering());
        assertUnavailableWithinBound(() -> post(proxy, "{\"text\":\"first\"}")); // the silent one is first in turn
        for (int i = 0; i < 6; i++) {
            long started = System.nanoTime();
            HttpResponse<String> retried = post(proxy, "{\"text\":\"again\"}");
            long took = Duration.ofNanos(System.nanoTime() - started).toMillis();
            assertEquals(201, retried.statusCode(), retried.body());
            assertEquals("POST " + PATH + " {\"text\":\"again\"}", retried.body());
            assertTrue(took < BOUND_MS, "a request after the cut waited " + took + " ms: it went to the silent replica again");
        }
        assertEquals(1, log.size(), String.join("\n", log));
    }

    /** The bound is on the head of the answer only: a stream that began in time may run for longer (SSE). */
    @Test
    void anAnswerBegunInTimeIsNotCutWhileItsBodyStreams() throws Exception {
        int proxy = proxy(BOUND_MS, streaming(300, 6, 500)); // head after 0.3 s, then 6 parts 0.5 s apart: 3.3 s
        long started = System.nanoTime();
        HttpResponse<String> streamed = get(proxy);
        long took = Duration.ofNanos(System.nanoTime() - started).toMillis();
        assertEquals(200, streamed.statusCode(), streamed.body());
        assertEquals("data: 0\n\ndata: 1\n\ndata: 2\n\ndata: 3\n\ndata: 4\n\ndata: 5\n\n", streamed.body());
        assertTrue(took > 3 * BOUND_MS, "the stream took " + took + " ms");
        assertTrue(log.isEmpty(), String.join("\n", log));
    }

    /** 0 turns the bound off: the client's own timeout is all that ends the wait, as before fm12. */
    @Test
    void zeroTurnsTheBoundOffAndBadValuesAreRefused() throws Exception {
        int proxy = proxy(0, silent());
        java.net.http.HttpClient impatient = http;
        long started = System.nanoTime();
        assertThrows(java.net.http.HttpTimeoutException.class, () -> impatient.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + proxy + PATH)).timeout(Duration.ofMillis(3 * BOUND_MS)).GET().build(),
                HttpResponse.BodyHandlers.ofString()));
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() >= 3 * BOUND_MS - 100);

        assertEquals(RoundRobinProxy.DEFAULT_ANSWER_TIMEOUT_MS, RoundRobinProxy.answerTimeoutMs(null));
        assertEquals(RoundRobinProxy.DEFAULT_ANSWER_TIMEOUT_MS, RoundRobinProxy.answerTimeoutMs(" "));
        assertEquals(0, RoundRobinProxy.answerTimeoutMs("0"));
        assertEquals(45_000, RoundRobinProxy.answerTimeoutMs(" 45 "));
        for (String bad : List.of("-1", "1.5", "30s", "86401", "9".repeat(40))) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> RoundRobinProxy.answerTimeoutMs(bad));
            assertTrue(refused.getMessage().contains(RoundRobinProxy.ANSWER_TIMEOUT_ENV), refused.getMessage());
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private interface Call {
        HttpResponse<String> send() throws Exception;
    }

    private static void assertUnavailableWithinBound(Call call) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> answer = call.send();
        long took = Duration.ofNanos(System.nanoTime() - started).toMillis();
        String body = answer.body();
        assertEquals(503, answer.statusCode(), body);
        assertEquals("5", answer.headers().firstValue("Retry-After").orElse(""), body);
        assertEquals(NoReplicaAnswered.MEDIA_TYPE, answer.headers().firstValue("Content-Type").orElse(""), body);
        JsonObject problem = new JsonObject(body);
        assertEquals(NoReplicaAnswered.TYPE, problem.getString("type"), body);
        assertFalse(body.contains(MARKER) || body.contains("conversations"), body);
        assertTrue(took >= BOUND_MS - 100 && took < BOUND_MS + 4_000, "answered after " + took + " ms");
        System.out.println("FM12 proxy: a silent replica answered 503 after " + took + " ms (bound " + BOUND_MS + " ms)");
    }

    private HttpResponse<String> post(int proxy, String body) throws Exception {
        return send(proxy, PATH, HttpRequest.BodyPublishers.ofString(body), "POST");
    }

    private HttpResponse<String> get(int proxy) throws Exception {
        return send(proxy, PATH + "?q=" + MARKER, HttpRequest.BodyPublishers.noBody(), "GET");
    }

    private HttpResponse<String> send(int proxy, String path, HttpRequest.BodyPublisher body, String method) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + proxy + path))
                .timeout(CLIENT_TIMEOUT)
                .header("Authorization", "Bearer fm12-made-up-token")
                .header("Content-Type", "application/json")
                .method(method, body).build(), HttpResponse.BodyHandlers.ofString());
    }

    private int proxy(long boundMs, int... apiPorts) throws Exception {
        List<RoundRobinProxy.Replica> replicas = new ArrayList<>();
        for (int port : apiPorts) {
            replicas.add(new RoundRobinProxy.Replica(port, 0));
        }
        return RoundRobinProxy.listen(vertx, client, new RoundRobinProxy.Pool(replicas), 0, boundMs, log::add)
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort();
    }

    /** A replica that accepts every connection, keeps it open and never reads or writes a byte (a hung JVM). */
    private int silent() throws IOException {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        List<Socket> held = new CopyOnWriteArrayList<>();
        closing.add(() -> {
            server.close();
            for (Socket s : held) {
                s.close();
            }
        });
        Thread.ofPlatform().daemon().start(() -> {
            while (!server.isClosed()) {
                try {
                    held.add(server.accept());
                } catch (IOException e) {
                    return; // closed by the test
                }
            }
        });
        return server.getLocalPort();
    }

    /** A replica that answers 201 with the method, path and body it got. */
    private int answering() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.createContext("/", exchange -> {
            byte[] body = (exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(201, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        closing.add(() -> server.stop(0));
        return server.getAddress().getPort();
    }

    /**
     * A replica that begins its answer after {@code headAfterMs} (within the bound) and then streams {@code parts}
     * server-sent events {@code everyMs} apart, each flushed: the stream as a whole lasts longer than the bound. Its
     * pauses are the replica's pacing, driven by a latch that is never counted down (a timed wait, not a sleep).
     */
    private int streaming(long headAfterMs, int parts, long everyMs) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        CountDownLatch never = new CountDownLatch(1);
        server.createContext("/", exchange -> {
            try {
                never.await(headAfterMs, TimeUnit.MILLISECONDS);
                exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
                exchange.sendResponseHeaders(200, 0); // chunked
                OutputStream out = exchange.getResponseBody();
                for (int i = 0; i < parts; i++) {
                    out.write(("data: " + i + "\n\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    never.await(everyMs, TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                exchange.close();
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        closing.add(() -> server.stop(0));
        return server.getAddress().getPort();
    }
}
