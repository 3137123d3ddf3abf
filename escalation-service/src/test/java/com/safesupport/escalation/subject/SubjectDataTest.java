package com.safesupport.escalation.subject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static com.safesupport.escalation.TestData.botToken;
import static com.safesupport.escalation.TestData.supervisorToken;
import static com.safesupport.escalation.TestData.TOKENS;
import static com.safesupport.escalation.TestData.handoffJson;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class SubjectDataTest {

    private static final String CONSENT = TOKENS.service("consent-service", "svc-consent");

    @Test
    void exportHoldsTheTicketsDecryptedAndErasureIsIdempotent() {
        String subject = UUID.randomUUID().toString();
        String ticket = given().auth().oauth2(botToken()).header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON)
                .body(handoffJson(UUID.randomUUID(), subject, List.of("HUMAN_REQUESTED"), "en", "Asks about a refund"))
                .when().post("/v1/handoffs").then().statusCode(201).extract().path("ticketId");
        given().auth().oauth2(supervisorToken()).contentType(ContentType.JSON).body("{\"tier\":\"gold\"}")
                .when().put("/v1/customers/" + subject + "/tier").then().statusCode(200);

        given().auth().oauth2(CONSENT).when().get("/v1/subjects/" + subject + "/data")
                .then().statusCode(200)
                .body("service", is("escalation-service"))
                .body("subjectId", is(subject))
                .body("records.ticketId", hasItem(ticket))
                .body("records.summary", hasItem("Asks about a refund"))
                .body("records.kind", hasItem("customer-tier"));

        given().auth().oauth2(CONSENT).when().delete("/v1/subjects/" + subject + "/data")
                .then().statusCode(200).body("erased.tickets", is(1)).body("erased.customerTier", is(1)).body("completedAt", org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(CONSENT).when().delete("/v1/subjects/" + subject + "/data")
                .then().statusCode(200).body("erased.tickets", is(0));
        given().auth().oauth2(CONSENT).when().get("/v1/subjects/" + subject + "/data")
                .then().statusCode(200).body("records", empty());
        given().auth().oauth2(botToken()).when().get("/v1/handoffs/" + ticket).then().statusCode(404);
    }

    @Test
    void anotherSubjectsDataIsNotIncluded() {
        String subject = UUID.randomUUID().toString();
        given().auth().oauth2(CONSENT).when().get("/v1/subjects/" + subject + "/data")
                .then().statusCode(200).body("records", hasSize(0));
    }
}
