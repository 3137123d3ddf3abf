package com.safesupport.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * A body larger than {@code quarkus.http.limits.max-body-size} is refused before it is read, as problem+json.
 * Quarkus' own upload limit answers an empty 413 with no content type; this route runs just before it and answers
 * the suite's error shape instead (the limit and the rule stay Quarkus' own: same property, same status).
 */
@ApplicationScoped
public class PayloadTooLarge {

    private final Optional<MemorySize> maxBodySize;
    private final ObjectMapper json;

    PayloadTooLarge(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize, ObjectMapper json) {
        this.maxBodySize = maxBodySize;
        this.json = json;
    }

    void install(@Observes Router router) {
        maxBodySize.ifPresent(limit -> router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
                .handler(context -> refuseIfDeclaredTooLarge(context, limit.asLongValue())));
    }

    private void refuseIfDeclaredTooLarge(RoutingContext context, long limit) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long length;
        try {
            length = declared == null ? -1 : Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            length = -1; // Vert.x' HTTP codec refuses a malformed Content-Length itself
        }
        if (length <= limit) {
            context.next();
            return;
        }
        String body;
        try {
            body = json.writeValueAsString(new Problem(Problem.type("payload-too-large"), "Payload Too Large", 413,
                    "A request body may have at most " + limit + " bytes", context.request().path(), null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        // As Quarkus does: close the connection rather than read (and discard) the rest of a large body.
        context.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }
}
