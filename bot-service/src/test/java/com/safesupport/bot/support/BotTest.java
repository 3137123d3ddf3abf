package com.safesupport.bot.support;

import com.safesupport.bot.consent.ConsentGate;
import com.safesupport.testing.TestClock;
import com.safesupport.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Shared set-up of the conversation tests: healthy downstream stubs, a fresh consent cache, helpers. */
public abstract class BotTest {

    protected static final Tokens TOKENS = new Tokens("bot-service");

    @Inject
    protected ConsentGate consentGate;

    @Inject
    protected TestClock clock;

    @Inject
    io.smallrye.faulttolerance.api.CircuitBreakerMaintenance breakers;

    @BeforeEach
    void healthyWorld() {
        DownstreamStubs.resetToHealthy();
        consentGate.clear();
        breakers.resetAll();
    }

    protected static String newSubject() {
        return UUID.randomUUID().toString();
    }

    protected static String start(String subject) {
        return start(subject, "en", "web");
    }

    protected static String start(String subject, String locale, String channel) {
        return given().auth().oauth2(TOKENS.customer(subject)).contentType(ContentType.JSON)
                .body("{\"locale\":\"" + locale + "\",\"channel\":\"" + channel + "\"}")
                .when().post("/v1/conversations")
                .then().statusCode(201).extract().path("conversationId");
    }

    protected static ValidatableResponse say(String subject, String conversationId, String text) {
        return given().auth().oauth2(TOKENS.customer(subject)).contentType(ContentType.JSON)
                .body(java.util.Map.of("text", text))
                .when().post("/v1/conversations/" + conversationId + "/messages")
                .then();
    }
}
