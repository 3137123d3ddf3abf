package com.safesupport.suite;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

import java.util.function.Consumer;

/**
 * What a client of {@link RoundRobinProxy} gets when no replica answered its request: the suite's "unavailable"
 * answer (docs/DESIGN.md, "Errors under faults"), 503 {@code application/problem+json} of type
 * {@code .../service-unavailable} with {@code Retry-After}, which callers retry, instead of Vert.x's bare 502, which
 * they read as a defect. Neither the body nor the log line carries anything of the request (path, query, headers,
 * body may all hold personal data). A replica that dies once the head of its answer came back cannot be covered:
 * Vert.x's proxy then resets the client's connection, the only honest end of an answer already begun.
 */
final class NoReplicaAnswered implements ProxyInterceptor {

    static final String TYPE = "https://safesupport.dev/problems/service-unavailable";
    /** The services' own choice for an unreachable database or identity provider (platform ProblemMapper). */
    static final int RETRY_AFTER_SECONDS = 5;
    static final String MEDIA_TYPE = "application/problem+json";

    private static final Buffer BODY = new JsonObject()
            .put("type", TYPE)
            .put("title", "Service Unavailable")
            .put("status", 503)
            .put("detail", "No instance of this service could take the request right now; try again shortly")
            .toBuffer();

    private final int port;
    private final Consumer<String> log;

    NoReplicaAnswered(int port, Consumer<String> log) {
        this.port = port;
        this.log = log;
    }

    /**
     * The origin could not be reached, it closed the connection before the head of its answer came back, or that head
     * did not come within the proxy's bound ({@link RoundRobinProxy#ANSWER_TIMEOUT_ENV}: a timeout, named in the log).
     */
    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return context.sendRequest().recover(failure -> {
            log.accept("proxy: port " + port + ": no replica answered (" + failure.getClass().getName() + "): 503");
            return Future.succeededFuture(unavailable(context.request().release().response()));
        });
    }

    private static ProxyResponse unavailable(ProxyResponse response) {
        return response.setStatusCode(503)
                .setStatusMessage("Service Unavailable")
                .putHeader("Content-Type", MEDIA_TYPE)
                .putHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS))
                .setBody(Body.body(BODY.copy()));
    }
}
