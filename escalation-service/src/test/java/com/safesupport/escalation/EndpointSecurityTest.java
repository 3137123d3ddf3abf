package com.safesupport.escalation;

import com.safesupport.testing.AuthMatrix;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.safesupport.escalation.TestData.REUSED;

/** Every endpoint refuses missing and bad tokens (401) and every role it does not name (403). */
@QuarkusTest
class EndpointSecurityTest {

    private static final String T = "/v1/tickets/" + UUID.randomUUID();

    @Test
    void ticketEndpointsAreForAgentsAndSupervisors() {
        AuthMatrix.of(REUSED, "GET", "/v1/tickets").allowing("agent", "supervisor").verify();
        AuthMatrix.of(REUSED, "GET", T).allowing("agent", "supervisor").verify();
        AuthMatrix.of(REUSED, "POST", T + "/claim").allowing("agent", "supervisor").verify();
        AuthMatrix.of(REUSED, "POST", T + "/transfer").body("{\"queue\":\"general\"}").allowing("agent", "supervisor").verify();
        AuthMatrix.of(REUSED, "POST", T + "/replies").body("{\"text\":\"x\"}").allowing("agent", "supervisor").verify();
        AuthMatrix.of(REUSED, "POST", T + "/notes").body("{\"text\":\"x\"}").allowing("agent", "supervisor").verify();
        AuthMatrix.of(REUSED, "PUT", T + "/status").body("{\"status\":\"IN_PROGRESS\"}").allowing("agent", "supervisor").verify();
        AuthMatrix.of(REUSED, "POST", T + "/resolve").body("{}").allowing("agent", "supervisor").verify();
        AuthMatrix.of(REUSED, "POST", T + "/handback").body("{}").allowing("agent", "supervisor").verify();
        AuthMatrix.of(REUSED, "PUT", T + "/feedback").body("{\"handoffNeeded\":true}").allowing("agent", "supervisor").verify();
        AuthMatrix.of(REUSED, "POST", T + "/reassign").body("{\"agent\":\"agnes\"}").allowing("supervisor").verify();
    }

    @Test
    void routingEndpoints() {
        AuthMatrix.of(REUSED, "GET", "/v1/queues").allowing("agent", "supervisor").verify();
        AuthMatrix.of(REUSED, "PUT", "/v1/queues/matrix").body("{\"name\":\"m\",\"skills\":[],\"topics\":[]}").allowing("supervisor").verify();
        AuthMatrix.of(REUSED, "GET", "/v1/queues/general/events").allowing("agent", "supervisor").verify();
        AuthMatrix.of(REUSED, "GET", "/v1/agents").allowing("supervisor").verify();
        AuthMatrix.of(REUSED, "GET", "/v1/agents/me").allowing("agent").verify();
        AuthMatrix.of(REUSED, "PUT", "/v1/agents/me/availability").body("{\"availability\":\"AWAY\"}").allowing("agent").verify();
        AuthMatrix.of(REUSED, "PUT", "/v1/agents/matrix").body("{\"displayName\":\"M\",\"skills\":[],\"capacity\":1,\"queues\":[]}")
                .allowing("supervisor").verify();
        AuthMatrix.of(REUSED, "PUT", "/v1/agents/agnes/capacity").body("{\"capacity\":5}").allowing("supervisor").verify();
    }

    @Test
    void supervisorEndpoints() {
        AuthMatrix.of(REUSED, "GET", "/v1/sla-policies").allowing("agent", "supervisor").verify();
        AuthMatrix.of(REUSED, "PUT", "/v1/sla-policies/LOW")
                .body("{\"firstResponse\":\"PT8H\",\"nextResponse\":\"PT24H\",\"resolution\":\"PT72H\",\"businessHours\":true}")
                .allowing("supervisor").verify();
        AuthMatrix.of(REUSED, "GET", "/v1/notifications").allowing("supervisor").verify();
        AuthMatrix.of(REUSED, "POST", "/v1/notifications/" + UUID.randomUUID() + "/ack").allowing("supervisor").verify();
        AuthMatrix.of(REUSED, "GET", "/v1/customers/" + UUID.randomUUID() + "/tier").allowing("supervisor").verify();
        AuthMatrix.of(REUSED, "PUT", "/v1/customers/" + UUID.randomUUID() + "/tier").body("{\"tier\":\"gold\"}").allowing("supervisor").verify();
        AuthMatrix.of(REUSED, "GET", "/v1/handoff-feedback").allowing("supervisor", "svc-bot").verify();
    }

    @Test
    void subjectDataIsForConsentServiceOnly() {
        String subject = "/v1/subjects/" + UUID.randomUUID() + "/data";
        AuthMatrix.of(REUSED, "GET", subject).allowing("svc-consent").verify();
        AuthMatrix.of(REUSED, "DELETE", subject).allowing("svc-consent").verify();
    }
}
