package com.safesupport.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.Locale;

/**
 * While the identity provider cannot be reached, a page's sign-in (the OIDC "web-app" tenants of {@code /chat} and
 * {@code /desk}) fails inside quarkus-oidc's authentication, before any resource or exception mapper runs, and Quarkus
 * answered its bare 500. This failure handler runs first for every route: a browser gets a short HTML page, 503 with
 * Retry-After, an API client the same problem+json {@link ProblemMapper} answers for a bearer token. No stack trace,
 * no provider address: the page is a constant.
 */
@ApplicationScoped
public class SignInUnavailable {

    private static final Logger LOG = Logger.getLogger(SignInUnavailable.class);

    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Sign-in temporarily unavailable</title></head>
            <body>
            <main>
            <h1>Sign-in is temporarily unavailable</h1>
            <p>Sign-in is temporarily unavailable, try again in a few seconds.</p>
            <p><a href="">Try again</a></p>
            </main>
            </body>
            </html>
            """;

    private final ObjectMapper json;

    SignInUnavailable(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        // Vert.x tries the failure handlers of the matching routes from the first route on: this one comes first.
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    void handle(RoutingContext context) {
        // A token quarkus-oidc rejected (AuthenticationFailedException) may carry an OIDCException as its cause, e.g. a
        // key id the realm never published: that is the token's fault, 401 through ProblemMapper, not an outage.
        if (context.failure() instanceof io.quarkus.security.AuthenticationFailedException
                || !IdentityProviderUnavailable.causedBy(context.failure()) || context.response().headWritten()) {
            context.next();
            return;
        }
        // No path in the log line: it may name a subject.
        LOG.warnf("Identity provider unavailable (%s): request refused with 503", context.failure().getClass().getName());
        context.response().setStatusCode(503)
                .putHeader("Retry-After", String.valueOf(ProblemMapper.IDENTITY_PROVIDER_RETRY_AFTER_SECONDS))
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (wantsHtml(context.request().getHeader(HttpHeaders.ACCEPT))) {
            context.response().putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8").end(PAGE);
            return;
        }
        context.response().putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(problem(context.request().path()));
    }

    /** A browser's navigation names text/html; an API client (or no Accept at all) gets problem+json. */
    static boolean wantsHtml(String accept) {
        if (accept == null) {
            return false;
        }
        String lower = accept.toLowerCase(Locale.ROOT);
        int html = lower.indexOf("text/html");
        if (html < 0) {
            return false;
        }
        int jsonAt = lower.indexOf("json");
        return jsonAt < 0 || html < jsonAt;
    }

    private String problem(String rawPath) {
        try {
            return json.writeValueAsString(ProblemMapper.identityProviderUnavailable(ProblemMapper.encodedPath(rawPath)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
