package com.safesupport.testing;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import org.eclipse.microprofile.config.ConfigProvider;

import java.math.BigInteger;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;

/**
 * The mock realm of {@code OidcWiremockTestResource} rotating its signing key: a new RSA key whose id no service has
 * cached, an outage of the realm's key set (JWKS) for as long as a test needs, then the key set published again with the
 * new key added. {@link #close()} removes every stub it added, so the realm answers its usual key set again.
 */
public final class RealmKeyRotation implements AutoCloseable {

    /** The key set's path in the mock realm. */
    public static final String CERTS = "/auth/realms/quarkus/protocol/openid-connect/certs";

    private final WireMock realm;
    private final URI realmBase;
    private final KeyPair key;
    private final String kid = "rotated-" + UUID.randomUUID();
    private final List<StubMapping> added = new ArrayList<>();

    private RealmKeyRotation() {
        realmBase = URI.create(ConfigProvider.getConfig().getValue("keycloak.url", String.class));
        realm = new WireMock(realmBase.getHost(), realmBase.getPort());
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            key = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new key, not yet published. */
    public static RealmKeyRotation start() {
        return new RealmKeyRotation();
    }

    public PrivateKey privateKey() {
        return key.getPrivate();
    }

    public String keyId() {
        return kid;
    }

    /** From now on the realm's key set answers {@code answer} (a fault, a 500, garbage). */
    public void outage(ResponseDefinitionBuilder answer) {
        added.add(realm.register(get(urlEqualTo(CERTS)).atPriority(1).willReturn(answer)));
    }

    /** From now on the realm publishes its usual keys and the new one. */
    public void publish() {
        added.forEach(realm::removeStubMapping);
        added.clear();
        String published = given().when().get(realmBase + "/realms/quarkus/protocol/openid-connect/certs")
                .then().statusCode(200).extract().asString();
        String withRotated = published.replaceFirst("\\[", "[" + jwk() + ",");
        added.add(realm.register(get(urlEqualTo(CERTS)).atPriority(1).willReturn(okJson(withRotated))));
    }

    /** How many times the realm's key set was asked for so far. */
    public int keySetFetches() {
        return realm.find(getRequestedFor(urlEqualTo(CERTS))).size();
    }

    @Override
    public void close() {
        added.forEach(realm::removeStubMapping);
        added.clear();
    }

    private String jwk() {
        RSAPublicKey pub = (RSAPublicKey) key.getPublic();
        return "{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + kid + "\",\"n\":\"" + b64(pub.getModulus())
                + "\",\"e\":\"" + b64(pub.getPublicExponent()) + "\"}";
    }

    private static String b64(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes[0] == 0 && bytes.length > 1) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
