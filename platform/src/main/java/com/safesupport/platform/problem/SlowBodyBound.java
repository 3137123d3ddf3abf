package com.safesupport.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * A request's body must have arrived whole within {@code suite.http.body-read-timeout} (10 s) of its headers; a
 * client still sending it then is answered 408 problem+json and its connection closed.
 * <p>
 * Neither Quarkus nor Vert.x bounds this: {@code quarkus.http.idle-timeout} (30 min) restarts with every byte that
 * arrives, and {@code quarkus.http.read-timeout} (60 s) applies only to a worker thread blocked reading a body stream,
 * which no endpoint of the suite does (Quarkus REST reads a body on the event loop before it dispatches). So a client
 * that drips one byte every 200 ms held its connection for as long as its body lasted (a 1 MB body: days), and enough
 * of them would exhaust the replica's connections and memory. One timer per request that declares a body
 * ({@code Content-Length} above 0, or chunked) still arriving when the route runs, cancelled when the response ends; a
 * request without a body (every GET, an event stream included) is never timed. A body the endpoint never reads while
 * it works longer than the bound would be cut too; no endpoint of the suite ignores its body.
 */
@ApplicationScoped
public class SlowBodyBound {

    private static final Logger LOG = Logger.getLogger(SlowBodyBound.class);

    private final Duration bound;
    private final ObjectMapper json;

    SlowBodyBound(@ConfigProperty(name = "suite.http.body-read-timeout", defaultValue = "10S") Duration bound, ObjectMapper json) {
        this.bound = bound;
        this.json = json;
    }

    void install(@Observes Router router) {
        if (bound.isZero() || bound.isNegative()) {
            return;
        }
        // Before PayloadTooLarge (UPLOAD_LIMIT - 1) and Quarkus' body handling.
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 2).handler(this::bound);
    }

    private void bound(RoutingContext context) {
        HttpServerRequest request = context.request();
        // Only a declared body is timed: a request without one is whole with its head, but Quarkus keeps it paused
        // until it dispatches, so isEnded() stays false while a slow handler runs (consent-service's DSR execution,
        // a POST without a body waiting on its peers, was cut at 10 s: FtDsrPeerFaultsTest).
        if (declaresBody(request) && !request.isEnded()) {
            Vertx vertx = context.vertx();
            long timer = vertx.setTimer(Math.max(1, bound.toMillis()), id -> {
                if (!request.isEnded()) {
                    cut(context);
                }
            });
            context.addEndHandler(done -> vertx.cancelTimer(timer));
        }
        context.next();
    }

    private static boolean declaresBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            return !"0".equals(length.trim());
        }
        return request.headers().contains(HttpHeaders.TRANSFER_ENCODING, HttpHeaders.CHUNKED, true);
    }

    private void cut(RoutingContext context) {
        HttpServerRequest request = context.request();
        HttpServerResponse response = context.response();
        // The path's template words only would need the route; the method and the bound are enough to see it happen.
        LOG.infof("Request body not whole after %s: %s request answered 408 and its connection closed", bound, request.method());
        if (response.headWritten() || response.ended() || response.closed()) {
            request.connection().close();
            return;
        }
        String body;
        try {
            body = json.writeValueAsString(new Problem(Problem.type("request-timeout"), "Request Timeout", 408,
                    "The request body must arrive whole within " + bound.toSeconds() + " s", request.path(), null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        response.setStatusCode(408)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body)
                .onComplete(written -> request.connection().close());
    }
}
