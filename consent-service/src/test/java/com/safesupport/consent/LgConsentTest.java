package com.safesupport.consent;

import com.safesupport.testing.HostileInput;
import com.safesupport.testing.LogCapture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.function.Supplier;

import static com.safesupport.consent.ConsentSteps.REUSED;
import static com.safesupport.consent.ConsentSteps.TOKENS;
import static io.restassured.RestAssured.given;

/**
 * No personal data in consent-service's logs, checked: personal values go through the main flows (answers, data-subject
 * requests with their details, reasons and notes, purposes and notices, receipts) and their error paths (validation,
 * 404s, malformed JSON, hostile input, refusals) while the log is captured down to DEBUG.
 */
@QuarkusTest
class LgConsentTest {

    static Supplier<RequestSpecification> as(String subject, String... roles) {
        return () -> given().auth().oauth2(REUSED.user(subject, roles));
    }

    static Supplier<RequestSpecification> officer() {
        return as("lg-officer", "privacy-officer");
    }

    @Test
    void personalValuesSentThroughEveryFlowAndErrorPathAreNeverLogged() {
        String text = LogCapture.personalText();
        String email = LogCapture.PERSONAL.get(1);
        String subject = ConsentSteps.newSubject();
        try (LogCapture logs = LogCapture.start()) {
            ConsentSteps.give(subject, "ai-assistance");
            ConsentSteps.botAsks(subject, "ai-assistance").statusCode(200);
            as(subject, "customer").get().contentType(ContentType.JSON)
                    .body(Map.of("state", "GIVEN", "noticeVersion", 1, "channel", email, "language", text))
                    .post("/v1/subjects/" + subject + "/consents/ai-assistance");
            String dsr = officer().get().contentType(ContentType.JSON).body(Map.of("type", "ACCESS", "jurisdiction", "GDPR",
                    "subjectId", subject, "details", text, "verification", Map.of("method", "id-document", "note", text)))
                    .post("/v1/dsr").then().statusCode(201).extract().path("id");
            officer().get().contentType(ContentType.JSON).body(Map.of("reason", text, "subjectInformed", true)).post("/v1/dsr/" + dsr + "/extend");
            officer().get().contentType(ContentType.JSON).body(Map.of("note", text)).post("/v1/dsr/" + dsr + "/complete");
            officer().get().contentType(ContentType.JSON).body(Map.of("reason", text)).post("/v1/dsr/" + dsr + "/reject");
            officer().get().contentType(ContentType.JSON).body(Map.of("type", "ERASURE", "jurisdiction", "GDPR",
                    "subjectId", email, "details", text)).post("/v1/dsr");
            officer().get().contentType(ContentType.JSON).body(Map.of("type", "ACCESS", "jurisdiction", "GDPR", "subjectId", text)).post("/v1/dsr");
            officer().get().contentType(ContentType.JSON).body(Map.of("method", text, "note", text)).post("/v1/dsr/" + dsr + "/verify");
            officer().get().queryParam("subjectId", email).get("/v1/dsr");
            officer().get().contentType(ContentType.JSON).body(Map.of("name", text, "description", text)).put("/v1/purposes/lg-purpose");
            officer().get().contentType(ContentType.JSON).body(Map.of("text", text, "material", false)).post("/v1/purposes/lg-purpose/notices");
            officer().get().contentType(ContentType.JSON).body(Map.of("receipt", text)).post("/v1/receipts/verify");
            officer().get().contentType(ContentType.JSON).body(Map.of("receipt", "eyJ" + email + ".eyJ" + email + ".x")).post("/v1/receipts/verify");
            officer().get().queryParam("signedHead", text).get("/v1/ledger/verify");
            as("lg-recorder", "consent-recorder").get().contentType(ContentType.JSON).body(Map.of("state", "GIVEN", "noticeVersion", 1))
                    .post("/v1/subjects/" + email + "/consents/ai-assistance");
            as("lg-agent", "agent").get().contentType(ContentType.JSON).body(Map.of("state", "GIVEN", "noticeVersion", 1))
                    .post("/v1/subjects/" + subject + "/consents/ai-assistance");

            HostileInput.at("POST", "/v1/subjects/" + subject + "/consents/ai-assistance", as(subject, "customer")).personalData();
            HostileInput.at("POST", "/v1/dsr", officer()).personalData();
            HostileInput.at("POST", "/v1/dsr/" + dsr + "/extend", officer()).personalData();
            HostileInput.at("POST", "/v1/receipts/verify", officer()).personalData();
            HostileInput.at("PUT", "/v1/purposes/lg-purpose", officer()).personalData();
            HostileInput.at("POST", "/v1/purposes/ai-assistance/notices", officer()).personalData();
            HostileInput.at("GET", "/v1/subjects/" + email + "/consents", officer()).personalData();
            HostileInput.at("GET", "/v1/receipts/" + email, officer()).personalData();
            HostileInput.at("GET", "/v1/purposes/" + email, officer()).personalData();
            HostileInput.at("GET", "/v1/dsr/" + email, officer()).personalData();
            HostileInput.at("GET", "/v1/no-such/" + email, officer()).personalData();

            String stranger = TOKENS.user("lg-stranger", "customer");
            HostileInput.refusalsOfPersonalPaths("GET", "/v1/subjects/{id}/consents", stranger);
            HostileInput.refusalsOfPersonalPaths("POST", "/v1/subjects/{id}/consents/ai-assistance", stranger);
            HostileInput.refusalsOfPersonalPaths("GET", "/v1/dsr/{id}", stranger);
            HostileInput.refusalsOfPersonalPaths("GET", "/{id}", stranger);
            logs.assertNoPersonalData();
        }
    }
}
