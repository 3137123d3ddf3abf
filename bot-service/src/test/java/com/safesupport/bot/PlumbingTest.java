package com.safesupport.bot;

import com.safesupport.testing.AuthMatrix;
import com.safesupport.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class PlumbingTest {

    static final Tokens TOKENS = new Tokens("bot-service");

    @Test
    void whoamiEchoesTheCallersSubjectClientAndRoles() {
        given().auth().oauth2(TOKENS.customer("a11ce000-0000-4000-8000-000000000001"))
                .when().get("/v1/whoami")
                .then().statusCode(200)
                .body("subject", is("a11ce000-0000-4000-8000-000000000001"))
                .body("clientId", is("support-web"))
                .body("roles", contains("customer"));
    }

    @Test
    void whoamiRefusesEveryBadToken() {
        AuthMatrix.of(TOKENS, "GET", "/v1/whoami").allowing(Tokens.Roles.ALL).verify();
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
    void healthLivesOnTheManagementPortOnly() {
        int management = ConfigProvider.getConfig().getValue("quarkus.management.port", Integer.class);
        given().port(management).when().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
        given().when().get("/q/health/ready").then().statusCode(404);
    }

    @Test
    void openApiDocumentIsPublic() {
        given().when().get("/openapi?format=json").then().statusCode(200).body(containsString("/v1/whoami"));
    }
}
