package com.safesupport.platform.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import java.util.Set;

/**
 * Cross-site request forgery protection for {@link CsrfProtected} pages, two checks deep: a browser that says where
 * a request comes from ({@code Sec-Fetch-Site}) must say it comes from this origin, and every state-changing request
 * must carry the session's token ({@link CsrfTokens}) in the form field {@code csrf} or the header
 * {@code X-CSRF-Token}. Written here because quarkus-rest-csrf is not published for the pinned Quarkus 3.27.2; it
 * reads the form the way that extension does ({@link WithFormRead}).
 */
public class CsrfFilter {

    private static final Logger LOG = Logger.getLogger("com.safesupport.security");
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> OWN_ORIGIN = Set.of("same-origin", "none");

    @Inject
    CsrfTokens tokens;

    @Inject
    SecurityIdentity identity;

    @ServerRequestFilter
    @WithFormRead
    @CsrfProtected
    public Response check(ResteasyReactiveContainerRequestContext request) {
        if (SAFE.contains(request.getMethod())) {
            return null;
        }
        String site = request.getHeaderString("Sec-Fetch-Site");
        if (site != null && !OWN_ORIGIN.contains(site)) {
            return refuse(request, "cross-origin request (" + (site.length() > 20 ? "other" : site) + ")");
        }
        String presented = request.getHeaderString(CsrfTokens.HEADER);
        if (presented == null && request.getServerRequestContext() instanceof ResteasyReactiveRequestContext context) {
            Object field = context.getFormParameter(CsrfTokens.FIELD, true, false);
            presented = field == null ? null : field.toString();
        }
        if (!tokens.matches(identity, presented)) {
            return refuse(request, presented == null ? "no CSRF token" : "wrong CSRF token");
        }
        return null;
    }

    private static Response refuse(ContainerRequestContext request, String why) {
        // The path's ids are not logged: they may name a customer's conversation.
        LOG.infof("Refused (403) %s of a page form: %s", request.getMethod(), why);
        return Response.status(403).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .entity("This form did not come from this page or has expired. Go back, reload the page and try again.")
                .build();
    }
}
