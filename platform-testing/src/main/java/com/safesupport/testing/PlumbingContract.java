package com.safesupport.testing;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

/**
 * What every service of the suite must do, whatever its domain: whoami behind OIDC, problem+json errors,
 * health on the management port only, a public OpenAPI document. A service's test extends this with
 * {@code @QuarkusTest} and names its audience.
 */
public abstract class PlumbingContract {

    protected final Tokens tokens;

    protected PlumbingContract(String audience) {
        this.tokens = new Tokens(audience);
    }

    @Test
    void whoamiEchoesTheCallersSubjectClientAndRoles() {
        given().auth().oauth2(tokens.customer("a11ce000-0000-4000-8000-000000000001"))
                .when().get("/v1/whoami")
                .then().statusCode(200)
                .body("subject", is("a11ce000-0000-4000-8000-000000000001"))
                .body("clientId", is("support-web"))
                .body("roles", contains("customer"));
    }

    @Test
    void whoamiNamesTheServiceClientOfAClientCredentialsToken() {
        given().auth().oauth2(tokens.service("bot-service", "svc-bot"))
                .when().get("/v1/whoami")
                .then().statusCode(200)
                .body("clientId", is("bot-service"))
                .body("roles", contains("svc-bot"));
    }

    @Test
    void aServiceRoleCountsOnlyInItsOwnClientsToken() {
        given().auth().oauth2(tokens.user("two-role-person", "customer", "svc-bot", "svc-consent", "svc-escalation"))
                .when().get("/v1/whoami")
                .then().statusCode(200)
                .body("clientId", is("support-web"))
                .body("roles", contains("customer"));
        given().auth().oauth2(tokens.service("escalation-service", "svc-escalation", "svc-bot", "svc-consent"))
                .when().get("/v1/whoami")
                .then().statusCode(200)
                .body("roles", contains("svc-escalation"));
    }

    @Test
    void whoamiRefusesEveryBadToken() {
        AuthMatrix.of(tokens, "GET", "/v1/whoami").allowing(Tokens.Roles.ALL).verify();
    }

    @Test
    void unknownPathsAnswerProblemJson() {
        given().when().get("/v1/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", is(404))
                .body("title", is("Not Found"));
    }

    @Test
    void anOversizedBodyIsRefusedAsProblemJsonBeforeItIsRead() {
        int limit = (int) new io.quarkus.runtime.configuration.MemorySizeConverter()
                .convert(ConfigProvider.getConfig().getValue("quarkus.http.limits.max-body-size", String.class)).asLongValue();
        given().auth().oauth2(tokens.customer("a11ce000-0000-4000-8000-000000000001"))
                .contentType("application/json").body(new byte[limit + 1])
                .when().post("/v1/whoami")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", is(413))
                .body("type", is("https://safesupport.dev/problems/payload-too-large"));
        given().contentType("application/json").body(new byte[limit + 1])
                .when().post("/v1/no-such-thing")
                .then().statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    void healthLivesOnTheManagementPortOnly() {
        int management = ConfigProvider.getConfig().getValue("quarkus.management.port", Integer.class);
        given().port(management).when().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
        given().port(management).when().get("/q/metrics").then().statusCode(200);
        given().when().get("/q/health/ready").then().statusCode(404);
        given().when().get("/q/metrics").then().statusCode(404);
    }

    /** DESIGN.md: "/q/* endpoints live on the management port, never on the public one" — none of them, not only health. */
    @Test
    void noQuarkusEndpointAnswersOnThePublicPort() {
        for (String path : new String[] {"/q/health", "/q/health/live", "/q/health/started", "/q/metrics", "/q/openapi",
                "/q/swagger-ui/", "/q/info", "/q/dev-ui/", "/q/arc", "/q/"}) {
            given().when().get(path).then().statusCode(404);
        }
    }

    @Test
    void requestLatencyIsPublishedAsAHistogramForP99Alerts() {
        given().auth().oauth2(tokens.customer("a11ce000-0000-4000-8000-000000000001")).when().get("/v1/whoami")
                .then().statusCode(200);
        int management = ConfigProvider.getConfig().getValue("quarkus.management.port", Integer.class);
        given().port(management).when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("http_server_requests_seconds_bucket{"))
                .body(containsString("uri=\"/v1/whoami\""));
    }

    @Test
    void openApiDocumentIsPublic() {
        given().when().get("/openapi?format=json").then().statusCode(200).body(containsString("/v1/whoami"));
    }
}
