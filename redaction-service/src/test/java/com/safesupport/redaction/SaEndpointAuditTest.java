package com.safesupport.redaction;

import com.safesupport.testing.EndpointAudit;
import com.safesupport.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Stop 49's audit of redaction-service (docs/DESIGN.md, "Endpoint security audit"): every endpoint the OpenAPI document
 * lists, with the roles DESIGN.md and the resources name, refuses missing and bad tokens and other roles, and survives
 * hostile input. Customer text first: redact, analyze and anonymize take it, restore and deanonymize reverse it.
 */
@QuarkusTest
class SaEndpointAuditTest {

    static final Tokens TOKENS = new Tokens("redaction-service");
    static final String[] ANY = Tokens.Roles.ALL;
    static final String[] CALLERS = {"svc-bot", "svc-escalation", "svc-consent"};
    static final String[] READERS = {"svc-bot", "svc-escalation", "svc-consent", "supervisor", "privacy-officer"};

    static EndpointAudit audit() {
        return EndpointAudit.of(TOKENS).sample("scope", "sa-scope")
                .endpoint("GET /v1/whoami", ANY)
                .endpoint("POST /v1/redact", CALLERS)
                .endpoint("POST /v1/redact/batch", CALLERS)
                .endpoint("POST /v1/analyze", CALLERS)
                .endpoint("POST /v1/anonymize", CALLERS)
                .endpoint("POST /v1/deanonymize", "redaction-restore")
                .endpoint("POST /v1/restore", "redaction-restore")
                .endpoint("GET /v1/deanonymizers", "svc-bot", "svc-escalation", "svc-consent", "supervisor", "privacy-officer",
                        "redaction-restore")
                .endpoint("GET /v1/supportedentities", READERS)
                .endpoint("GET /v1/recognizers", READERS)
                .endpoint("GET /v1/anonymizers", READERS)
                .endpoint("GET /v1/entities", READERS)
                .endpoint("DELETE /v1/scopes/{scope}", "svc-bot", "svc-consent")
                .endpoint("GET /v1/subjects/{subjectId}/data", "svc-consent")
                .endpoint("DELETE /v1/subjects/{subjectId}/data", "svc-consent");
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
}
