package com.safesupport.bot.conversation;

import com.safesupport.bot.support.BotTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code locale} and {@code channel} are customer input that reaches escalation-service and metric labels
 * (issue 12 item 9): escalation's rules at creation, an allow-list for labels.
 */
@QuarkusTest
class ConversationLabelsTest extends BotTest {

    @Inject
    MeterRegistry metrics;

    @ParameterizedTest
    @ValueSource(strings = {"en-GB-x-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "english please", "de\nX-Injected: 1", "zz1", "日本語",
            "en;drop table conversation", "anna.schmidt@example.com"})
    void aLocaleEscalationWouldRefuseIsA400(String locale) {
        String subject = newSubject();
        given().auth().oauth2(TOKENS.customer(subject)).contentType(ContentType.JSON).body(Map.of("locale", locale))
                .when().post("/v1/conversations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("locale"))
                .body(not(containsString(locale)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna.schmidt@example.com", "web chat", "a/b", "<script>", "ccccccccccccccccccccccccccccccccc", "mobile\u200b"})
    void aChannelEscalationWouldRefuseIsA400(String channel) {
        given().auth().oauth2(TOKENS.customer(newSubject())).contentType(ContentType.JSON).body(Map.of("channel", channel))
                .when().post("/v1/conversations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("channel"));
    }

    @Test
    void aHugeLocaleIsRefusedWithoutEchoingIt() {
        String huge = "x".repeat(100_000);
        given().auth().oauth2(TOKENS.customer(newSubject())).contentType(ContentType.JSON).body(Map.of("locale", huge, "channel", huge))
                .when().post("/v1/conversations")
                .then().statusCode(400).contentType("application/problem+json")
                .body(not(containsString("xxxxxxxxxx")));
    }

    @Test
    void validValuesAndBlanksAreAcceptedAsBefore() {
        given().auth().oauth2(TOKENS.customer(newSubject())).contentType(ContentType.JSON)
                .body(Map.of("locale", "de-CH", "channel", "mobile_app.v2"))
                .when().post("/v1/conversations").then().statusCode(201).body("locale", is("de-CH")).body("channel", is("mobile_app.v2"));
        given().auth().oauth2(TOKENS.customer(newSubject())).contentType(ContentType.JSON).body(Map.of("locale", " ", "channel", ""))
                .when().post("/v1/conversations").then().statusCode(201).body("locale", is("en")).body("channel", is("web"));
    }

    @Test
    void aChannelOutsideTheAllowListIsCountedAsOther() {
        double before = counter("other");
        start(newSubject(), "en", "partner-portal-7");
        start(newSubject(), "en", "Mobile");
        assertTrue(counter("other") >= before + 1);
        assertNotNull(metrics.find("bot.conversations.started").tag("channel", "mobile").counter());
        assertTrue(metrics.find("bot.conversations.started").counters().stream()
                .noneMatch(c -> "partner-portal-7".equals(c.getId().getTag("channel"))), "a free-text channel became a label");
    }

    private double counter(String channel) {
        var c = metrics.find("bot.conversations.started").tag("channel", channel).counter();
        return c == null ? 0 : c.count();
    }
}
