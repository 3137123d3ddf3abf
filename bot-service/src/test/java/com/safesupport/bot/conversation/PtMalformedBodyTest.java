package com.safesupport.bot.conversation;

import com.safesupport.bot.support.BotTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

/**
 * A truncated body ({@code {"text":"a}) answered a generic bad-request, and an empty one reached the service as
 * null: every unreadable body is now the one {@code malformed-json} problem, and the body is never echoed.
 */
@QuarkusTest
class PtMalformedBodyTest extends BotTest {

    static final String[] UNREADABLE = {"{\"text\":\"Maria Kowalski", "", "{\"text\":", "{", "[", "nul", "\"Maria Kowalski"};

    @Test
    void everyUnreadableMessageBodyIsMalformedJson() {
        String subject = newSubject();
        String id = start(subject);
        for (String body : UNREADABLE) {
            given().auth().oauth2(TOKENS.customer(subject)).contentType(ContentType.JSON).body(body)
                    .when().post("/v1/conversations/" + id + "/messages")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", endsWith("/malformed-json")).body(not(containsString("Maria")));
        }
    }

    @Test
    void theServiceEndpointsAnswerTheSame() {
        String id = start(newSubject());
        for (String path : new String[] {"/agent-messages", "/handback"}) {
            for (String body : UNREADABLE) {
                given().auth().oauth2(TOKENS.service("escalation-service", "svc-escalation")).header("Idempotency-Key", "k-" + body.length())
                        .contentType(ContentType.JSON).body(body)
                        .when().post("/v1/conversations/" + id + path)
                        .then().statusCode(400).contentType("application/problem+json")
                        .body("type", endsWith("/malformed-json")).body(not(containsString("Maria")));
            }
        }
    }

    @Test
    void aTruncatedStartIsMalformedWhileNoBodyStillStarts() {
        given().auth().oauth2(TOKENS.customer(newSubject())).contentType(ContentType.JSON).body("{\"locale\":\"e")
                .when().post("/v1/conversations")
                .then().statusCode(400).body("type", endsWith("/malformed-json"));
        // The start's body is optional (DESIGN.md): no body is a conversation with the defaults, not an error.
        given().auth().oauth2(TOKENS.customer(newSubject())).contentType(ContentType.JSON).body("")
                .when().post("/v1/conversations")
                .then().statusCode(201);
    }
}
