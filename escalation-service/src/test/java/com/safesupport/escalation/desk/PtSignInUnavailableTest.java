package com.safesupport.escalation.desk;

import com.safesupport.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The agent desk while the identity provider cannot be reached (a first {@code ./suite up}: the services are ready
 * before Keycloak): the desk's web-app tenant answered Quarkus' bare 500. A browser now gets a small page, 503 with
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
            return Map.of("quarkus.oidc.auth-server-url", UNREACHABLE, "quarkus.oidc.desk.auth-server-url", UNREACHABLE);
        }
    }

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    void aBrowserGetsAPageSaying503AndWhenToComeBack() {
        for (String path : new String[] {"/desk", "/desk/tickets/3f1c0b6e-0000-4000-8000-000000000001"}) {
            Response page = given().redirects().follow(false).header("Accept", BROWSER_ACCEPT).when().get(path);
            assertEquals(503, page.statusCode(), path);
            assertEquals("5", page.header("Retry-After"));
            assertTrue(page.contentType().startsWith("text/html"), page.contentType());
            String body = page.asString();
            assertTrue(body.contains("Sign-in is temporarily unavailable, try again in a few seconds."), body);
            for (String leak : new String[] {"127.0.0.1", "realms", "Exception", "at io.", "at com.", "OIDC", "oidc"}) {
                assertFalse(body.contains(leak), "the page names no internals: " + leak);
            }
        }
    }

    @Test
    void aClientAskingForJsonOnAPageGetsTheProblem() {
        given().redirects().follow(false).accept(ContentType.JSON).when().get("/desk")
                .then().statusCode(503).header("Retry-After", "5").contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("/identity-provider-unavailable"))
                .body("instance", org.hamcrest.Matchers.is("/desk"));
    }

    @Test
    void theBearerTokenApisKeepTheirProblem() {
        given().auth().oauth2(new Tokens("escalation-service").user("agent-1", "agent"))
                .when().get("/v1/tickets")
                .then().statusCode(503).header("Retry-After", "5").contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("/identity-provider-unavailable"));
    }
}
