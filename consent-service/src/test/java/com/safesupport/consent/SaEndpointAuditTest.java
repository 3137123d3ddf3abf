package com.safesupport.consent;

import com.safesupport.testing.EndpointAudit;
import com.safesupport.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static com.safesupport.consent.ConsentSteps.TOKENS;
import static com.safesupport.testing.EndpointAudit.PUBLIC;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;

/**
 * Stop 49's audit of consent-service (docs/DESIGN.md, "Endpoint security audit"): every endpoint the OpenAPI document
 * lists, with the roles DESIGN.md and the resources name, refuses missing and bad tokens and other roles, and survives
 * hostile input. Officer actions (DSR, ledger, purposes) first among the inputs a caller controls.
 */
@QuarkusTest
class SaEndpointAuditTest {

    static final String[] ANY = Tokens.Roles.ALL;

    static EndpointAudit audit() {
        return EndpointAudit.of(TOKENS).sample("purpose", "ai-assistance").sample("code", "sa-purpose")
                .endpoint("GET /v1/whoami", ANY)
                .endpoint("GET /v1/connectivity", "privacy-officer", "supervisor")
                .endpoint("GET /v1/subjects/{subjectId}/decisions/{purpose}", "svc-bot", "customer")
                .endpoint("GET /v1/subjects/{subjectId}/consents", "customer", "agent", "privacy-officer")
                .endpoint("GET /v1/subjects/{subjectId}/consents/history", "customer", "privacy-officer")
                .endpoint("POST /v1/subjects/{subjectId}/consents/{purpose}", "customer", "agent", "consent-recorder")
                .endpoint("DELETE /v1/subjects/{subjectId}/consents/{purpose}", "customer", "agent", "consent-recorder")
                .endpoint("GET /v1/subjects/{subjectId}/data", "svc-consent")
                .endpoint("DELETE /v1/subjects/{subjectId}/data", "svc-consent")
                .endpoint("GET /v1/purposes", ANY)
                .endpoint("GET /v1/purposes/{code}", ANY)
                .endpoint("PUT /v1/purposes/{code}", "privacy-officer")
                .endpoint("POST /v1/purposes/{code}/notices", "privacy-officer")
                .endpoint("POST /v1/dsr", "privacy-officer", "customer")
                .endpoint("GET /v1/dsr", "privacy-officer", "customer")
                .endpoint("GET /v1/dsr/{id}", "privacy-officer", "customer")
                .endpoint("GET /v1/dsr/{id}/bundle", "privacy-officer", "customer")
                .endpoint("POST /v1/dsr/{id}/verify", "privacy-officer")
                .endpoint("POST /v1/dsr/{id}/execute", "privacy-officer")
                .endpoint("POST /v1/dsr/{id}/extend", "privacy-officer")
                .endpoint("POST /v1/dsr/{id}/reject", "privacy-officer")
                .endpoint("POST /v1/dsr/{id}/complete", "privacy-officer")
                .endpoint("GET /v1/ledger/verify", "privacy-officer")
                .endpoint("GET /v1/ledger/head", "privacy-officer")
                .endpoint("POST /v1/ledger/head", "privacy-officer")
                .endpoint("GET /v1/receipts/{eventId}", "privacy-officer", "customer")
                .endpoint("POST /v1/receipts/verify", ANY)
                .endpoint("GET /v1/receipts/jwks", PUBLIC);
    }

    @Test
    void theAuditCoversEveryDocumentedEndpoint() {
        audit().inventoryMatchesOpenApi();
    }

    @Test
    void everyEndpointRefusesMissingAndBadTokensAndOtherRoles() {
        audit().everyEndpointRefusesBadTokensAndWrongRoles();
    }

    @Test
    void everyEndpointSurvivesHostileInputWithoutLoggingIt() {
        audit().everyEndpointSurvivesHostileInputWithoutLoggingIt();
    }

    /** The one endpoint without a token publishes the receipt key's public half only. */
    @Test
    void thePublicKeySetHoldsNoPrivateKeyMaterial() {
        given().when().get("/v1/receipts/jwks").then().statusCode(200)
                .body("keys", everyItem(not(hasKey("d")))).body("keys", everyItem(not(hasKey("p"))))
                .body("keys", everyItem(not(hasKey("k"))));
    }
}
