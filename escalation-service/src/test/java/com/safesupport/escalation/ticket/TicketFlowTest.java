package com.safesupport.escalation.ticket;

import com.safesupport.escalation.BotServiceMock;
import com.safesupport.escalation.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.safesupport.escalation.TestData.botToken;
import static com.safesupport.escalation.TestData.supervisorToken;
import static com.safesupport.escalation.TestData.agent;
import static com.safesupport.escalation.TestData.agentToken;
import static com.safesupport.escalation.TestData.handOff;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@QuarkusTest
class TicketFlowTest {

    @Inject
    TestData data;

    @BeforeEach
    void cleanSlate() {
        data.reset();
        BotServiceMock.server().stubFor(post(urlPathMatching("/v1/conversations/.*")).willReturn(aResponse().withStatus(200)));
        agent("nia", List.of("lang:en"), 5, List.of("general"), "OFFLINE");
    }

    @Test
    void aStaleIfMatchIs412AndTheCurrentOneWorks() {
        String ticket = handOff(List.of("HUMAN_REQUESTED"), "en");
        String etag = given().auth().oauth2(agentToken("nia")).when().get("/v1/tickets/" + ticket)
                .then().statusCode(200).extract().header("ETag");
        String claimed = given().auth().oauth2(agentToken("nia")).header("If-Match", etag).when().post("/v1/tickets/" + ticket + "/claim")
                .then().statusCode(200).extract().header("ETag");
        assertNotEquals(etag, claimed);
        given().auth().oauth2(agentToken("nia")).header("If-Match", etag).contentType(ContentType.JSON).body("{\"status\":\"IN_PROGRESS\"}")
                .when().put("/v1/tickets/" + ticket + "/status")
                .then().statusCode(412).contentType("application/problem+json");
        given().auth().oauth2(agentToken("nia")).header("If-Match", claimed).contentType(ContentType.JSON).body("{\"status\":\"IN_PROGRESS\"}")
                .when().put("/v1/tickets/" + ticket + "/status")
                .then().statusCode(200).body("status", is("IN_PROGRESS"));
    }

    @Test
    void internalNotesStayInsideAndFeedbackFollowsResolution() {
        String ticket = handOff(List.of("LOW_CONFIDENCE"), "en");
        given().auth().oauth2(agentToken("nia")).when().post("/v1/tickets/" + ticket + "/claim").then().statusCode(200);
        given().auth().oauth2(agentToken("nia")).contentType(ContentType.JSON).body("{\"text\":\"Checked the order history\"}")
                .when().post("/v1/tickets/" + ticket + "/notes")
                .then().statusCode(200).body("notes.find { it.kind == 'NOTE' }.text", is("Checked the order history"));
        given().auth().oauth2(agentToken("nia")).contentType(ContentType.JSON).body("{\"handoffNeeded\":false}")
                .when().put("/v1/tickets/" + ticket + "/feedback").then().statusCode(409);
        given().auth().oauth2(agentToken("nia")).contentType(ContentType.JSON).body("{\"note\":\"Solved\"}")
                .when().post("/v1/tickets/" + ticket + "/resolve").then().statusCode(200).body("status", is("RESOLVED"));
        given().auth().oauth2(agentToken("nia")).contentType(ContentType.JSON).body("{\"handoffNeeded\":false}")
                .when().put("/v1/tickets/" + ticket + "/feedback").then().statusCode(200).body("handoffNeeded", is(false));
        given().auth().oauth2(botToken()).when().get("/v1/handoff-feedback")
                .then().statusCode(200).body("find { it.reason == 'LOW_CONFIDENCE' }.notNeeded", is(1));
        given().auth().oauth2(agentToken("nia")).contentType(ContentType.JSON).body("{\"status\":\"CLOSED\"}")
                .when().put("/v1/tickets/" + ticket + "/status").then().statusCode(200).body("status", is("CLOSED"));
        given().auth().oauth2(agentToken("nia")).when().get("/v1/tickets?status=CLOSED").then().body("id", hasItem(ticket));
        given().auth().oauth2(agentToken("nia")).when().get("/v1/tickets?status=NEW").then().body("id", not(hasItem(ticket)));
    }

    @Test
    void onlyTheHolderOrASupervisorActsOnAnAssignedTicket() {
        agent("oli", List.of("lang:en"), 5, List.of("general"), "OFFLINE");
        String ticket = handOff(List.of("HUMAN_REQUESTED"), "en");
        given().auth().oauth2(agentToken("nia")).when().post("/v1/tickets/" + ticket + "/claim").then().statusCode(200);
        given().auth().oauth2(agentToken("oli")).contentType(ContentType.JSON).body("{\"text\":\"Hi\"}")
                .when().post("/v1/tickets/" + ticket + "/replies").then().statusCode(403);
        given().auth().oauth2(agentToken("oli")).when().post("/v1/tickets/" + ticket + "/claim").then().statusCode(409);
        given().auth().oauth2(supervisorToken()).contentType(ContentType.JSON).body("{}")
                .when().post("/v1/tickets/" + ticket + "/resolve").then().statusCode(200);
    }
}
