package com.safesupport.escalation.routing;

import com.safesupport.testing.TestClock;
import com.safesupport.escalation.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static com.safesupport.escalation.TestData.supervisorToken;
import static com.safesupport.escalation.TestData.agent;
import static com.safesupport.escalation.TestData.agentToken;
import static com.safesupport.escalation.TestData.handOff;
import static com.safesupport.escalation.TestData.queue;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class AssignmentTest {

    @Inject
    TestData data;

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    @Inject
    com.safesupport.escalation.stream.TicketStream stream;

    @BeforeEach
    void cleanSlate() {
        data.reset();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static String status(String ticket) {
        return given().auth().oauth2(supervisorToken()).when().get("/v1/tickets/" + ticket).then().statusCode(200).extract().path("status");
    }

    private static String assignee(String ticket) {
        return given().auth().oauth2(supervisorToken()).when().get("/v1/tickets/" + ticket).then().statusCode(200).extract().path("assignedAgent");
    }

    private static void online(String username) {
        given().auth().oauth2(agentToken(username)).contentType(ContentType.JSON).body("{\"availability\":\"ONLINE\"}")
                .when().put("/v1/agents/me/availability").then().statusCode(200).body("availability", is("ONLINE"));
    }

    @Test
    void higherPriorityFirstThenOldestAndNeverAboveCapacity() {
        agent("ann", List.of("lang:fi"), 2, List.of("general"), "OFFLINE");
        clock.set(TestData.monday(10, 0));
        String older = handOff(List.of("LOW_CONFIDENCE"), "fi");
        clock.advance(Duration.ofMinutes(1));
        String newer = handOff(List.of("LOW_CONFIDENCE"), "fi");
        clock.advance(Duration.ofMinutes(1));
        String urgent = handOff(List.of("REPEATED_FAILURE"), "fi-FI");

        online("ann"); // an agent coming online triggers assignment
        await().atMost(10, TimeUnit.SECONDS).until(() -> "ASSIGNED".equals(status(urgent)) && "ASSIGNED".equals(status(older)));
        assertEquals("NEW", status(newer), "capacity 2 leaves the third ticket waiting");
        assertEquals("ann", assignee(urgent));

        given().auth().oauth2(agentToken("ann")).contentType(ContentType.JSON).body("{}")
                .when().post("/v1/tickets/" + older + "/resolve").then().statusCode(200).body("status", is("RESOLVED"));
        // The agent freed up: the waiting ticket follows.
        await().atMost(10, TimeUnit.SECONDS).until(() -> "ASSIGNED".equals(status(newer)));
    }

    @Test
    void theLeastLoadedEligibleAgentGetsEachArrival() {
        agent("bo", List.of("lang:sv"), 3, List.of("general"), "ONLINE");
        agent("cy", List.of("lang:sv"), 3, List.of("general"), "ONLINE");
        agent("dee", List.of("lang:fi"), 3, List.of("general"), "ONLINE");
        List<String> tickets = List.of(handOff(List.of("HUMAN_REQUESTED"), "sv"), handOff(List.of("HUMAN_REQUESTED"), "sv"),
                handOff(List.of("HUMAN_REQUESTED"), "sv"), handOff(List.of("HUMAN_REQUESTED"), "sv"));
        await().atMost(10, TimeUnit.SECONDS).until(() -> tickets.stream().allMatch(t -> "ASSIGNED".equals(status(t))));
        long bo = tickets.stream().filter(t -> "bo".equals(assignee(t))).count();
        long cy = tickets.stream().filter(t -> "cy".equals(assignee(t))).count();
        assertEquals(2, bo);
        assertEquals(2, cy, "dee lacks lang:sv and gets none");
    }

    @Test
    void claimTakesAWaitingTicketUpToCapacity() {
        agent("eve", List.of("lang:en"), 1, List.of("general"), "OFFLINE");
        String first = handOff(List.of("HUMAN_REQUESTED"), "en");
        String second = handOff(List.of("HUMAN_REQUESTED"), "en");
        given().auth().oauth2(agentToken("eve")).when().post("/v1/tickets/" + first + "/claim")
                .then().statusCode(200).body("status", is("ASSIGNED")).body("assignedAgent", is("eve"));
        given().auth().oauth2(agentToken("eve")).when().post("/v1/tickets/" + second + "/claim")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", is("https://safesupport.dev/problems/at-capacity"));
    }

    @Test
    void agentsSeeOnlyTheirQueuesAndSupervisorsSeeAll() {
        queue("review", List.of(), List.of("review"));
        agent("fay", List.of("lang:en"), 3, List.of("general"), "OFFLINE");
        String mine = handOff(List.of("HUMAN_REQUESTED"), "en");
        String other = handOff(List.of("DECISION_REVIEW"), "en");

        given().auth().oauth2(agentToken("fay")).when().get("/v1/tickets/" + other).then().statusCode(404);
        given().auth().oauth2(agentToken("fay")).when().get("/v1/tickets")
                .then().statusCode(200).body("id", hasItem(mine)).body("id", not(hasItem(other)));
        given().auth().oauth2(agentToken("fay")).when().get("/v1/queues").then().statusCode(200).body("code", containsInAnyOrder("general"));
        given().auth().oauth2(agentToken("fay")).when().get("/v1/queues/review/events").then().statusCode(403);
        given().auth().oauth2(supervisorToken()).when().get("/v1/tickets").then().statusCode(200).body("id", hasItem(other));
        given().auth().oauth2(supervisorToken()).when().get("/v1/tickets/" + other).then().statusCode(200).body("queue", is("review"));
    }

    @Test
    void anAgentNoSupervisorProvisionedIsRefused() {
        given().auth().oauth2(agentToken("stranger")).when().get("/v1/tickets").then().statusCode(403);
        given().auth().oauth2(agentToken("stranger")).when().get("/v1/agents/me").then().statusCode(403);
    }

    @Test
    void transferMovesATicketToAnotherQueueAndSupervisorsReassign() {
        agent("gil", List.of("lang:en"), 3, List.of("general"), "OFFLINE");
        String ticket = handOff(List.of("HUMAN_REQUESTED"), "en");
        given().auth().oauth2(agentToken("gil")).contentType(ContentType.JSON).body("{\"queue\":\"sensitive\"}")
                .when().post("/v1/tickets/" + ticket + "/transfer")
                .then().statusCode(200).body("queue", is("sensitive")).body("status", is("NEW"))
                .body("requiredSkills", containsInAnyOrder("topic:sensitive", "lang:en"));
        given().auth().oauth2(supervisorToken()).contentType(ContentType.JSON).body("{\"agent\":\"agnes\"}")
                .when().post("/v1/tickets/" + ticket + "/reassign")
                .then().statusCode(200).body("assignedAgent", is("agnes")).body("status", is("ASSIGNED"));
        given().auth().oauth2(agentToken("gil")).contentType(ContentType.JSON).body("{\"agent\":\"gil\"}")
                .when().post("/v1/tickets/" + ticket + "/reassign").then().statusCode(403);
    }

    @Test
    void aReassignmentFreesThePreviousHolderForTheNextWaitingTicket() {
        agent("pat", List.of("lang:en"), 1, List.of("general"), "ONLINE");
        String first = handOff(List.of("HUMAN_REQUESTED"), "en");
        await().atMost(10, TimeUnit.SECONDS).until(() -> "pat".equals(assignee(first)));
        String second = handOff(List.of("HUMAN_REQUESTED"), "en");
        assertEquals("NEW", status(second));
        given().auth().oauth2(supervisorToken()).contentType(ContentType.JSON).body("{\"agent\":\"agnes\"}")
                .when().post("/v1/tickets/" + first + "/reassign").then().statusCode(200).body("assignedAgent", is("agnes"));
        await().atMost(10, TimeUnit.SECONDS).until(() -> "pat".equals(assignee(second)));
    }

    @Test
    void supervisorsChangeCapacityAndAssignmentFollows() {
        agent("hal", List.of("lang:en"), 0, List.of("general"), "ONLINE");
        String ticket = handOff(List.of("HUMAN_REQUESTED"), "en");
        assertEquals("NEW", status(ticket));
        given().auth().oauth2(supervisorToken()).contentType(ContentType.JSON).body("{\"capacity\":1}")
                .when().put("/v1/agents/hal/capacity").then().statusCode(200).body("capacity", is(1));
        await().atMost(10, TimeUnit.SECONDS).until(() -> "hal".equals(assignee(ticket)));
        given().auth().oauth2(supervisorToken()).when().get("/v1/agents").then().statusCode(200).body("username", hasItem("hal"));
        given().auth().oauth2(agentToken("hal")).when().get("/v1/agents/me").then().statusCode(200).body("load", is(1));
    }

    @Test
    void theQueueStreamSendsTicketEventsToItsAgents() throws Exception {
        agent("ivy", List.of("lang:en"), 3, List.of("general"), "OFFLINE");
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/v1/queues/general/events"))
                .header("Authorization", "Bearer " + agentToken("ivy")).header("Accept", "text/event-stream").build();
        HttpResponse<java.io.InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body()))) {
            CompletableFuture<String> subscribed = CompletableFuture.supplyAsync(() -> readUntil(lines, "SUBSCRIBED"));
            assertTrue(subscribed.get(10, TimeUnit.SECONDS).contains("\"queue\":\"general\""));
            String ticket = handOff(List.of("HUMAN_REQUESTED"), "en");
            String created = CompletableFuture.supplyAsync(() -> readUntil(lines, ticket)).get(10, TimeUnit.SECONDS);
            assertTrue(created.contains("TICKET_CREATED"), created);
            assertTrue(!created.contains("subject") && !created.contains("summary"), "events carry no personal data: " + created);

            // An event committed by another replica arrives through PostgreSQL NOTIFY.
            await().atMost(10, TimeUnit.SECONDS).until(stream::listening);
            String elsewhere = java.util.UUID.randomUUID().toString();
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("select pg_notify('escalation_ticket_events', ?1)")
                    .setParameter(1, "{\"event\":{\"type\":\"TICKET_ASSIGNED\",\"ticketId\":\"" + elsewhere
                            + "\",\"queue\":\"general\",\"status\":\"ASSIGNED\",\"priority\":\"NORMAL\",\"at\":\"2026-11-23T10:00:00Z\"},"
                            + "\"queueId\":\"00000000-0000-4000-8000-00000000a001\"}")
                    .getSingleResult());
            String remote = CompletableFuture.supplyAsync(() -> readUntil(lines, elsewhere)).get(10, TimeUnit.SECONDS);
            assertTrue(remote.contains("TICKET_ASSIGNED"), remote);
        }
    }

    private static String readUntil(BufferedReader lines, String marker) {
        try {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("data:") && line.contains(marker)) {
                    return line;
                }
            }
            throw new IllegalStateException("stream ended");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
