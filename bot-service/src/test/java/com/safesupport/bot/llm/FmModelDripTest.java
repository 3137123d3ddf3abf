package com.safesupport.bot.llm;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.safesupport.bot.support.BotTest;
import com.safesupport.bot.support.DownstreamStubs;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The model endpoint answers 200 and drips a valid completion over 60 s (WireMock stands in for the LLM vendor, the
 * one thing these tests mock). The model call's bound (shortened to 3 s here) must end the turn with the extractive
 * answer, five turns in a row; the abandoned calls leave no more than one thread each, and the next turn gets the
 * model's answer again. That the abandoned call's thread is free again soon after is Fm3ModelDripThreadTest's.
 * docs/bot.md, "Faults of the model endpoint".
 */
@QuarkusTest
@TestProfile(FmModelDripTest.ShortModelBound.class)
class FmModelDripTest extends BotTest {

    private static final String COMPLETIONS = "/llm/v1/chat/completions";
    private static final String MARKER = "Drip-Marker-Quillon";
    /** The shortened model bound (3 s) plus the rest of the turn. */
    private static final Duration TURN_BOUND = Duration.ofSeconds(10);

    /** LLM mode with the model call bounded at 3 s instead of 20 s, so five dripping turns stay short. */
    public static class ShortModelBound implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(new LlmModeProfile().getConfigOverrides());
            config.put("com.safesupport.bot.answer.LlmAnswerer/answer/Timeout/value", "3000");
            // SupportAssistant's own bound (it frees the abandoned call's thread): the generated AI service class.
            config.put("com.safesupport.bot.answer.SupportAssistant$$QuarkusImpl/answer/Timeout/value", "3000");
            config.put("com.safesupport.bot.answer.SupportAssistant$$QuarkusImpl/reanswer/Timeout/value", "3000");
            return config;
        }
    }

    private static ResponseDefinitionBuilder completion(String content) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"c1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"stub\",\"choices\":[{\"index\":0,"
                        + "\"message\":{\"role\":\"assistant\",\"content\":\"" + content + "\"},\"finish_reason\":\"stop\"}],"
                        + "\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":10,\"total_tokens\":20}}");
    }

    /** Threads still running the body of the model call (the bean's own method, not the turn waiting for it). */
    private static List<String> threadsInsideTheModelCall() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> Arrays.stream(e.getValue()).anyMatch(frame ->
                        frame.getClassName().equals("com.safesupport.bot.answer.LlmAnswerer")
                                && frame.getMethodName().equals("answer")))
                .map(e -> e.getKey().getName() + " " + Arrays.stream(e.getValue()).limit(12).map(String::valueOf).toList())
                .toList();
    }

    @Test
    void fiveDrippingModelAnswersEachEndWithinTheBoundAndTheNextTurnGetsTheModel() {
        DownstreamStubs.server().stubFor(post(urlPathEqualTo(COMPLETIONS))
                .willReturn(completion(MARKER).withChunkedDribbleDelay(30, 60_000)));
        for (int turn = 1; turn <= 5; turn++) {
            String subject = newSubject();
            String id = start(subject);
            JsonPath reply = assertTimeoutPreemptively(TURN_BOUND,
                    () -> say(subject, id, "How do I activate my new card?").statusCode(200).extract().jsonPath(),
                    "dripping turn " + turn + " did not end within the model's bound");
            assertEquals("ANSWER", reply.getString("kind"), reply.prettify());
            assertTrue(reply.getString("text").contains("From our help article"), reply.prettify());
            assertFalse(reply.prettify().contains(MARKER), "the endpoint's body reached the answer");
        }

        // No pile-up beyond one thread per abandoned call (Fm3ModelDripThreadTest: each is free again within 5 s of
        // its bound), and the bulkhead (8) caps them, so turns are never held.
        List<String> abandoned = threadsInsideTheModelCall();
        assertTrue(abandoned.size() <= 5, "more threads than abandoned calls: " + abandoned);

        DownstreamStubs.server().stubFor(post(urlPathEqualTo(COMPLETIONS)).willReturn(
                completion("You can activate your card in the app under Cards > Activate card by entering the code from the letter.")));
        String subject = newSubject();
        String id = start(subject);
        assertTimeoutPreemptively(TURN_BOUND, () -> say(subject, id, "How do I activate my new card?").statusCode(200)
                .body("kind", is("ANSWER")));
        given().auth().oauth2(TOKENS.customer(subject)).when().get("/v1/conversations/" + id + "/decisions")
                .then().body("[0].answerMode", is("llm"));
    }
}
