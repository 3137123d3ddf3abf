package com.safesupport.redaction.api;

import com.safesupport.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

/** A truncated or empty body on the redaction endpoints is the one {@code malformed-json} problem, never echoed. */
@QuarkusTest
class PtMalformedBodyTest {

    static final Tokens TOKENS = new Tokens("redaction-service");
    static final String[] UNREADABLE = {"{\"text\":\"Maria Kowalski", "", "{\"text\":", "{", "[", "nul", "\"Maria Kowalski"};

    @Test
    void everyUnreadableBodyIsMalformedJson() {
        for (String path : new String[] {"/v1/redact", "/v1/analyze", "/v1/anonymize"}) {
            for (String body : UNREADABLE) {
                given().auth().oauth2(TOKENS.service("bot-service", "svc-bot")).contentType(ContentType.JSON).body(body)
                        .when().post(path)
                        .then().statusCode(400).contentType("application/problem+json")
                        .body("type", endsWith("/malformed-json")).body(not(containsString("Maria")));
            }
        }
    }

    @Test
    void aMissingTextIsStillAValidationProblemLookAlike() {
        given().auth().oauth2(TOKENS.service("bot-service", "svc-bot")).contentType(ContentType.JSON).body("{}")
                .when().post("/v1/redact")
                .then().statusCode(400).body("type", endsWith("/validation"));
    }
}
