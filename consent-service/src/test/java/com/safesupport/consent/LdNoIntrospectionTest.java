package com.safesupport.consent;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.safesupport.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A token the service cannot verify with the realm's published keys is refused here, without asking the identity
 * provider: quarkus-oidc's default sent each such token (alg=none, an unknown key, an opaque string) to the realm's
 * introspection endpoint, one Keycloak call per forged token. The realm here is WireMock, so its journal shows every call.
 */
@QuarkusTest
class LdNoIntrospectionTest {

    static final Tokens TOKENS = new Tokens("consent-service");

    @Test
    void forgedTokensAre401WithoutAnyCallToTheIdentityProvider() {
        URI keycloak = URI.create(ConfigProvider.getConfig().getValue("keycloak.url", String.class));
        WireMock realm = new WireMock(keycloak.getHost(), keycloak.getPort());
        int before = realm.find(postRequestedFor(urlPathMatching(".*/introspect"))).size();
        String subject = UUID.randomUUID().toString();
        String[] forged = {TOKENS.algNone("customer"), TOKENS.foreignKey("customer"), "opaque-" + subject,
                "a.b.c", "x".repeat(4096)};
        for (int round = 0; round < 5; round++) {
            for (String token : forged) {
                given().auth().oauth2(token).when().get("/v1/subjects/" + subject + "/consents").then().statusCode(401);
            }
        }
        assertEquals(before, realm.find(postRequestedFor(urlPathMatching(".*/introspect"))).size(),
                "a forged token reached the identity provider's introspection endpoint");
    }

    @Test
    void aValidTokenStillPassesLookAlike() {
        String subject = UUID.randomUUID().toString();
        given().auth().oauth2(TOKENS.customer(subject)).when().get("/v1/subjects/" + subject + "/consents").then().statusCode(200);
    }
}
