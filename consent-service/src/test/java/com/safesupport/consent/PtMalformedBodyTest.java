package com.safesupport.consent;

import com.safesupport.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

/**
 * {@code {"subjectId":"a} (a truncated data-subject request) answered a generic bad-request while other broken bodies
 * got {@code malformed-json}: every truncated, broken or empty body is now that one problem, never echoed.
 */
@QuarkusTest
class PtMalformedBodyTest {

    static final Tokens TOKENS = new Tokens("consent-service");
    static final String[] UNREADABLE = {"{\"subjectId\":\"a", "{\"subjectId\":\"Maria Kowalski", "", "{\"type\":", "{", "[",
            "nul", "\"Maria Kowalski"};

    @Test
    void everyUnreadableRequestBodyIsMalformedJson() {
        for (String body : UNREADABLE) {
            given().auth().oauth2(TOKENS.customer(UUID.randomUUID().toString())).contentType(ContentType.JSON).body(body)
                    .when().post("/v1/dsr")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", endsWith("/malformed-json")).body(not(containsString("Maria")));
        }
    }

    @Test
    void aMissingFieldIsStillAValidationProblemLookAlike() {
        given().auth().oauth2(TOKENS.customer(UUID.randomUUID().toString())).contentType(ContentType.JSON).body("{}")
                .when().post("/v1/dsr")
                .then().statusCode(400).body("type", endsWith("/validation"));
    }
}
