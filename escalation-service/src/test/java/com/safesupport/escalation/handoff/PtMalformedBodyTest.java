package com.safesupport.escalation.handoff;

import com.safesupport.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

/** A truncated or empty hand-off body is the one {@code malformed-json} problem, never echoed. */
@QuarkusTest
class PtMalformedBodyTest {

    static final Tokens TOKENS = new Tokens("escalation-service");
    static final String[] UNREADABLE = {"{\"subjectId\":\"Maria Kowalski", "", "{\"subjectId\":", "{", "[", "nul", "\"Maria Kowalski"};

    @Test
    void everyUnreadableHandoffBodyIsMalformedJson() {
        for (String body : UNREADABLE) {
            given().auth().oauth2(TOKENS.service("bot-service", "svc-bot")).header("Idempotency-Key", "pt-" + body.length())
                    .contentType(ContentType.JSON).body(body)
                    .when().post("/v1/handoffs")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", endsWith("/malformed-json")).body(not(containsString("Maria")));
        }
    }
}
