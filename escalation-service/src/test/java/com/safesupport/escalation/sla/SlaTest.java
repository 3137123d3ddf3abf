package com.safesupport.escalation.sla;

import com.safesupport.testing.TestClock;
import com.safesupport.escalation.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static com.safesupport.escalation.TestData.botToken;
import static com.safesupport.escalation.TestData.supervisorToken;
import static com.safesupport.escalation.TestData.agent;
import static com.safesupport.escalation.TestData.agentToken;
import static com.safesupport.escalation.TestData.handoffJson;
import static com.safesupport.escalation.TestData.monday;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class SlaTest {

    @Inject
    TestData data;

    @Inject
    TestClock clock;

    @Inject
    SlaMonitor monitor;

    @BeforeEach
    void mondayMorning() {
        data.reset();
        clock.set(monday(10, 0));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static String handOff(List<String> reasons) {
        return given().auth().oauth2(botToken()).header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON)
                .body(handoffJson(UUID.randomUUID(), UUID.randomUUID().toString(), reasons, "en", "x"))
                .when().post("/v1/handoffs").then().statusCode(201).extract().path("ticketId");
    }

    private static JsonPath ticket(String id) {
        return given().auth().oauth2(supervisorToken()).when().get("/v1/tickets/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static String target(JsonPath ticket, String kind, String field) {
        return ticket.getString("sla.find { it.target == '" + kind + "' }." + field);
    }

    @Test
    void aMissedFirstResponseIsABreachThatRaisesPriorityAndNotifiesSupervisors() {
        agent("lu", List.of("lang:en"), 3, List.of("general"), "OFFLINE");
        String id = handOff(List.of("HUMAN_REQUESTED"));
        // Claimed but never answered (a claimed ticket no longer rises by waiting time, so only the breach raises it).
        given().auth().oauth2(agentToken("lu")).when().post("/v1/tickets/" + id + "/claim").then().statusCode(200);
        // NORMAL: first response within 4 business hours → 14:00 the same Monday.
        assertEquals("2026-11-23T14:00:00Z", target(ticket(id), "FIRST_RESPONSE", "dueAt"));
        clock.set(monday(13, 59));
        monitor.check();
        assertEquals("ACTIVE", ticket(id).getString("slaState"));

        clock.set(monday(14, 1));
        assertTrue(monitor.check().breaches() >= 1);
        JsonPath after = ticket(id);
        assertEquals("BREACHED", target(after, "FIRST_RESPONSE", "state"));
        assertEquals("BREACHED", after.getString("slaState"));
        assertEquals("HIGH", after.getString("priority"));
        assertTrue(after.getList("events.type").contains("SLA_BREACHED"));
        given().auth().oauth2(supervisorToken()).when().get("/v1/notifications?unacknowledged=true")
                .then().statusCode(200).body("ticketId", hasItem(id)).body("kind", hasItem("SLA_BREACHED"));
    }

    @Test
    void clocksPauseWhileWaitingOnTheCustomer() {
        agent("jo", List.of("lang:en"), 3, List.of("general"), "OFFLINE");
        String id = handOff(List.of("HUMAN_REQUESTED"));
        given().auth().oauth2(agentToken("jo")).when().post("/v1/tickets/" + id + "/claim").then().statusCode(200);
        clock.set(monday(11, 0));
        given().auth().oauth2(agentToken("jo")).contentType(ContentType.JSON).body("{\"status\":\"WAITING_ON_CUSTOMER\"}")
                .when().put("/v1/tickets/" + id + "/status").then().statusCode(200).body("status", is("WAITING_ON_CUSTOMER"));
        JsonPath paused = ticket(id);
        assertEquals("true", target(paused, "FIRST_RESPONSE", "paused"));
        assertEquals("10800", target(paused, "FIRST_RESPONSE", "remainingSeconds"));

        // A day and a half later nothing has breached: the clock was stopped.
        clock.set(monday(11, 0).plus(Duration.ofHours(29)));
        monitor.check();
        assertEquals("ACTIVE", ticket(id).getString("slaState"));

        // The customer answers (relayed by the bot) on Tuesday 16:00: 3 business hours left → Wednesday 11:00.
        given().auth().oauth2(botToken()).contentType(ContentType.JSON).body("{\"text\":\"Here is the detail\"}")
                .when().post("/v1/handoffs/" + id + "/customer-messages").then().statusCode(200).body("status", is("IN_PROGRESS"));
        JsonPath resumed = ticket(id);
        assertEquals("2026-11-25T11:00:00Z", target(resumed, "FIRST_RESPONSE", "dueAt"));
        assertTrue(resumed.getList("transcript.text").contains("Here is the detail"));
    }

    @Test
    void waitingTicketsRiseInPriorityOverTime() {
        String id = handOff(List.of("HUMAN_REQUESTED"));
        clock.set(monday(10, 31));
        monitor.check();
        JsonPath raised = ticket(id);
        assertEquals("HIGH", raised.getString("priority"));
        assertEquals("NORMAL", raised.getString("basePriority"));
        assertTrue(raised.getList("events.type").contains("PRIORITY_RAISED"));
    }

    @Test
    void aReplyMeetsTheFirstResponseTarget() {
        agent("kim", List.of("lang:en"), 3, List.of("general"), "OFFLINE");
        String id = handOff(List.of("HUMAN_REQUESTED"));
        given().auth().oauth2(agentToken("kim")).contentType(ContentType.JSON).body("{\"text\":\"Hello, I am Kim\"}")
                .when().post("/v1/tickets/" + id + "/replies").then().statusCode(200).body("status", is("IN_PROGRESS"));
        clock.set(monday(16, 0));
        monitor.check();
        JsonPath after = ticket(id);
        assertEquals("MET", target(after, "FIRST_RESPONSE", "state"));
        assertEquals("ACTIVE", after.getString("slaState"));
    }

    @Test
    void supervisorsSetPolicies() {
        given().auth().oauth2(supervisorToken()).contentType(ContentType.JSON)
                .body("{\"firstResponse\":\"PT10M\",\"nextResponse\":\"PT20M\",\"resolution\":\"PT2H\",\"businessHours\":false}")
                .when().put("/v1/sla-policies/URGENT").then().statusCode(200).body("firstResponse", is("PT10M"));
        given().auth().oauth2(supervisorToken()).when().get("/v1/sla-policies").then().statusCode(200).body("priority", hasItem("URGENT"));
        given().auth().oauth2(supervisorToken()).contentType(ContentType.JSON)
                .body("{\"firstResponse\":\"PT15M\",\"nextResponse\":\"PT30M\",\"resolution\":\"PT4H\",\"businessHours\":false}")
                .when().put("/v1/sla-policies/URGENT").then().statusCode(200);
    }
}
