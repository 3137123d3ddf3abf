package com.safesupport.escalation;

import com.safesupport.testing.EndpointAudit;
import com.safesupport.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static com.safesupport.escalation.TestData.TOKENS;

/**
 * Stop 49's audit of escalation-service (docs/DESIGN.md, "Endpoint security audit"): every endpoint the OpenAPI document
 * lists, with the roles DESIGN.md and the resources name, refuses missing and bad tokens and other roles, and survives
 * hostile input. Agent actions on tickets and the bot's handoffs first among the inputs a caller controls.
 */
@QuarkusTest
class SaEndpointAuditTest {

    static final String[] ANY = Tokens.Roles.ALL;
    static final String[] DESK = {"agent", "supervisor"};

    static EndpointAudit audit() {
        // Parameters that name configuration get names no other test uses, so a probe that got through changes nothing seeded.
        return EndpointAudit.of(TOKENS).sample("code", "sa-queue").sample("username", "sa-agent").sample("priority", "LOW")
                .endpoint("GET /v1/whoami", ANY)
                .endpoint("POST /v1/handoffs", "svc-bot")
                .endpoint("GET /v1/handoffs/{ticketId}", "svc-bot")
                .endpoint("POST /v1/handoffs/{ticketId}/customer-messages", "svc-bot")
                .endpoint("GET /v1/handoff-feedback", "supervisor", "svc-bot")
                .endpoint("GET /v1/tickets", DESK)
                .endpoint("GET /v1/tickets/{id}", DESK)
                .endpoint("POST /v1/tickets/{id}/claim", DESK)
                .endpoint("POST /v1/tickets/{id}/transfer", DESK)
                .endpoint("POST /v1/tickets/{id}/reassign", "supervisor")
                .endpoint("POST /v1/tickets/{id}/replies", DESK)
                .endpoint("POST /v1/tickets/{id}/notes", DESK)
                .endpoint("PUT /v1/tickets/{id}/status", DESK)
                .endpoint("POST /v1/tickets/{id}/resolve", DESK)
                .endpoint("POST /v1/tickets/{id}/handback", DESK)
                .endpoint("PUT /v1/tickets/{id}/feedback", DESK)
                .endpoint("GET /v1/queues", DESK)
                .endpoint("PUT /v1/queues/{code}", "supervisor")
                .endpoint("GET /v1/queues/{code}/events", DESK)
                .endpoint("GET /v1/agents", "supervisor")
                .endpoint("GET /v1/agents/me", "agent")
                .endpoint("PUT /v1/agents/me/availability", "agent")
                .endpoint("PUT /v1/agents/{username}", "supervisor")
                .endpoint("PUT /v1/agents/{username}/capacity", "supervisor")
                .endpoint("GET /v1/sla-policies", "supervisor", "agent")
                .endpoint("PUT /v1/sla-policies/{priority}", "supervisor")
                .endpoint("GET /v1/notifications", "supervisor")
                .endpoint("POST /v1/notifications/{id}/ack", "supervisor")
                .endpoint("GET /v1/customers/{subjectId}/tier", "supervisor")
                .endpoint("PUT /v1/customers/{subjectId}/tier", "supervisor")
                .endpoint("GET /v1/subjects/{subjectId}/held-tickets", "svc-consent")
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

    /** The pages (not in the OpenAPI document): no session or a bad bearer token never gets a page or an action. */
    @Test
    void everyPageRefusesCallersWithoutASession() {
        audit().sample("purpose", "ai-assistance").pagesRefuseCallersWithoutASession(
                "GET /desk",
                "POST /desk/availability",
                "GET /desk/tickets/{id}",
                "POST /desk/tickets/{id}/claim",
                "POST /desk/tickets/{id}/reply",
                "POST /desk/tickets/{id}/note",
                "POST /desk/tickets/{id}/handback",
                "POST /desk/tickets/{id}/resolve",
                "POST /desk/tickets/{id}/feedback",
                "GET /desk/team",
                "GET /desk/events");
    }
}
