package com.safesupport.redaction.api;

import com.safesupport.testing.HostileInput;
import com.safesupport.testing.LogCapture;
import com.safesupport.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;

/**
 * No personal data in redaction-service's logs, checked: personal values go through every endpoint's main flow and
 * its error paths (validation, 404s, malformed JSON, hostile input) while the log is captured down to DEBUG.
 */
@QuarkusTest
class LgRedactionTest {

    static final Tokens TOKENS = new Tokens("redaction-service");

    static Supplier<RequestSpecification> bot() {
        return () -> given().auth().oauth2(TOKENS.service("bot-service", "svc-bot"));
    }

    static Supplier<RequestSpecification> restorer() {
        return () -> given().auth().oauth2(TOKENS.user("lg-restorer", "redaction-restore"));
    }

    @Test
    void theCheckSeesTheServicesOwnLinesAndDebugAndFailsOnALeak() {
        try (LogCapture logs = LogCapture.start()) {
            org.jboss.logging.Logger.getLogger("com.safesupport.redaction.lg").debugf("a leak of %s", LogCapture.PERSONAL.get(1));
            given().auth().oauth2(TOKENS.customer("lg-customer")).contentType(ContentType.JSON).body("{}").post("/v1/redact")
                    .then().statusCode(403);
            org.junit.jupiter.api.Assertions.assertTrue(logs.lines().stream().anyMatch(l -> l.contains("Refused (403)")), "the service's own line");
            org.junit.jupiter.api.Assertions.assertThrows(org.opentest4j.AssertionFailedError.class, logs::assertNoPersonalData);
        }
    }

    @Test
    void anOverlongRequestLineIs414AndOverlargeHeaders431FromTheCodec() {
        HostileInput.assertCodecLimits("/v1/whoami");
    }

    @Test
    void personalValuesSentThroughEveryFlowAndErrorPathAreNeverLogged() {
        String text = LogCapture.personalText();
        String scope = UUID.randomUUID().toString();
        try (LogCapture logs = LogCapture.start()) {
            bot().get().contentType(ContentType.JSON).body(Map.of("text", text, "scope", scope)).post("/v1/redact").then().statusCode(200);
            bot().get().contentType(ContentType.JSON).body(Map.of("text", text)).queryParam("explain", true).post("/v1/redact").then().statusCode(200);
            bot().get().contentType(ContentType.JSON).body(Map.of("texts", List.of(text, text))).post("/v1/redact/batch").then().statusCode(200);
            bot().get().contentType(ContentType.JSON).body(Map.of("text", text, "language", "en", "return_decision_process", true))
                    .post("/v1/analyze").then().statusCode(200);
            bot().get().contentType(ContentType.JSON).body(Map.of("text", text)).post("/v1/anonymize").then().statusCode(200);
            restorer().get().contentType(ContentType.JSON).body(Map.of("text", "<PERSON_1> <EMAIL_ADDRESS_1>", "scope", scope))
                    .post("/v1/restore").then().statusCode(200);
            // Error paths: an unknown operator or language, a missing field, an unknown scope, a wrong role.
            bot().get().contentType(ContentType.JSON).body(Map.of("text", text, "operator", LogCapture.PERSONAL.get(1))).post("/v1/redact");
            bot().get().contentType(ContentType.JSON).body(Map.of("text", text, "language", LogCapture.PERSONAL.get(0))).post("/v1/analyze");
            bot().get().contentType(ContentType.JSON).body(Map.of("scope", text)).post("/v1/redact");
            restorer().get().contentType(ContentType.JSON).body(Map.of("text", text, "scope", LogCapture.PERSONAL.get(1))).post("/v1/restore");
            given().auth().oauth2(TOKENS.customer("lg-customer")).contentType(ContentType.JSON).body(Map.of("text", text)).post("/v1/redact");
            for (String path : List.of("/v1/redact", "/v1/redact/batch", "/v1/analyze", "/v1/anonymize")) {
                HostileInput.at("POST", path, bot()).personalData().bodies();
            }
            HostileInput.at("POST", "/v1/restore", restorer()).personalData();
            HostileInput.at("DELETE", "/v1/scopes/" + LogCapture.PERSONAL.get(1), bot()).personalData();
            HostileInput.at("GET", "/v1/subjects/" + LogCapture.PERSONAL.get(1) + "/data",
                    () -> given().auth().oauth2(TOKENS.service("consent-service", "svc-consent"))).personalData();
            HostileInput.at("GET", "/v1/no-such/" + LogCapture.PERSONAL.get(1), bot()).personalData();
            String customer = TOKENS.customer("lg-customer");
            HostileInput.refusalsOfPersonalPaths("DELETE", "/v1/scopes/{id}", customer);
            HostileInput.refusalsOfPersonalPaths("GET", "/v1/subjects/{id}/data", customer);
            HostileInput.refusalsOfPersonalPaths("POST", "/{id}/redact", customer);
            logs.assertNoPersonalData();
        }
    }
}
