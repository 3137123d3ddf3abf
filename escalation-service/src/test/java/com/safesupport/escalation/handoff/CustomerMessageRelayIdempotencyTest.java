package com.safesupport.escalation.handoff;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static com.safesupport.escalation.TestData.botToken;
import static com.safesupport.escalation.TestData.supervisorToken;
import static com.safesupport.escalation.TestData.handOff;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code POST /v1/handoffs/{ticketId}/customer-messages} with an Idempotency-Key: bot-service retries a relayed
 * message until it has an answer, so a retry whose first attempt was appended (answer lost) must append nothing and
 * answer as the first time; the agent sees the message once.
 */
@QuarkusTest
class CustomerMessageRelayIdempotencyTest {

    private static Response relay(String ticket, String key, String text) {
        var request = given().auth().oauth2(botToken()).contentType(ContentType.JSON).body("{\"text\":\"" + text + "\"}");
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.when().post("/v1/handoffs/" + ticket + "/customer-messages");
    }

    private static JsonPath ticket(String id) {
        return given().auth().oauth2(supervisorToken()).when().get("/v1/tickets/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static long count(List<String> values, String value) {
        return values.stream().filter(value::equals).count();
    }

    @Test
    void aRetryWithTheSameKeyAppendsNothingAndAnswersAsTheFirstTime() {
        String ticket = handOff(List.of("HUMAN_REQUESTED"), "en");
        String key = UUID.randomUUID().toString();
        String first = relay(ticket, key, "My card still does not work").then().statusCode(200)
                .header("Idempotent-Replayed", nullValue()).body("ticketId", is(ticket)).extract().path("status");
        relay(ticket, key, "My card still does not work").then().statusCode(200)
                .header("Idempotent-Replayed", "true").body("ticketId", is(ticket)).body("status", is(first));

        JsonPath detail = ticket(ticket);
        assertEquals(1, count(detail.getList("transcript.text"), "My card still does not work"));
        assertEquals(1, count(detail.getList("events.type"), "CUSTOMER_MESSAGE"), "one event: the desk shows it once");
    }

    @Test
    void withoutAKeyEveryRequestAppendsAsBefore() {
        String ticket = handOff(List.of("HUMAN_REQUESTED"), "en");
        relay(ticket, null, "twice").then().statusCode(200);
        relay(ticket, null, "twice").then().statusCode(200);
        assertEquals(2, count(ticket(ticket).getList("transcript.text"), "twice"));
    }

    @Test
    void anotherKeyIsAnotherMessageAndAKeyBelongsToItsTicket() {
        String ticket = handOff(List.of("HUMAN_REQUESTED"), "en");
        String other = handOff(List.of("HUMAN_REQUESTED"), "en");
        String key = UUID.randomUUID().toString();
        relay(ticket, key, "same words").then().statusCode(200);
        relay(ticket, UUID.randomUUID().toString(), "same words").then().statusCode(200).header("Idempotent-Replayed", nullValue());
        relay(other, key, "same words").then().statusCode(200).header("Idempotent-Replayed", nullValue());
        assertEquals(2, count(ticket(ticket).getList("transcript.text"), "same words"));
        assertEquals(1, count(ticket(other).getList("transcript.text"), "same words"));
    }

    @Test
    void theSameKeyWithAnotherMessageIs422AndAppendsNothing() {
        String ticket = handOff(List.of("HUMAN_REQUESTED"), "en");
        String key = UUID.randomUUID().toString();
        relay(ticket, key, "the first").then().statusCode(200);
        relay(ticket, key, "something else").then().statusCode(422).contentType("application/problem+json")
                .body("type", is("https://safesupport.dev/problems/idempotency-key-reused"));
        assertEquals(0, count(ticket(ticket).getList("transcript.text"), "something else"));
    }

    @Test
    void anInvalidKeyIs400() {
        String ticket = handOff(List.of("HUMAN_REQUESTED"), "en");
        relay(ticket, "with space", "hi").then().statusCode(400)
                .body("type", is("https://safesupport.dev/problems/idempotency-key-invalid"));
        relay(ticket, "k".repeat(256), "hi").then().statusCode(400);
        assertEquals(0, count(ticket(ticket).getList("transcript.text"), "hi"));
    }

    @Test
    void aReplayAfterTheTicketClosedStillAnswersAsTheFirstTimeButANewMessageIs409() {
        String ticket = handOff(List.of("HUMAN_REQUESTED"), "en");
        String key = UUID.randomUUID().toString();
        relay(ticket, key, "before the close").then().statusCode(200);
        given().auth().oauth2(supervisorToken()).contentType(ContentType.JSON).body("{}")
                .when().post("/v1/tickets/" + ticket + "/resolve").then().statusCode(200);
        relay(ticket, key, "before the close").then().statusCode(200).header("Idempotent-Replayed", "true");
        relay(ticket, UUID.randomUUID().toString(), "after the close").then().statusCode(409)
                .body("type", is("https://safesupport.dev/problems/ticket-closed"));
        relay(UUID.randomUUID().toString(), key, "no such ticket").then().statusCode(404);
    }
}
