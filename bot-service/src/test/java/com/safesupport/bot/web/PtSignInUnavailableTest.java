package com.safesupport.bot.web;

import com.safesupport.testing.SignInUnavailable;
import com.safesupport.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * The customer chat while the identity provider cannot be reached (a first {@code ./suite up}: the services are ready
 * before Keycloak): the chat's web-app tenant answered Quarkus' bare 500. A browser now gets a small page, 503 with
 * Retry-After; a client asking for JSON gets the problem+json the bearer-token APIs answer. The provider's URL is a real
 * one that refuses connections, so the failure is quarkus-oidc's own.
 */
@QuarkusTest
@TestProfile(PtSignInUnavailableTest.ProviderDown.class)
class PtSignInUnavailableTest {

    static final String UNREACHABLE = "http://127.0.0.1:1/realms/support";

    public static class ProviderDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.auth-server-url", UNREACHABLE, "quarkus.oidc.chat.auth-server-url", UNREACHABLE);
        }
    }

    @Test
    void aBrowserGetsAPageSaying503AndWhenToComeBack() {
        SignInUnavailable.assertBrowserPage("/chat", "/chat/conversations/3f1c0b6e-0000-4000-8000-000000000001");
    }

    @Test
    void aClientAskingForJsonOnAPageGetsTheProblem() {
        SignInUnavailable.assertJsonProblem("/chat");
    }

    @Test
    void theBearerTokenApisKeepTheirProblem() {
        given().auth().oauth2(new Tokens("bot-service").randomCustomer()).contentType(ContentType.JSON).body("{}")
                .when().post("/v1/conversations")
                .then().statusCode(503).header("Retry-After", "5").contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("/identity-provider-unavailable"));
    }
}
