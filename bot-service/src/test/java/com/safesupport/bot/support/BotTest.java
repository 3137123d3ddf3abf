package com.safesupport.bot.support;

import com.safesupport.bot.consent.ConsentGate;
import com.safesupport.testing.TestClock;
import com.safesupport.testing.Tokens;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import org.junit.jupiter.api.BeforeEach;

import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Shared set-up of the conversation tests: healthy downstream stubs, a fresh consent cache, helpers.
 *
 * <p>The same classes run black-box as {@code @QuarkusIntegrationTest} (the {@code *IT} subclasses, against the
 * packaged application or native executable): there is no container in the test JVM then, so {@link #consentGate},
 * {@link #clock} and the breakers stay out of reach and only the WireMock stand-ins are reset. The classes that have
 * an {@code *IT} use fresh subjects and never open a breaker, so they need neither.
 */
public abstract class BotTest {

    protected static final Tokens TOKENS = new Tokens("bot-service");

    /** In-process only ({@code @QuarkusTest}); null when the test runs against the packaged application. */
    protected ConsentGate consentGate;

    /** In-process only ({@code @QuarkusTest}); null when the test runs against the packaged application. */
    protected TestClock clock;

    @BeforeEach
    void healthyWorld() {
        DownstreamStubs.resetToHealthy();
        ArcContainer container = Arc.container();
        if (container != null && container.isRunning()) {
            consentGate = container.instance(ConsentGate.class).get();
            clock = container.instance(TestClock.class).get();
            consentGate.clear();
            container.instance(com.safesupport.bot.redaction.CleanTexts.class).get().clear();
            container.instance(CircuitBreakerMaintenance.class).get().resetAll();
        }
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
