package com.safesupport.redaction.api;

import com.safesupport.testing.HostileInput;
import com.safesupport.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile input as a black-box tester sends it to every endpoint of redaction-service a caller controls: bodies of every
 * shape and size, ids, query parameters and headers. Never a 5xx, every refusal problem+json, oversize 413, linear cost.
 */
@QuarkusTest
class HbRedactionTest {

    static final Tokens TOKENS = new Tokens("redaction-service");

    static Supplier<RequestSpecification> bot() {
        return () -> given().auth().oauth2(TOKENS.service("bot-service", "svc-bot"));
    }

    static Supplier<RequestSpecification> restorer() {
        return () -> given().auth().oauth2(TOKENS.user("hb-restorer", "redaction-restore"));
    }

    @Test
    void everyBodyEndpointSurvivesHostileBodies() {
        HostileInput.at("POST", "/v1/redact", bot()).bodies().query("explain", "yes", "", "1e999")
                .header("Accept-Language", "{\"text\":\"x\"}").commonHeaders("{\"text\":\"x\"}");
        HostileInput.at("POST", "/v1/redact/batch", bot()).bodies();
        HostileInput.at("POST", "/v1/analyze", bot()).bodies();
        HostileInput.at("POST", "/v1/anonymize", bot()).bodies();
        HostileInput.at("POST", "/v1/restore", restorer()).bodies();
    }

    @Test
    void idsInPathsAreNeverA5xx() {
        HostileInput.at("DELETE", "/v1/scopes/{id}", bot()).ids();
        HostileInput.at("GET", "/v1/subjects/{id}/data", () -> given().auth().oauth2(TOKENS.service("consent-service", "svc-consent"))).ids();
        HostileInput.at("DELETE", "/v1/subjects/{id}/data", () -> given().auth().oauth2(TOKENS.service("consent-service", "svc-consent"))).ids();
    }

    @Test
    void anOversizedBodyIs413AndALyingContentLengthIsRefusedBeforeItIsRead() {
        HostileInput.assertProblem(HostileInput.unprettified(bot().get()).contentType(ContentType.JSON).body("{\"text\":\"" + "a".repeat(11 * 1024 * 1024) + "\"}")
                .when().post("/v1/redact"), 413);
        HostileInput.assertLyingContentLengthRefused("/v1/redact", TOKENS.service("bot-service", "svc-bot"));
        HostileInput.assertProblem(HostileInput.unprettified(bot().get()).contentType(ContentType.JSON).body("{\"texts\":[" + "\"a\",".repeat(99_999) + "\"a\"]}")
                .when().post("/v1/redact/batch"), 413);
    }

    @Test
    void hostileTextCostsLinearTime() {
        // Zero-width, right-to-left and NUL-adjacent characters between digits and names: 16 times the text, at most
        // ~16 times the CPU (a quadratic path gives ~16); the batch of 16 times the texts likewise.
        String unit = "Call \u200b+44\u200d20 \u202e7946 0958, Jo\u2066 Smith, a\u00adb@example.com. ";
        double text = HostileInput.cpuRatioRepeated(50, 16, n -> HostileInput.json(TOKENS.service("bot-service", "svc-bot"),
                "{\"text\":\"" + unit.repeat(n).replace("\u202e", "\\u202e") + "\"}").post("/v1/redact"));
        double batch = HostileInput.cpuRatioRepeated(4, 16, n -> HostileInput.json(TOKENS.service("bot-service", "svc-bot"),
                "{\"texts\":[" + ("\"" + unit + "\",").repeat(n - 1) + "\"x\"]}").post("/v1/redact/batch"));
        System.out.printf("HbRedactionTest CPU ratios: text %.2f, batch %.2f%n", text, batch);
        assertTrue(text < 4, "redacting hostile text must stay linear, ratio " + text);
        assertTrue(batch < 4, "a batch must cost linear time, ratio " + batch);
    }
}
