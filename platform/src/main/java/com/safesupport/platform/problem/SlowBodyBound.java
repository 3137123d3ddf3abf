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
 * A request's body must have been read whole within {@code suite.http.body-read-timeout} (10 s) of its headers; a
 * client still sending it then is answered 408 problem+json and its connection closed. The handler's own time does
 * not count: the bound stops when the body's last byte has been handed to its reader.
 * <p>
 * Neither Quarkus nor Vert.x bounds this: {@code quarkus.http.idle-timeout} (30 min) restarts with every byte,
 * {@code quarkus.http.read-timeout} covers only a worker blocked on a body stream, and Vert.x' {@code HttpServerOptions}
 * have no whole-request timeout. So a client dripping one byte every 200 ms held its connection for as long as it
 * dripped.
 * <p>
 * "Read" is Vert.x' {@link HttpServerRequest#end()} future, which completes when the end of the body is delivered
 * to whoever reads it (Quarkus REST's body reader, or Vert.x Web's {@code BodyHandler}), whichever handlers they set.
 * Not {@link HttpServerRequest#isEnded()}: that is also false while the request is paused, and Quarkus REST's blocking
 * body stream ({@code VertxInputStream}) reads with {@code fetch(1)}, which leaves the request paused after its last
 * byte; a body read whole then read as not ended while a slow handler ran, and fm7's bound cut it with 408 (docs/bot.md,
 * "Faults, eighth sweep (fm7b)").
 * Only a request that declares a body ({@code Content-Length} above 0, or chunked) is timed; a body its endpoint never
 * reads, while that endpoint works longer than the bound, would be cut too (no endpoint of the suite ignores its body).
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
        // Before PayloadTooLarge (UPLOAD_LIMIT - 1) and Quarkus' body handling: the bound starts with the headers.
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 2).handler(this::bound);
    }

    private void bound(RoutingContext context) {
        HttpServerRequest request = context.request();
        // isEnded() true here means the whole body was already delivered; end() would then refuse to be asked.
        if (declaresBody(request) && !request.isEnded()) {
            Vertx vertx = context.vertx();
            long timer = vertx.setTimer(Math.max(1, bound.toMillis()), id -> cut(context));
            // Completes when the body has been read, fails when the connection goes: either way nothing is left to bound.
            request.end().onComplete(read -> vertx.cancelTimer(timer));
            context.addEndHandler(answered -> vertx.cancelTimer(timer));
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
        // The method and the bound are enough to see it happen; the path may carry a customer's ids.
        LOG.infof("Request body not read whole after %s: %s request answered 408 and its connection closed", bound, request.method());
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
