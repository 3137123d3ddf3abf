package com.safesupport.bot;

import com.safesupport.bot.support.BotTest;
import com.safesupport.testing.EndpointAudit;
import com.safesupport.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Stop 49's audit of bot-service (docs/DESIGN.md, "Endpoint security audit"): every endpoint the OpenAPI document
 * lists, with the roles DESIGN.md and the resources name, refuses missing and bad tokens and other roles, and survives
 * hostile input. Customer text first: the hostile probes of a conversation's endpoints address a real conversation of
 * the caller, so 1 MB of text and every hostile body reach the conversation, not only a 404.
 */
@QuarkusTest
class SaEndpointAuditTest extends BotTest {

    static final String[] ANY = Tokens.Roles.ALL;

    static EndpointAudit audit() {
        return EndpointAudit.of(TOKENS)
                .endpoint("GET /v1/whoami", ANY)
                .endpoint("POST /v1/conversations", "customer")
                .endpoint("GET /v1/conversations/{id}", "customer", "supervisor")
                .endpoint("POST /v1/conversations/{id}/messages", "customer")
                .endpoint("GET /v1/conversations/{id}/decisions", "customer", "supervisor", "privacy-officer")
                .endpoint("POST /v1/conversations/{id}/agent-messages", "svc-escalation")
                .endpoint("POST /v1/conversations/{id}/handback", "svc-escalation")
                .endpoint("GET /v1/audit/fairness", "supervisor")
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
        String conversation = start(EndpointAudit.SUBJECT);
        audit().sample("id", conversation).everyEndpointSurvivesHostileInputWithoutLoggingIt();
    }

    /** The pages (not in the OpenAPI document): no session or a bad bearer token never gets a page or an action. */
    @Test
    void everyPageRefusesCallersWithoutASession() {
        audit().sample("purpose", "ai-assistance").pagesRefuseCallersWithoutASession(
                "GET /chat",
                "POST /chat/consents/{purpose}",
                "POST /chat/conversations",
                "GET /chat/conversations/{id}",
                "POST /chat/conversations/{id}/messages");
    }
}
