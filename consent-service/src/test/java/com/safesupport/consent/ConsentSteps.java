package com.safesupport.consent;

import com.safesupport.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Calls tests share: a customer answering and withdrawing, the bot asking. */
public final class ConsentSteps {

    public static final Tokens TOKENS = new Tokens("consent-service");
    /**
     * {@link #TOKENS} giving the same signed token again for the same arguments within {@link Tokens#REUSE}
     * ({@link Tokens#reusing()}): for the auth matrices and the hostile-input sweeps, which send each role's token
     * again and again. Each fresh signature costs milliseconds of the test JVM's C1 CPU (docs/benchmarks.md, "Test
     * time, stop 60 (ct7)").
     */
    public static final Tokens REUSED = TOKENS.reusing();
    public static final String ALICE = "a11ce000-0000-4000-8000-000000000001";
    public static final String BOB = "b0b00000-0000-4000-8000-000000000002";

    private ConsentSteps() {
    }

    public static String newSubject() {
        return UUID.randomUUID().toString();
    }

    public static ValidatableResponse answer(String subject, String purpose, String state, int noticeVersion) {
        return given().auth().oauth2(TOKENS.customer(subject))
                .contentType(ContentType.JSON)
                .body("{\"state\":\"" + state + "\",\"noticeVersion\":" + noticeVersion + "}")
                .when().post("/v1/subjects/{s}/consents/{p}", subject, purpose)
                .then();
    }

    public static ValidatableResponse give(String subject, String purpose) {
        return answer(subject, purpose, "GIVEN", currentNotice(purpose)).statusCode(201);
    }

    public static ValidatableResponse withdraw(String subject, String purpose) {
        return given().auth().oauth2(TOKENS.customer(subject))
                .when().delete("/v1/subjects/{s}/consents/{p}", subject, purpose)
                .then().statusCode(200);
    }

    public static ValidatableResponse botAsks(String subject, String purpose) {
        return given().auth().oauth2(TOKENS.service("bot-service", "svc-bot"))
                .when().get("/v1/subjects/{s}/decisions/{p}", subject, purpose)
                .then();
    }

    public static int currentNotice(String purpose) {
        return given().auth().oauth2(TOKENS.customer(ALICE))
                .when().get("/v1/purposes/{p}", purpose)
                .then().statusCode(200)
                .extract().path("purpose.noticeVersion");
    }
}
