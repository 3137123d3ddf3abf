package com.safesupport.consent;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.safesupport.testing.AuthMatrix;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.safesupport.consent.ConsentSteps.ALICE;
import static com.safesupport.consent.ConsentSteps.BOB;
import static com.safesupport.consent.ConsentSteps.REUSED;
import static com.safesupport.consent.ConsentSteps.TOKENS;
import static com.safesupport.consent.ConsentSteps.answer;
import static com.safesupport.consent.ConsentSteps.botAsks;
import static com.safesupport.consent.ConsentSteps.currentNotice;
import static com.safesupport.consent.ConsentSteps.give;
import static com.safesupport.consent.ConsentSteps.newSubject;
import static com.safesupport.consent.ConsentSteps.withdraw;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class SelfServiceTest {

    static final String ANSWER = "{\"state\":\"GIVEN\",\"noticeVersion\":1}";

    final WireMock peers = Peers.wiremock();

    @BeforeEach
    void escalationKnowsNoTickets() {
        peers.register(get(urlPathMatching("/escalation/v1/subjects/[^/]+/held-tickets")).atPriority(10)
                .willReturn(okJson("{\"tickets\":[]}")));
    }

    @AfterEach
    void resetPeers() {
        peers.resetMappings();
        peers.resetRequests();
    }

    @Test
    void everyConsentEndpointRefusesBadTokensAndOtherRoles() {
        String base = "/v1/subjects/" + ALICE + "/consents";
        AuthMatrix.of(REUSED, "GET", base).allowing("customer", "agent", "privacy-officer")
                .ofAnotherSubject("agent", "privacy-officer").verify();
        AuthMatrix.of(REUSED, "GET", base + "/history").allowing("customer", "privacy-officer")
                .ofAnotherSubject("privacy-officer").verify();
        AuthMatrix.of(REUSED, "POST", base + "/analytics").body(ANSWER).allowing("customer", "agent", "consent-recorder")
                .ofAnotherSubject("agent", "consent-recorder").agentNeedsTicket().verify();
        AuthMatrix.of(REUSED, "DELETE", base + "/analytics").allowing("customer", "agent", "consent-recorder")
                .ofAnotherSubject("agent", "consent-recorder").agentNeedsTicket().verify();
    }

    @Test
    void aCustomerWhoIsAlsoAnAgentAnswersForThemselfOnly() {
        String subject = newSubject();
        String twoRoles = TOKENS.user(subject, "customer", "agent");
        given().auth().oauth2(twoRoles).contentType(ContentType.JSON)
                .body("{\"state\":\"GIVEN\",\"noticeVersion\":" + currentNotice("analytics") + "}")
                .when().post("/v1/subjects/{s}/consents/analytics", subject)
                .then().statusCode(201);
        given().auth().oauth2(twoRoles).when().get("/v1/subjects/{s}/consents/history", subject)
                .then().statusCode(200)
                .body("[0].onBehalf", is(false))
                .body("[0].actorRole", is("customer"))
                .body("[0].actorAuthority", nullValue());
        // Another subject's history is for privacy officers only, whatever else a customer holds.
        given().auth().oauth2(twoRoles).when().get("/v1/subjects/{s}/consents/history", ALICE).then().statusCode(403);
    }

    @Test
    void aCustomerNeverReachesAnotherSubjectsConsents() {
        String base = "/v1/subjects/" + ALICE + "/consents";
        String bob = TOKENS.customer(BOB);
        given().auth().oauth2(bob).when().get(base).then().statusCode(403);
        given().auth().oauth2(bob).when().get(base + "/history").then().statusCode(403);
        given().auth().oauth2(bob).contentType(ContentType.JSON).body(ANSWER).when().post(base + "/analytics").then().statusCode(403);
        given().auth().oauth2(bob).when().delete(base + "/analytics").then().statusCode(403);
    }

    @Test
    void theListShowsEveryPurposeWithItsNoticeAndState() {
        String subject = newSubject();
        give(subject, "transcript-retention");
        given().auth().oauth2(TOKENS.customer(subject))
                .when().get("/v1/subjects/{s}/consents", subject)
                .then().statusCode(200)
                .body("purpose", hasItems("ai-assistance", "transcript-retention", "service-improvement", "model-training", "analytics"))
                .body("find { it.purpose == 'transcript-retention' }.decision.state", is("GIVEN"))
                .body("find { it.purpose == 'analytics' }.decision.state", is("NOT_ASKED"))
                .body("find { it.purpose == 'analytics' }.noticeSha256", matchesPattern("[0-9a-f]{64}"))
                .body("find { it.purpose == 'analytics' }.dpvPurpose", is("https://w3id.org/dpv#ServiceUsageAnalytics"));
    }

    @Test
    void refusingIsRecordedAndNotAllowed() {
        String subject = newSubject();
        answer(subject, "model-training", "REFUSED", currentNotice("model-training")).statusCode(201)
                .body("decision.state", is("REFUSED"))
                .body("decision.allowed", is(false));
        botAsks(subject, "model-training").body("state", is("REFUSED"));
    }

    @Test
    void anAnswerToAnOutdatedNoticeIsAConflict() {
        answer(newSubject(), "analytics", "GIVEN", 999).statusCode(409).contentType("application/problem+json");
    }

    @Test
    void invalidAnswersAreProblems() {
        String subject = newSubject();
        given().auth().oauth2(TOKENS.customer(subject)).contentType(ContentType.JSON)
                .body("{\"state\":\"MAYBE\",\"noticeVersion\":1,\"jurisdiction\":\"europe\"}")
                .when().post("/v1/subjects/{s}/consents/analytics", subject)
                .then().statusCode(400)
                .body("errors.field", contains("jurisdiction", "state"));
    }

    @Test
    void withdrawingIsOneCallAndWithdrawingNothingChangesNothing() {
        String subject = newSubject();
        withdraw(subject, "analytics").body("changed", is(false)).body("eventId", nullValue());
        give(subject, "analytics");
        withdraw(subject, "analytics").body("changed", is(true)).body("decision.state", is("WITHDRAWN"))
                .body("receipt", not(nullValue()));
        withdraw(subject, "analytics").body("changed", is(false));
    }

    @Test
    void historyListsEveryEventOfTheSubjectInOrder() {
        String subject = newSubject();
        give(subject, "ai-assistance");
        withdraw(subject, "ai-assistance");
        give(subject, "ai-assistance");
        given().auth().oauth2(TOKENS.customer(subject))
                .when().get("/v1/subjects/{s}/consents/history", subject)
                .then().statusCode(200)
                .body("kind", contains("GIVEN", "WITHDRAWN", "GIVEN"))
                .body("actorRole", contains("customer", "customer", "customer"))
                .body("onBehalf", contains(false, false, false))
                .body("hash", hasSize(3));
    }

    @Test
    void anAgentRecordingAPhoneConsentIsFlaggedAsOnBehalfAndNamesTheTicket() {
        String subject = newSubject();
        String ticket = UUID.randomUUID().toString();
        agentHolds("agent-7", subject, ticket);
        String agent = TOKENS.user("agent-7", "agent");
        // Without saying how the consent was collected, an agent may not record it.
        given().auth().oauth2(agent).contentType(ContentType.JSON).body(ANSWER)
                .when().post("/v1/subjects/{s}/consents/analytics", subject)
                .then().statusCode(400);
        given().auth().oauth2(agent).contentType(ContentType.JSON)
                .body("{\"state\":\"GIVEN\",\"noticeVersion\":" + currentNotice("analytics") + ",\"collectionMethod\":\"phone-call\",\"jurisdiction\":\"DE\"}")
                .when().post("/v1/subjects/{s}/consents/analytics", subject)
                .then().statusCode(201).body("decision.state", is("GIVEN"));
        given().auth().oauth2(TOKENS.customer(subject))
                .when().get("/v1/subjects/{s}/consents/history", subject)
                .then().statusCode(200)
                .body("[0].onBehalf", is(true))
                .body("[0].actorRole", is("agent"))
                .body("[0].actorAuthority", is("ticket:" + ticket))
                .body("[0].collectionMethod", is("phone-call"))
                .body("[0].channel", is("phone"))
                .body("[0].jurisdiction", is("DE"));
        peers.verifyThat(getRequestedFor(urlPathEqualTo("/escalation/v1/subjects/" + subject + "/held-tickets"))
                .withQueryParam("agent", equalTo("agent-7"))
                .withHeader("Authorization", matching("Bearer .+")));
    }

    @Test
    void anAgentWithoutATicketForTheSubjectCannotGiveOrWithdrawTheirConsent() {
        String subject = newSubject();
        give(subject, "analytics");
        // agent-8 holds a ticket, but for someone else.
        agentHolds("agent-8", newSubject(), UUID.randomUUID().toString());
        String agent = TOKENS.user("agent-8", "agent");
        given().auth().oauth2(agent).contentType(ContentType.JSON)
                .body("{\"state\":\"REFUSED\",\"noticeVersion\":" + currentNotice("analytics") + ",\"collectionMethod\":\"phone-call\"}")
                .when().post("/v1/subjects/{s}/consents/analytics", subject)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(agent).when().delete("/v1/subjects/{s}/consents/analytics", subject)
                .then().statusCode(403).contentType("application/problem+json");
        botAsks(subject, "analytics").body("state", is("GIVEN"));
        given().auth().oauth2(TOKENS.customer(subject)).when().get("/v1/subjects/{s}/consents/history", subject)
                .then().statusCode(200).body("kind", contains("GIVEN"));
    }

    @Test
    void theConsentRecorderRoleNeedsNoTicketAndIsRecordedAsTheAuthority() {
        String subject = newSubject();
        give(subject, "analytics");
        given().auth().oauth2(TOKENS.user("rita", "consent-recorder"))
                .when().delete("/v1/subjects/{s}/consents/analytics", subject)
                .then().statusCode(200).body("decision.state", is("WITHDRAWN"));
        given().auth().oauth2(TOKENS.customer(subject)).when().get("/v1/subjects/{s}/consents/history", subject)
                .then().statusCode(200)
                .body("[1].actorRole", is("consent-recorder"))
                .body("[1].actorAuthority", is("role:consent-recorder"))
                .body("[1].onBehalf", is(true));
        peers.verifyThat(0, getRequestedFor(urlPathMatching("/escalation/.*")));
    }

    @Test
    void whenEscalationCannotSayTheAgentIsRefusedWith503AndNothingIsRecorded() {
        String subject = newSubject();
        peers.register(get(urlPathEqualTo("/escalation/v1/subjects/" + subject + "/held-tickets"))
                .willReturn(aResponse().withStatus(500)));
        given().auth().oauth2(TOKENS.user("agent-9", "agent"))
                .when().delete("/v1/subjects/{s}/consents/analytics", subject)
                .then().statusCode(503).contentType("application/problem+json");
        given().auth().oauth2(TOKENS.customer(subject)).when().get("/v1/subjects/{s}/consents/history", subject)
                .then().statusCode(200).body("size()", is(0));
    }

    private void agentHolds(String agent, String subject, String ticket) {
        peers.register(get(urlPathEqualTo("/escalation/v1/subjects/" + subject + "/held-tickets"))
                .withQueryParam("agent", equalTo(agent))
                .willReturn(okJson("{\"subjectId\":\"" + subject + "\",\"agent\":\"" + agent
                        + "\",\"tickets\":[{\"ticketId\":\"" + ticket + "\",\"status\":\"IN_PROGRESS\"}]}")));
    }
}
