package com.safesupport.bot;

import com.safesupport.testing.AuthMatrix;
import com.safesupport.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

/** The auth matrix of every endpoint: no or bad token → 401, a role that may not → 403. */
@QuarkusTest
class AuthorizationTest {

    static final Tokens TOKENS = new Tokens("bot-service");
    static final String ID = UUID.randomUUID().toString();

    @Test
    void startingAConversationIsForCustomers() {
        AuthMatrix.of(TOKENS, "POST", "/v1/conversations").body("{}").allowing("customer").verify();
    }

    @Test
    void readingAConversationIsForItsCustomerAndSupervisors() {
        AuthMatrix.of(TOKENS, "GET", "/v1/conversations/" + ID).allowing("customer", "supervisor").verify();
    }

    @Test
    void sendingAMessageIsForCustomers() {
        AuthMatrix.of(TOKENS, "POST", "/v1/conversations/" + ID + "/messages").body("{\"text\":\"hi\"}").allowing("customer").verify();
    }

    @Test
    void decisionRecordsAreForTheCustomerSupervisorsAndPrivacyOfficers() {
        AuthMatrix.of(TOKENS, "GET", "/v1/conversations/" + ID + "/decisions").allowing("customer", "supervisor", "privacy-officer").verify();
    }

    @Test
    void agentMessagesAreForEscalationService() {
        AuthMatrix.of(TOKENS, "POST", "/v1/conversations/" + ID + "/agent-messages")
                .body("{\"text\":\"hi\",\"ticketId\":\"t\"}").allowing("svc-escalation").verify();
    }

    @Test
    void handbackIsForEscalationService() {
        AuthMatrix.of(TOKENS, "POST", "/v1/conversations/" + ID + "/handback").body("{\"ticketId\":\"t\"}").allowing("svc-escalation").verify();
    }

    @Test
    void subjectDataIsForConsentService() {
        AuthMatrix.of(TOKENS, "GET", "/v1/subjects/" + ID + "/data").allowing("svc-consent").verify();
        AuthMatrix.of(TOKENS, "DELETE", "/v1/subjects/" + ID + "/data").allowing("svc-consent").verify();
    }

    @Test
    void fairnessAuditIsForSupervisors() {
        AuthMatrix.of(TOKENS, "GET", "/v1/audit/fairness").allowing("supervisor").verify();
    }
}
