package com.safesupport.consent;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.safesupport.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigInteger;
import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.safesupport.consent.ConsentSteps.TOKENS;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The identity provider rotated its signing key, and its key set (JWKS) cannot be fetched just when the first token
 * signed with the new key arrives: the endpoint resets the connection, answers 500, or answers garbage. The token is
 * refused (401, or 503 problem+json), never a 500 with internals; tokens signed with the cached key keep working (except
 * when the realm answers a well-formed key set with no usable key: quarkus-oidc takes that as the realm's word); and
 * once the key set is published again the new key is taken within quarkus.oidc.token.forced-jwk-refresh-interval
 * (platform default 30 s; before, quarkus-oidc's 10 min: the first run of this test failed there). The realm is the OidcWiremockTestResource's WireMock, so
 * quarkus-oidc fetches the keys over real HTTP; the test only swaps that one stub for a while.
 */
@QuarkusTest
class FmJwksDownTest {

    static final String CERTS = "/auth/realms/quarkus/protocol/openid-connect/certs";
    private static final Duration REQUEST_BOUND = Duration.ofSeconds(20);
    private static final Duration RECOVERY_BOUND = Duration.ofSeconds(15);

    final URI realmBase = URI.create(ConfigProvider.getConfig().getValue("keycloak.url", String.class));
    final WireMock realm = new WireMock(realmBase.getHost(), realmBase.getPort());
    final List<StubMapping> added = new ArrayList<>();

    @AfterEach
    void restoreTheRealm() {
        added.forEach(realm::removeStubMapping);
        added.clear();
    }

    enum Outage {
        CONNECTION_RESET(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
        SERVER_ERROR(aResponse().withStatus(500).withBody("java.lang.IllegalStateException: realm down")),
        NOT_JSON(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("<html>down</html>")),
        /** Well-formed JSON: quarkus-oidc takes it as the realm's key set, so the cached keys are dropped too. */
        NOT_A_KEY_SET(okJson("{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"half\",\"n\":\"!!\"}]}"), false);

        final ResponseDefinitionBuilder answer;
        final boolean cachedKeysKept;

        Outage(ResponseDefinitionBuilder answer) {
            this(answer, true);
        }

        Outage(ResponseDefinitionBuilder answer, boolean cachedKeysKept) {
            this.answer = answer;
            this.cachedKeysKept = cachedKeysKept;
        }
    }

    @ParameterizedTest
    @EnumSource(Outage.class)
    void aTokenOfANewKeyIsRefusedWhileTheKeysCannotBeFetchedAndAcceptedOnceTheyCan(Outage outage) throws Exception {
        String published = given().when().get(realmBase + "/realms/quarkus/protocol/openid-connect/certs")
                .then().statusCode(200).extract().asString();
        KeyPair rotated = newKey();
        String kid = "rotated-" + UUID.randomUUID();
        String subject = UUID.randomUUID().toString();
        String token = Jwt.issuer(Tokens.ISSUER).subject(subject).audience(Set.of("consent-service"))
                .claim("azp", "support-web").claim("preferred_username", subject).groups(Set.of("customer"))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300))
                .jws().keyId(kid).sign(rotated.getPrivate());

        added.add(realm.register(get(urlEqualTo(CERTS)).atPriority(1).willReturn(outage.answer)));
        int fetchesBefore = realm.find(getRequestedFor(urlEqualTo(CERTS))).size();
        // The new key's token is refused on every try until quarkus-oidc has asked the realm (at most once a second in
        // tests): only then is the outage what answered it.
        Awaitility.await("a key-set fetch during the outage").atMost(REQUEST_BOUND).pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    Response refused = given().auth().oauth2(token).when().get("/v1/purposes/ai-assistance").andReturn();
                    assertTrue(refused.statusCode() == 401 || refused.statusCode() == 503,
                            "expected 401 or 503, got " + refused.statusCode() + ": " + refused.asString());
                    assertFalse(refused.asString().contains("Exception"), "internals in the answer: " + refused.asString());
                    assertFalse(refused.asString().contains("realm down"), "the realm's body in the answer: " + refused.asString());
                    if (refused.statusCode() == 503) {
                        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
                    }
                    return realm.find(getRequestedFor(urlEqualTo(CERTS))).size() > fetchesBefore;
                });
        // A key set the realm publishes, however broken, replaces the cache: the old key's tokens are then a plain 401.
        given().auth().oauth2(TOKENS.customer(subject)).when().get("/v1/purposes/ai-assistance")
                .then().statusCode(outage.cachedKeysKept ? 200 : 401);

        String withRotated = published.replaceFirst("\\[", "[" + jwk(kid, (RSAPublicKey) rotated.getPublic()) + ",");
        added.add(realm.register(get(urlEqualTo(CERTS)).atPriority(1).willReturn(okJson(withRotated))));
        // quarkus-oidc fetches the keys again at most once per forced-jwk-refresh-interval (1 s in tests, 30 s otherwise).
        Awaitility.await("the new key taken once the realm publishes it again").atMost(RECOVERY_BOUND)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> given().auth().oauth2(token).when().get("/v1/purposes/ai-assistance").statusCode() == 200);
        assertEquals(200, given().auth().oauth2(token).when().get("/v1/purposes/ai-assistance").statusCode());
        assertEquals(200, given().auth().oauth2(TOKENS.customer(subject)).when().get("/v1/purposes/ai-assistance").statusCode());
    }

    private static KeyPair newKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static String jwk(String kid, RSAPublicKey key) {
        return "{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + kid + "\",\"n\":\"" + b64(key.getModulus())
                + "\",\"e\":\"" + b64(key.getPublicExponent()) + "\"}";
    }

    private static String b64(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes[0] == 0 && bytes.length > 1) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
