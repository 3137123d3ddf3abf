package com.safesupport.suite;

import com.sun.net.httpserver.HttpServer;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link RoundRobinProxy} in front of two replicas that cannot answer: every request gets the suite's retryable
 * "unavailable" problem (503 {@code application/problem+json}, {@code .../service-unavailable}, {@code Retry-After: 5})
 * with nothing of the request in the body or the proxy's log; in front of a replica that answers, the answer goes
 * through unchanged, its own 5xx included. Before fm8 the first two were Vert.x's bare 502. docs/local-stack.md,
 * "Replicas".
 */
class Fm8NoReplicaProblemTest {

    /** A made-up value standing for what a customer writes; it must not come back or reach the log. */
    private static final String MARKER = "fm8-marker-dora.example@example.invalid";
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
    void noReplicaListeningIsThe503Problem() throws Exception {
        int proxy = proxy(freePort(), freePort());
        for (int i = 0; i < 4; i++) { // both replicas first in turn, twice
            assertUnavailable(post(proxy, "{\"text\":\"I am " + MARKER + "\"}"));
            assertUnavailable(get(proxy));
        }
        assertEquals(8, log.size(), String.join("\n", log));
        assertLogClean();
    }

    @Test
    void aReplicaThatAcceptsAndClosesWithoutAnsweringIsThe503Problem() throws Exception {
        int proxy = proxy(acceptsAndCloses(), acceptsAndCloses());
        for (int i = 0; i < 4; i++) {
            assertUnavailable(post(proxy, "{\"text\":\"I am " + MARKER + "\"}"));
            assertUnavailable(get(proxy));
        }
        // one refusing, one closing: the refused connection moves on to the other, which closes
        int mixed = proxy(freePort(), acceptsAndCloses());
        for (int i = 0; i < 4; i++) {
            assertUnavailable(post(mixed, "{\"text\":\"I am " + MARKER + "\"}"));
        }
        assertLogClean();
    }

    /** A body of the services' largest size (1 MB) while no replica listens: still the problem, not a reset. */
    @Test
    void aLargeBodyWithNoReplicaIsThe503Problem() throws Exception {
        int proxy = proxy(freePort(), freePort());
        String big = "{\"text\":\"" + MARKER + " " + "x".repeat(1_000_000) + "\"}";
        assertUnavailable(post(proxy, big));
        assertUnavailable(get(proxy)); // and the proxy still serves the next one
        assertLogClean();
    }

    @Test
    void aHealthyReplicasAnswerPassesThroughUnchanged() throws Exception {
        int proxy = proxy(answering(), freePort());
        for (int i = 0; i < 4; i++) { // the refusing replica first every other time
            HttpResponse<String> created = post(proxy, "{\"text\":\"hello\"}");
            assertEquals(201, created.statusCode(), created.body());
            assertEquals("application/json", created.headers().firstValue("Content-Type").orElse(""));
            assertEquals("kept", created.headers().firstValue("X-Replica").orElse(""));
            assertEquals("POST " + PATH + " {\"text\":\"hello\"}", created.body());

            // the replica's own 503 and 500 are its answer: the proxy neither rewrites nor hides them
            HttpResponse<String> own503 = send(proxy, "/own-503", HttpRequest.BodyPublishers.noBody(), "GET");
            assertEquals(503, own503.statusCode());
            assertEquals("7", own503.headers().firstValue("Retry-After").orElse(""));
            assertEquals("{\"type\":\"https://safesupport.dev/problems/database-unavailable\"}", own503.body());
            HttpResponse<String> own500 = send(proxy, "/own-500", HttpRequest.BodyPublishers.noBody(), "GET");
            assertEquals(500, own500.statusCode());
            assertEquals("replica's own", own500.body());
        }
        assertTrue(log.isEmpty(), String.join("\n", log));
    }

    // ---------------------------------------------------------------------------------------------------------

    private void assertUnavailable(HttpResponse<String> answer) {
        String body = answer.body();
        assertEquals(503, answer.statusCode(), body);
        assertEquals("5", answer.headers().firstValue("Retry-After").orElse(""), body);
        assertEquals(NoReplicaAnswered.MEDIA_TYPE, answer.headers().firstValue("Content-Type").orElse(""), body);
        JsonObject problem = new JsonObject(body);
        assertEquals("https://safesupport.dev/problems/service-unavailable", problem.getString("type"), body);
        assertEquals("Service Unavailable", problem.getString("title"), body);
        assertEquals(503, problem.getInteger("status"), body);
        assertFalse(body.contains(MARKER) || body.contains("conversations"), body);
    }

    private void assertLogClean() {
        assertFalse(log.isEmpty(), "the proxy logged no failure");
        for (String line : log) {
            assertFalse(line.contains(MARKER) || line.contains("conversations") || line.contains("Bearer"), line);
        }
    }

    private HttpResponse<String> post(int proxy, String body) throws Exception {
        return send(proxy, PATH, HttpRequest.BodyPublishers.ofString(body), "POST");
    }

    private HttpResponse<String> get(int proxy) throws Exception {
        return send(proxy, PATH + "?q=" + MARKER, HttpRequest.BodyPublishers.noBody(), "GET");
    }

    private HttpResponse<String> send(int proxy, String path, HttpRequest.BodyPublisher body, String method) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + proxy + path))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer fm8-made-up-token")
                .header("Content-Type", "application/json")
                .method(method, body).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The proxy on a free port in front of replicas on these API ports (no health checks: every one counts as ready). */
    private int proxy(int... apiPorts) throws Exception {
        List<RoundRobinProxy.Replica> replicas = new ArrayList<>();
        for (int port : apiPorts) {
            replicas.add(new RoundRobinProxy.Replica(port, 0));
        }
        return RoundRobinProxy.listen(vertx, client, new RoundRobinProxy.Pool(replicas), 0, log::add)
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort();
    }

    /** A port nothing listens on (taken and given back at once). */
    private static int freePort() {
        try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A replica that takes each connection, reads the request's head and closes it without a byte of answer. */
    private int acceptsAndCloses() throws IOException {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        closing.add(server);
        Thread.ofPlatform().daemon().start(() -> {
            while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                    readHead(socket.getInputStream());
                } catch (IOException e) {
                    // closed by the test, or the proxy gave up first
                }
            }
        });
        return server.getLocalPort();
    }

    private static void readHead(InputStream in) throws IOException {
        byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        int matched = 0;
        while (matched < end.length) { // not a byte further: a GET sends none
            int b = in.read();
            if (b < 0) {
                return;
            }
            matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
        }
    }

    /** A replica that answers: 201 with the method, path and body it got; its own 503 and 500 on two paths. */
    private int answering() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body;
            int status;
            if (path.equals("/own-503")) {
                status = 503;
                exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
                exchange.getResponseHeaders().add("Retry-After", "7");
                body = "{\"type\":\"https://safesupport.dev/problems/database-unavailable\"}".getBytes(StandardCharsets.UTF_8);
            } else if (path.equals("/own-500")) {
                status = 500;
                body = "replica's own".getBytes(StandardCharsets.UTF_8);
            } else {
                status = 201;
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.getResponseHeaders().add("X-Replica", "kept");
                body = (exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                        + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            }
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        closing.add(() -> server.stop(0));
        return server.getAddress().getPort();
    }
}
