package com.safesupport.bot.subject;

import com.safesupport.bot.support.BotTest;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class SubjectDataTest extends BotTest {

    @Test
    void aSubjectsDataIsExportedRedactedAndErasedIdempotently() {
        String subject = newSubject();
        String id = start(subject);
        say(subject, id, "I am Olga, how do I change my PIN?").statusCode(200);
        String consent = TOKENS.service("consent-service", "svc-consent");

        given().auth().oauth2(consent).when().get("/v1/subjects/" + subject + "/data")
                .then().statusCode(200)
                .body("service", is("bot-service"))
                .body("subjectId", is(subject))
                .body("records.kind", hasItems("conversation", "decision-record"))
                .body("records[0].messages[1].text", containsString("<PERSON_1>"))
                .body("records[0].messages[1].text", not(containsString("Olga")));

        given().auth().oauth2(consent).when().delete("/v1/subjects/" + subject + "/data")
                .then().statusCode(200)
                .body("erased.conversations", is(1))
                .body("erased.messages", is(3))
                .body("erased.decisionRecords", is(1));
        given().auth().oauth2(consent).when().delete("/v1/subjects/" + subject + "/data")
                .then().statusCode(200).body("erased.conversations", is(0));
        given().auth().oauth2(consent).when().get("/v1/subjects/" + subject + "/data")
                .then().statusCode(200).body("records.size()", is(0));
        given().auth().oauth2(TOKENS.customer(subject)).when().get("/v1/conversations/" + id).then().statusCode(404);
    }
}
