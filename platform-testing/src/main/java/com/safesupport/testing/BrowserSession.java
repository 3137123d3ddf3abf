package com.safesupport.testing;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.restassured.RestAssured.given;

/**
 * A browser's session with a page behind an OIDC {@code web-app} tenant, signed in through the real authorization
 * code flow against the mock realm of {@code OidcWiremockTestResource}: the page redirects to the realm, the realm
 * (WireMock) answers the code with real signed ID and access tokens for the given user, and the service sets its
 * session cookies. Cookies are kept and sent like a browser would; no redirect is followed automatically, so a test
 * sees every 302 and 303.
 */
public final class BrowserSession {

    private static final String KEY = "privateKey.jwk";

    private final Map<String, String> cookies = new LinkedHashMap<>();

    private BrowserSession() {
    }

    /** A browser that has not signed in. */
    public static BrowserSession anonymous() {
        return new BrowserSession();
    }

    /**
     * Signs in at {@code page} as a user of the web client {@code clientId} ({@code support-web} in the realm) whose
     * access token is meant for {@code audiences} and carries {@code roles}.
     */
    public static BrowserSession signIn(String page, String clientId, String subject, String username,
                                        Set<String> audiences, String... roles) {
        return signIn(page, clientId, subject, username, audiences, null, null, roles);
    }

    /**
     * As {@link #signIn(String, String, String, String, Set, String...)}, with the realm's tokens signed by
     * {@code signingKey} under the key id {@code keyId} (a rotated key: {@link RealmKeyRotation}); the realm's usual key
     * when {@code signingKey} is null.
     */
    public static BrowserSession signIn(String page, String clientId, String subject, String username,
                                        Set<String> audiences, PrivateKey signingKey, String keyId, String... roles) {
        BrowserSession browser = new BrowserSession();
        String sid = UUID.randomUUID().toString();
        JwtClaimsBuilder id = Jwt.issuer(Tokens.ISSUER).subject(subject).audience(clientId)
                .claim("azp", clientId).claim("sid", sid).claim("preferred_username", username)
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300));
        JwtClaimsBuilder access = Jwt.issuer(Tokens.ISSUER).subject(subject).audience(audiences)
                .claim("azp", clientId).claim("sid", sid).claim("preferred_username", username).groups(Set.of(roles))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300));
        String idToken = signingKey == null ? id.sign(KEY) : id.jws().keyId(keyId).sign(signingKey);
        String accessToken = signingKey == null ? access.sign(KEY) : access.jws().keyId(keyId).sign(signingKey);
        realm().register(post("/auth/realms/quarkus/token").atPriority(1)
                .withRequestBody(containing("authorization_code"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"access_token\":\"" + accessToken + "\",\"id_token\":\"" + idToken
                                + "\",\"refresh_token\":\"refresh-" + sid + "\",\"token_type\":\"Bearer\",\"expires_in\":300}")));

        Response challenge = browser.get(page);
        if (challenge.statusCode() != 302) {
            throw new AssertionError("expected a redirect to the sign-in page, got " + challenge.statusCode());
        }
        Map<String, String> query = query(URI.create(challenge.header("Location")));
        String callback = query.get("redirect_uri") + "?state=" + query.get("state") + "&code=test-code-" + sid;
        Response signedIn = browser.get(callback);
        if (signedIn.statusCode() != 302 && signedIn.statusCode() != 200) {
            throw new AssertionError("the sign-in callback answered " + signedIn.statusCode() + ": " + signedIn.asString());
        }
        return browser;
    }

    /** The query parameters of the last sign-in redirect: for tests of PKCE and state. */
    public static Map<String, String> query(URI uri) {
        Map<String, String> params = new HashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                params.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    public Response get(String path) {
        return keep(request().get(path));
    }

    /** Posts a form as the page's own form would, with whatever fields the test gives (or leaves out). */
    public Response postForm(String path, Map<String, String> fields) {
        return keep(request().contentType("application/x-www-form-urlencoded").formParams(fields).post(path));
    }

    public RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies);
    }

    public Map<String, String> cookies() {
        return Map.copyOf(cookies);
    }

    private Response keep(Response response) {
        response.getDetailedCookies().forEach(c -> {
            if (c.getValue() == null || c.getValue().isEmpty() || c.getMaxAge() == 0) {
                cookies.remove(c.getName());
            } else {
                cookies.put(c.getName(), c.getValue());
            }
        });
        return response;
    }

    private static WireMock realm() {
        URI keycloak = URI.create(ConfigProvider.getConfig().getValue("keycloak.url", String.class));
        return new WireMock(keycloak.getHost(), keycloak.getPort());
    }
}
