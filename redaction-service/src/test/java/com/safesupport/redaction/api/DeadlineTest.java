package com.safesupport.redaction.api;

import com.safesupport.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/**
 * A detection past its deadline is a clear, temporary refusal: 503 problem+json with Retry-After, no text in it,
 * nothing redacted half-way. The profile sets a deadline no detection can meet, so the refusal is certain.
 */
@QuarkusTest
@TestProfile(DeadlineTest.NoTime.class)
class DeadlineTest {

    public static class NoTime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("redaction.deadline-per-2kb", "0s", "redaction.deadline-retry-after", "2");
        }
    }

    static final Tokens TOKENS = new Tokens("redaction-service");

    @Test
    void aDetectionPastItsDeadlineIs503WithRetryAfterAndNoText() {
        for (String path : List.of("/v1/redact", "/v1/analyze")) {
            given().auth().oauth2(TOKENS.service("bot-service", "svc-bot")).contentType(ContentType.JSON)
                    .body(Map.of("text", "call Maria on +44 20 7946 0958"))
                    .when().post(path).then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", is("2"))
                    .body("type", is("https://safesupport.dev/problems/redaction-deadline"))
                    .body("detail", notNullValue())
                    .body("detail", not(containsString("Maria")));
        }
        // Only a caller's ad-hoc recogniser runs (branch ah): it runs under the same deadline.
        given().auth().oauth2(TOKENS.service("bot-service", "svc-bot")).contentType(ContentType.JSON)
                .body(Map.of("text", "call Maria on EMP-40817", "entities", List.of("EMPLOYEE_ID"), "ad_hoc_recognizers",
                        List.of(Map.of("name", "E", "supported_entity", "EMPLOYEE_ID",
                                "patterns", List.of(Map.of("name", "p", "regex", "EMP-\\d{5}", "score", 0.5))))))
                .when().post("/v1/analyze").then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", is("https://safesupport.dev/problems/redaction-deadline"))
                .body("detail", not(containsString("Maria")));
        // A batch: each text has its own deadline, and one text past it refuses the whole batch.
        given().auth().oauth2(TOKENS.service("bot-service", "svc-bot")).contentType(ContentType.JSON)
                .body(Map.of("texts", List.of("hello", "call Maria on +44 20 7946 0958", "thanks")))
                .when().post("/v1/redact/batch").then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", is("2"))
                .body("type", is("https://safesupport.dev/problems/redaction-deadline"))
                .body("detail", not(containsString("Maria")));
    }
}
