package com.safesupport.system;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The calls a customer, an agent and a privacy officer make, against the running stack. */
final class CustomerJourney {

    static final String CONSENT = "http://localhost:8081";
    static final String BOT = "http://localhost:8083";
    static final String ESCALATION = "http://localhost:8084";

    private CustomerJourney() {
    }

    static void giveConsent(String token, String subject, String purpose) {
        int version = given().auth().oauth2(token).get(CONSENT + "/v1/purposes/" + purpose)
                .then().statusCode(200).extract().path("purpose.noticeVersion");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("state", "GIVEN", "noticeVersion", version, "channel", "web"))
                .post(CONSENT + "/v1/subjects/" + subject + "/consents/" + purpose)
                .then().statusCode(201).body("decision.allowed", equalTo(true));
    }

    static void withdrawConsent(String token, String subject, String purpose) {
        given().auth().oauth2(token).delete(CONSENT + "/v1/subjects/" + subject + "/consents/" + purpose)
                .then().statusCode(200).body("decision.allowed", equalTo(false));
    }

    /** Opens a conversation; the first message must disclose that this is an AI and how to reach a human. */
    static String openConversation(String token) {
        JsonPath conversation = given().auth().oauth2(token).contentType(ContentType.JSON)
                .post(BOT + "/v1/conversations")
                .then().statusCode(201).extract().jsonPath();
        assertEquals("DISCLOSURE", conversation.getString("messages[0].kind"));
        assertEquals("AI", conversation.getString("messages[0].author"));
        assertTrue(conversation.getString("messages[0].text").contains("AI"), conversation.prettify());
        return conversation.getString("conversationId");
    }

    static JsonPath say(String token, String conversationId, String text) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("text", text))
                .post(BOT + "/v1/conversations/" + conversationId + "/messages")
                .then().statusCode(200).extract().jsonPath();
    }

    static JsonPath conversation(String token, String conversationId) {
        return given().auth().oauth2(token).get(BOT + "/v1/conversations/" + conversationId)
                .then().statusCode(200).extract().jsonPath();
    }

    static JsonPath ticket(String token, String ticketId) {
        return given().auth().oauth2(token).get(ESCALATION + "/v1/tickets/" + ticketId)
                .then().statusCode(200).extract().jsonPath();
    }

    static void goOnline(String agentToken) {
        given().auth().oauth2(agentToken).contentType(ContentType.JSON).body(Map.of("availability", "ONLINE"))
                .put(ESCALATION + "/v1/agents/me/availability")
                .then().statusCode(200).body("availability", equalTo("ONLINE"));
    }

    /** Files, verifies and executes a data-subject request; returns it once the fan-out has finished. */
    /** The agent hands the ticket back to the assistant; waits until bot-service gives the conversation back to the AI. */
    static void handBack(String agentToken, String ticketId, String customerToken, String conversationId) {
        given().auth().oauth2(agentToken).contentType("application/json").body(Map.of("note", "done"))
                .post(ESCALATION + "/v1/tickets/" + ticketId + "/handback")
                .then().statusCode(200);
        Eventually.until(Duration.ofSeconds(30), () -> conversation(customerToken, conversationId),
                c -> "AI".equals(c.getString("control")), "the hand-back reaching bot-service");
    }

    static JsonPath runDataSubjectRequest(String officerToken, String subject, String type) {
        String id = given().auth().oauth2(officerToken).contentType(ContentType.JSON)
                .body(Map.of("type", type, "jurisdiction", "GDPR", "subjectId", subject))
                .post(CONSENT + "/v1/dsr")
                .then().statusCode(201).body("status", equalTo("RECEIVED")).body("dueAt", notNullValue())
                .extract().path("id");
        given().auth().oauth2(officerToken).contentType(ContentType.JSON)
                .body(Map.of("method", "signed-in-account", "note", "system test"))
                .post(CONSENT + "/v1/dsr/" + id + "/verify")
                .then().statusCode(200).body("status", equalTo("VERIFIED"));
        // "Run now". The background worker runs VERIFIED requests too, and on another replica (or a tick of this one)
        // it may have started this one between the verification and this call: then the service answers 409
        // not-executable, as documented, and the request finishes all the same.
        int run = given().auth().oauth2(officerToken).post(CONSENT + "/v1/dsr/" + id + "/execute")
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 409)).extract().statusCode();
        if (run == 409) {
            String status = given().auth().oauth2(officerToken).get(CONSENT + "/v1/dsr/" + id).then().statusCode(200)
                    .extract().path("status");
            assertTrue(List.of("IN_PROGRESS", "COMPLETED", "PARTIALLY_COMPLETED").contains(status),
                    "execute refused but the worker did not take the request up: " + status);
        }
        return Eventually.until(Duration.ofSeconds(60),
                () -> given().auth().oauth2(officerToken).get(CONSENT + "/v1/dsr/" + id).then().statusCode(200)
                        .extract().jsonPath(),
                dsr -> List.of("COMPLETED", "PARTIALLY_COMPLETED", "REJECTED").contains(dsr.getString("status")),
                type + " request " + id + " finishing");
    }

    static void assertEveryServiceAnswered(JsonPath dsr, String operation) {
        assertEquals("COMPLETED", dsr.getString("status"), dsr.prettify());
        List<String> services = dsr.getList("results.findAll { it.operation == '" + operation + "' }.service");
        for (String service : List.of("bot", "escalation", "redaction")) {
            assertTrue(services.contains(service), service + " missing from " + dsr.prettify());
        }
        assertFalse(dsr.getList("results.outcome").contains("FAILED"), dsr.prettify());
    }

    static void assertNoRawValue(JsonPath document, String value) {
        assertFalse(document.prettify().contains(value), "raw personal data leaked: " + document.prettify());
    }
}
