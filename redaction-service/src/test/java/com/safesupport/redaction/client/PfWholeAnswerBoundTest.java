package com.safesupport.redaction.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The platform's {@code WholeAnswerBound} is active in redaction-service: a REST client of the service whose peer drips
 * its answer (a chunk every 150 ms, so the client's read timeout, an idle timeout of 1 s here, never fires) is cut at
 * that read timeout, its result a {@link ProcessingException} and its connection closed, while a server-sent event
 * stream is read whole past it. redaction-service has no REST client of its own today, so the test builds one (the
 * REST client registers global {@code @Provider} filters on every client, injected or built). Without the filter the
 * dripping call waits for the whole drip (30 s) and the first test fails. docs/bot.md, "Faults, sixth sweep (pf)".
 */
@QuarkusTest
class PfWholeAnswerBoundTest {

    private static final long READ_TIMEOUT_MS = 1_000;
    /** The read timeout and a margin for a loaded machine; the long drip lasts 30 s. */
    private static final Duration BOUND = Duration.ofSeconds(8);
    private static final String CHUNK = "{\"part\":\"pf\"}\n";

    /** A peer of the test's own (the JDK's HTTP server): drips {@code chunks} chunks, 150 ms apart. */
    private HttpServer peer;
    private ExecutorService peerThreads;
    private volatile int chunks;
    /** Counted down when a write to the client failed: the client closed the connection. */
    private volatile CountDownLatch cut;

    @RegisterRestClient(configKey = "pf-dripping-peer")
    @Path("/drip")
    public interface DrippingPeer {
        @GET
        @Produces(MediaType.APPLICATION_JSON)
        String json();

        @GET
        @Produces(MediaType.SERVER_SENT_EVENTS)
        String events();
    }

    @BeforeEach
    void startPeer() throws IOException {
        cut = new CountDownLatch(1);
        peerThreads = Executors.newCachedThreadPool();
        peer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        peer.setExecutor(peerThreads);
        peer.createContext("/drip", this::drip);
        peer.start();
    }

    @AfterEach
    void stopPeer() {
        peer.stop(0);
        peerThreads.shutdownNow();
    }

    private void drip(HttpExchange exchange) throws IOException {
        String accept = String.valueOf(exchange.getRequestHeaders().getFirst("Accept"));
        exchange.getResponseHeaders().add("Content-Type",
                accept.contains("event-stream") ? "text/event-stream" : "application/json");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream body = exchange.getResponseBody()) {
            for (int i = 0; i < chunks; i++) {
                body.write(CHUNK.getBytes(StandardCharsets.UTF_8));
                body.flush();
                Thread.sleep(150);
            }
        } catch (IOException closed) {
            cut.countDown();
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private DrippingPeer client() {
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create("http://127.0.0.1:" + peer.getAddress().getPort()))
                .readTimeout(READ_TIMEOUT_MS, TimeUnit.MILLISECONDS)
                .build(DrippingPeer.class);
    }

    @Test
    void aDrippingAnswerIsCutAtTheReadTimeoutAndItsConnectionClosed() throws InterruptedException {
        chunks = 200; // 30 s
        DrippingPeer client = client();
        long start = System.nanoTime();
        assertTimeoutPreemptively(BOUND, () -> assertThrows(ProcessingException.class, client::json),
                "the REST client waited for the peer's dripping answer: the platform's WholeAnswerBound is not active");
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(tookMs >= READ_TIMEOUT_MS - 50, "cut before the read timeout: " + tookMs + " ms");
        assertTrue(cut.await(5, TimeUnit.SECONDS), "the peer could still write after the call was cut");
    }

    @Test
    void anEventStreamIsReadWholePastTheReadTimeout() {
        chunks = 14; // about 2 s, twice the read timeout
        String events = assertTimeoutPreemptively(BOUND, () -> client().events());
        assertEquals(CHUNK.repeat(14), events);
        assertEquals(1, cut.getCount(), "the event stream's connection was cut");
    }
}
