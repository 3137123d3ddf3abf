package com.safesupport.bot.llm;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.safesupport.bot.support.BotTest;
import com.safesupport.bot.support.DownstreamStubs;
import com.safesupport.testing.LogCapture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A fault sweep of the model endpoint in {@code llm} mode: it resets the connection, closes it empty, sends garbage,
 * answers not JSON, JSON of another shape, a 500 quoting a marker, 12 MB, or nothing for longer than the model call may
 * take. The customer always gets the extractive answer within the model's bound (the {@code @Timeout}, 20 s in
 * production, docs/bot.md; 3 s in {@link FmModelDripTest.ShortModelBound}, this test's profile, so the SLOW case waits
 * out 3 s instead of 20 and the class shares the drip tests' JVM and Quarkus start: docs/benchmarks.md, "Test time,
 * stop 56 (ct)"), never the endpoint's body, and nothing of it is logged. A body that drips in for longer than the
 * bound is {@link FmModelDripTest}; docs/bot.md, "Faults of the model endpoint".
 */
@QuarkusTest
@TestProfile(FmModelDripTest.ShortModelBound.class)
class FtModelFaultsTest extends BotTest {

    private static final String COMPLETIONS = "/llm/v1/chat/completions";
    static final String MARKER = "Cordelia Fairweather-Nkemelu";
    /** The model's bound in this profile (3 s) plus the rest of the turn, as FmModelDripTest's. */
    private static final Duration TURN_BOUND = Duration.ofSeconds(10);

    enum Kind {
        CONNECTION_RESET, EMPTY_RESPONSE, GARBAGE_THEN_CLOSE, NOT_JSON, OTHER_OBJECT, SERVER_ERROR_WITH_BODY, OVERSIZED, SLOW;

        ResponseDefinitionBuilder response() {
            String valid = "{\"id\":\"c1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"stub\",\"choices\":[{\"index\":0,"
                    + "\"message\":{\"role\":\"assistant\",\"content\":\"" + MARKER + "\"},\"finish_reason\":\"stop\"}]}";
            return switch (this) {
                case CONNECTION_RESET -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
                case EMPTY_RESPONSE -> aResponse().withFault(Fault.EMPTY_RESPONSE);
                case GARBAGE_THEN_CLOSE -> aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE);
                case NOT_JSON -> json().withBody("<html>" + MARKER + "</html>");
                case OTHER_OBJECT -> json().withBody("{\"unexpected\":\"" + MARKER + "\"}");
                case SERVER_ERROR_WITH_BODY -> aResponse().withStatus(500).withHeader("Content-Type", "text/plain")
                        .withBody("java.lang.IllegalStateException: " + MARKER);
                case OVERSIZED -> json().withBody(valid.replace(MARKER, MARKER + " " + "x".repeat(12 * 1024 * 1024)));
                case SLOW -> json().withBody(valid).withFixedDelay(40_000);
            };
        }

        private static ResponseDefinitionBuilder json() {
            return aResponse().withStatus(200).withHeader("Content-Type", "application/json");
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aFaultyModelEndpointFallsBackToTheExtractiveAnswer(Kind kind) {
        DownstreamStubs.server().stubFor(post(urlPathEqualTo(COMPLETIONS)).willReturn(kind.response()));
        String subject = newSubject();
        String id = start(subject);
        try (LogCapture logs = LogCapture.start()) {
            JsonPath reply = assertTimeoutPreemptively(TURN_BOUND,
                    () -> say(subject, id, "How do I activate my new card?").statusCode(200).extract().jsonPath(),
                    "the turn did not end within the model's bound");
            assertEquals("ANSWER", reply.getString("kind"), reply.prettify());
            assertTrue(reply.getString("text").contains("From our help article"), reply.prettify());
            assertFalse(reply.prettify().contains(MARKER), "the endpoint's body reached the answer");
            assertFalse(reply.prettify().contains("xxxxxxxx"), "the endpoint's body reached the answer");
            assertTrue(logs.lines().stream().noneMatch(line -> line.contains(MARKER)), "the endpoint's body was logged");
        }
    }
}
