package com.safesupport.consent;

import com.safesupport.testing.HostileInput;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.function.Supplier;

import static com.safesupport.consent.ConsentSteps.REUSED;
import static com.safesupport.consent.ConsentSteps.TOKENS;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile input as a black-box tester sends it to every endpoint of consent-service a caller controls: bodies of every
 * shape and size, ids, query parameters and headers. Never a 5xx, every refusal problem+json, oversize 413, linear cost.
 */
@QuarkusTest
class HbConsentTest {

    static Supplier<RequestSpecification> as(String subject, String... roles) {
        return () -> given().auth().oauth2(REUSED.user(subject, roles));
    }

    static Supplier<RequestSpecification> officer() {
        return as("hb-officer", "privacy-officer");
    }

    @Test
    void everyBodyEndpointSurvivesHostileBodies() {
        String subject = ConsentSteps.newSubject();
        HostileInput.at("POST", "/v1/subjects/" + subject + "/consents/ai-assistance", as(subject, "customer")).bodies()
                .header("Accept-Language", "{\"state\":\"GIVEN\",\"noticeVersion\":1}");
        HostileInput.at("POST", "/v1/subjects/" + subject + "/consents/ai-assistance", as("hb-recorder", "consent-recorder")).bodies();
        HostileInput.at("POST", "/v1/dsr", officer()).bodies().commonHeaders("{}");
        HostileInput.at("POST", "/v1/dsr", as(subject, "customer")).bodies();
        HostileInput.at("POST", "/v1/receipts/verify", officer()).bodies();
        HostileInput.at("PUT", "/v1/purposes/hb-purpose", officer()).bodies();
        HostileInput.at("POST", "/v1/purposes/ai-assistance/notices", officer()).bodies();
        HostileInput.at("POST", "/v1/ledger/head", officer()).bodies();
    }

    @Test
    void idsInPathsAreNeverA5xx() {
        HostileInput.at("GET", "/v1/subjects/{id}/consents", officer()).ids();
        HostileInput.at("GET", "/v1/subjects/{id}/consents/history", officer()).ids();
        HostileInput.at("POST", "/v1/subjects/{id}/consents/ai-assistance", as("hb-recorder", "consent-recorder")).ids();
        HostileInput.at("DELETE", "/v1/subjects/{id}/consents/ai-assistance", as("hb-recorder", "consent-recorder")).ids();
        HostileInput.at("POST", "/v1/subjects/" + ConsentSteps.ALICE + "/consents/{id}", as("hb-recorder", "consent-recorder")).ids();
        HostileInput.at("GET", "/v1/subjects/{id}/decisions/ai-assistance", () -> given().auth().oauth2(REUSED.service("bot-service", "svc-bot"))).ids();
        HostileInput.at("GET", "/v1/subjects/" + ConsentSteps.ALICE + "/decisions/ai-assistance",
                () -> given().auth().oauth2(REUSED.service("bot-service", "svc-bot"))).header("If-None-Match", "");
        HostileInput.at("GET", "/v1/subjects/" + ConsentSteps.ALICE + "/decisions/{id}", () -> given().auth().oauth2(REUSED.service("bot-service", "svc-bot"))).ids();
        HostileInput.at("GET", "/v1/receipts/{id}", officer()).ids();
        HostileInput.at("GET", "/v1/purposes/{id}", officer()).ids();
        HostileInput.at("PUT", "/v1/purposes/{id}", officer()).ids();
        HostileInput.at("GET", "/v1/dsr/{id}", officer()).ids();
        HostileInput.at("GET", "/v1/dsr/{id}/bundle", officer()).ids();
        HostileInput.at("POST", "/v1/dsr/{id}/verify", officer()).ids();
        HostileInput.at("POST", "/v1/dsr/{id}/execute", officer()).ids();
        HostileInput.at("POST", "/v1/dsr/{id}/extend", officer()).ids();
    }

    @Test
    void queryParametersAreNeverA5xx() {
        HostileInput.at("GET", "/v1/dsr", officer()).query("subjectId", "x".repeat(10_000), "\u0000", "\ud800")
                .query("status", "nope", "").query("overdue", "maybe", "");
        HostileInput.at("GET", "/v1/ledger/verify", officer()).query("signedHead", "x".repeat(10_000), "a.b.c", "....", "%00");
    }

    @Test
    void anOversizedBodyIs413() {
        HostileInput.assertProblem(HostileInput.unprettified(officer().get()).contentType(ContentType.JSON).body("{\"details\":\"" + "a".repeat(11 * 1024 * 1024) + "\"}")
                .when().post("/v1/dsr"), 413);
        HostileInput.assertLyingContentLengthRefused("/v1/dsr", TOKENS.user("hb-officer", "privacy-officer"));
    }

    @Test
    void aLongReceiptCostsLinearTime() {
        // A receipt of n segments of dots and base64 (refused or verified): 16 times as long, at most ~16 times the CPU.
        // 200 and 3,200 segments: the larger is 16,000 of the 16,384 characters a receipt may have.
        // Repeated until enough CPU has passed to read it past the JVM's 10 ms CPU tick; a fresh token each time.
        double ratio = HostileInput.cpuRatioRepeated(200, 16, () -> TOKENS.user("hb-officer", "privacy-officer"),
                (token, n) -> HostileInput.json(token, "{\"receipt\":\"" + "eyJh.".repeat(n) + "\"}").post("/v1/receipts/verify"));
        System.out.printf("HbConsentTest receipt CPU ratio %.2f%n", ratio);
        assertTrue(ratio < 4, "verifying a receipt must stay linear, ratio " + ratio);
    }
}
