package com.safesupport.suite;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.httpproxy.HttpProxy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The local stand-in for a Kubernetes Service in front of a service's replicas: one listening port per service
 * (8081–8084), each request sent to the next replica in turn, built on Vert.x's reverse proxy
 * ({@code io.vertx:vertx-http-proxy}), which streams bodies both ways (server-sent events included).
 * <p>
 * A replica leaves the rotation when its readiness endpoint stops answering 200 (checked every 500 ms) or a
 * connection to it is refused; a refused connection is retried on the next replica before anything was sent, so
 * a killed replica costs only the requests it was already serving. A request that was already sent is not sent
 * again (it may not be idempotent): when no replica answered it (every connection refused, or the replica closed the
 * connection before its answer began) the client gets the suite's retryable 503 problem ({@link NoReplicaAnswered}).
 * <p>
 * A replica that takes a request and never begins its answer (a hung JVM, a stopped process) is bounded too: the head
 * of its answer must come within {@code SUITE_PROXY_ANSWER_TIMEOUT} seconds (default 30, 0 turns the bound off) of the
 * request's connection to it, else the request to it is reset, the client gets the same 503 problem, and the replica
 * leaves the rotation until its readiness answers again — so a retry (with its {@code Idempotency-Key}) goes to another
 * replica. It is Vert.x' own request timeout ({@link HttpClientRequest#idleTimeout(long)}), which ends when the head of
 * the answer arrives: a body streamed after it (server-sent events) is not cut by it.
 * <p>
 * Arguments: {@code <listen-port>=<api-port>/<management-port>,<api-port>/<management-port>...} per service.
 */
public final class RoundRobinProxy {

    static final long HEALTH_EVERY_MS = 500;

    /** Environment: seconds a replica may take to begin its answer; 0 turns the bound off. */
    static final String ANSWER_TIMEOUT_ENV = "SUITE_PROXY_ANSWER_TIMEOUT";
    /**
     * Longer than any service's own bound on a request (a customer message's turn: its deadline, then one stage; a
     * slow model endpoint answered in about 15 s in bot-service's tests; a dripping body is cut by the service at 10 s).
     */
    static final long DEFAULT_ANSWER_TIMEOUT_MS = 30_000;

    /** One replica: where its API listens, where its readiness is checked, and whether it is in the rotation. */
    static final class Replica {
        final int apiPort;
        final int managementPort;
        volatile boolean ready = true; // optimistic until the first check says otherwise

        Replica(int apiPort, int managementPort) {
            this.apiPort = apiPort;
            this.managementPort = managementPort;
        }
    }

    /** The replicas of one service and the round-robin position. */
    static final class Pool {
        final List<Replica> replicas;
        private final AtomicInteger next = new AtomicInteger();

        Pool(List<Replica> replicas) {
            this.replicas = List.copyOf(replicas);
        }

        /** Every replica, starting with the next one in turn; ready ones first. */
        List<Replica> order() {
            int start = Math.floorMod(next.getAndIncrement(), replicas.size());
            List<Replica> ready = new ArrayList<>();
            List<Replica> rest = new ArrayList<>();
            for (int i = 0; i < replicas.size(); i++) {
                Replica r = replicas.get((start + i) % replicas.size());
                (r.ready ? ready : rest).add(r);
            }
            ready.addAll(rest);
            return ready;
        }
    }

