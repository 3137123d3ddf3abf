package com.safesupport.escalation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static com.safesupport.escalation.TestData.botToken;
import static com.safesupport.escalation.TestData.handoffJson;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class MetricsTest {

    @jakarta.inject.Inject
    com.safesupport.escalation.metrics.EscalationMetrics metrics;

    @Test
    void handoffsAreCountedByReasonWithoutPersonalData() {
        String subject = UUID.randomUUID().toString();
        UUID conversation = UUID.randomUUID();
        given().auth().oauth2(botToken()).header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON)
                .body(handoffJson(conversation, subject, List.of("NEGATIVE_SENTIMENT"), "en", "Angry about a late parcel"))
                .when().post("/v1/handoffs").then().statusCode(201);
        metrics.refreshNow();
        int management = ConfigProvider.getConfig().getValue("quarkus.management.port", Integer.class);
        String scrape = given().port(management).when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(scrape.contains("escalation_handoffs_total{reason=\"NEGATIVE_SENTIMENT\"}"), "hand-offs by reason");
        assertTrue(scrape.contains("escalation_queue_depth{queue=\"general\"}"), "queue depth");
        assertTrue(scrape.contains("escalation_queue_oldest_waiting_seconds"), "waiting time");
        assertFalse(scrape.contains(subject) || scrape.contains(conversation.toString()) || scrape.contains("parcel"), "no personal data");
    }
}
