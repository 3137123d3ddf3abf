package com.safesupport.platform.web;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdToken;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.net.URI;

/**
 * The person signed in to a page through a session cookie (an OIDC {@code web-app} tenant). A page calls the
 * service's own bearer-token APIs over HTTP ({@link #ownApi()}) on this person's behalf with their access token, so
 * the APIs authorize the request exactly as they would authorize the person's own app, a customer can only ever
 * reach their own subject, and the page depends on the published contract only.
 */
@RequestScoped
public class SignedIn {

    @Inject
    SecurityIdentity identity;

    @Inject
    @IdToken
    JsonWebToken idToken;

    @Inject
    AccessTokenCredential accessToken;

    @Inject
    CsrfTokens csrf;

    @Inject
    RoutingContext request;

    @Inject
    WebConfig config;

    /** {@code Authorization} header value for calls made on this person's behalf. */
    public String bearer() {
        return "Bearer " + accessToken.getToken();
    }

    /** The token every form of the page must send back. */
    public String csrfToken() {
        return csrf.tokenFor(identity);
    }

    /** The subject the identity provider knows the person by (the customer's subject id). */
    public String subject() {
        return idToken.getSubject();
    }

    /** The name to greet the person with: the identity provider's user name. */
    public String username() {
        String name = idToken.getClaim("preferred_username");
        return name == null ? idToken.getSubject() : name;
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /**
     * Where this service's own API answers: {@code suite.web.api-url} if set, else plain HTTP on the local address
     * and port the page request came in on (the same server, whatever port it was given).
     */
    public URI ownApi() {
        if (config.apiUrl().isPresent()) {
            return URI.create(config.apiUrl().get());
        }
        SocketAddress local = request.request().localAddress();
        String host = local.hostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + local.port());
    }
}