    private RoundRobinProxy() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length == 0) {
            System.err.println("usage: RoundRobinProxy <listen-port>=<api-port>/<management-port>,... ...");
            System.exit(2);
        }
        long answerWithinMs = answerTimeoutMs(System.getenv(ANSWER_TIMEOUT_ENV));
        Vertx vertx = Vertx.vertx();
        HttpClient client = client(vertx);
        HttpClient health = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(400).setIdleTimeout(5));
        List<Future<HttpServer>> listening = new ArrayList<>();
        for (String arg : args) {
            String[] parts = arg.split("=", 2);
            int listenPort = Integer.parseInt(parts[0]);
            List<Replica> replicas = new ArrayList<>();
            for (String replica : parts[1].split(",")) {
                String[] ports = replica.split("/");
                replicas.add(new Replica(Integer.parseInt(ports[0]), Integer.parseInt(ports[1])));
            }
            Pool pool = new Pool(replicas);
            vertx.setPeriodic(HEALTH_EVERY_MS, id -> pool.replicas.forEach(r -> check(health, r)));
            listening.add(listen(vertx, client, pool, listenPort, answerWithinMs, System.out::println)
                    .onSuccess(s -> System.out.println("proxy: port " + listenPort + " -> " + parts[1]))
                    .onFailure(e -> {
                        System.err.println("proxy: cannot listen on " + listenPort + ": " + e.getMessage());
                        System.exit(1);
                    }));
        }
        Future.all(listening).toCompletionStage().toCompletableFuture().join();
        new CountDownLatch(1).await(); // until the launcher stops this process
        vertx.close().toCompletionStage().toCompletableFuture().orTimeout(5, TimeUnit.SECONDS);
    }

    /** The client the proxy reaches replicas with: keep-alive, a connection attempt given up after 1 s. */
    static HttpClient client(Vertx vertx) {
        return vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout(1000)
                .setKeepAlive(true), new PoolOptions().setHttp1MaxSize(64));
    }

    /**
     * The proxy of one service on {@code listenPort} (0: any free port) in front of {@code pool}; {@code log} gets one
     * line per request no replica answered, naming the port and the failure's class only (never the request).
     */
    static Future<HttpServer> listen(Vertx vertx, HttpClient client, Pool pool, int listenPort, Consumer<String> log) {
        return listen(vertx, client, pool, listenPort, DEFAULT_ANSWER_TIMEOUT_MS, log);
    }

    /** As above, a replica's answer to begin within {@code answerWithinMs} of its connection (0: no bound). */
    static Future<HttpServer> listen(Vertx vertx, HttpClient client, Pool pool, int listenPort, long answerWithinMs,
                                     Consumer<String> log) {
        HttpProxy proxy = HttpProxy.reverseProxy(client);
        proxy.origin(context -> connect(context.client(), pool.order(), 0, answerWithinMs));
        proxy.addInterceptor(new NoReplicaAnswered(listenPort, log));
        return vertx.createHttpServer().requestHandler(proxy).listen(listenPort, "127.0.0.1");
    }

    /** A connection to the first replica that accepts one; nothing is sent before the connection stands. */
    private static Future<HttpClientRequest> connect(HttpClient client, List<Replica> order, int index, long answerWithinMs) {
        Replica replica = order.get(index);
        return client.request(new RequestOptions().setServer(SocketAddress.inetSocketAddress(replica.apiPort, "127.0.0.1")))
                .map(request -> answerWithinMs > 0 ? bounded(request, replica, answerWithinMs) : request)
                .recover(failure -> {
                    replica.ready = false;
                    return index + 1 < order.size() ? connect(client, order, index + 1, answerWithinMs) : Future.failedFuture(failure);
                });
    }

    /**
     * The head of the answer within {@code answerWithinMs}, else the request is reset (its response fails with a
     * {@link TimeoutException}: {@link NoReplicaAnswered} answers the client) and the replica leaves the rotation.
     */
    private static HttpClientRequest bounded(HttpClientRequest request, Replica replica, long answerWithinMs) {
        request.idleTimeout(answerWithinMs);
        request.response().onFailure(failure -> {
            if (failure instanceof TimeoutException) {
                replica.ready = false; // back with its next readiness check that answers 200
            }
        });
        return request;
    }

    /** {@code SUITE_PROXY_ANSWER_TIMEOUT} in milliseconds: whole seconds, 0 for no bound, the default when unset. */
    static long answerTimeoutMs(String seconds) {
        if (seconds == null || seconds.isBlank()) {
            return DEFAULT_ANSWER_TIMEOUT_MS;
        }
        long value;
        try {
            value = Long.parseLong(seconds.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(ANSWER_TIMEOUT_ENV + " must be whole seconds (0: no bound)");
        }
        if (value < 0 || value > TimeUnit.DAYS.toSeconds(1)) {
            throw new IllegalArgumentException(ANSWER_TIMEOUT_ENV + " must be whole seconds from 0 (no bound) to 86400");
        }
        return TimeUnit.SECONDS.toMillis(value);
    }

    private static void check(HttpClient health, Replica replica) {
        health.request(new RequestOptions().setMethod(HttpMethod.GET).setHost("127.0.0.1").setPort(replica.managementPort)
                        .setURI("/q/health/ready").setTimeout(1000))
                .compose(request -> request.send().compose(response -> response.body().map(body -> response.statusCode())))
                .onSuccess(status -> replica.ready = status == 200)
                .onFailure(e -> replica.ready = false);
    }
}
