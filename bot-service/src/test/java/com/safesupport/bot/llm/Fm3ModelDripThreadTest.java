package com.safesupport.bot.llm;

import com.safesupport.bot.support.BotTest;
import com.safesupport.bot.support.DownstreamStubs;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The model endpoint drips its answer over 60 s and the model call's bound (3 s here) ends each turn with the
 * extractive answer (FmModelDripTest): the abandoned call's worker thread must be free again within a bound after
 * the timeout, not only when the endpoint stops sending. On main the three threads were still parked in the REST
 * client's blocking wait after 5 s (SmallRye's asynchronous timeout interrupts nothing, and LangChain4j's retry sent the
 * request again after an interruption); SupportAssistant's synchronous {@code @Timeout} (3 s here, its test profile)
 * with LangChain4j's retry off frees them.
 */
@QuarkusTest
@TestProfile(FmModelDripTest.ShortModelBound.class)
class Fm3ModelDripThreadTest extends BotTest {

    private static final String COMPLETIONS = "/llm/v1/chat/completions";
    private static final Duration TURN_BOUND = Duration.ofSeconds(10);
    private static final Duration RELEASE_BOUND = Duration.ofSeconds(5);

    private static List<String> threadsInsideTheModelCall() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> Arrays.stream(e.getValue()).anyMatch(frame ->
                        frame.getClassName().equals("com.safesupport.bot.answer.LlmAnswerer")
                                && frame.getMethodName().equals("answer")))
                .map(e -> e.getKey().getName() + " " + Arrays.stream(e.getValue()).limit(40).map(String::valueOf).toList())
                .toList();
    }

    @Test
    void anAbandonedModelCallFreesItsThreadWithinABoundAfterTheTimeout() {
        DownstreamStubs.server().stubFor(post(urlPathEqualTo(COMPLETIONS)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"c1\",\"object\":\"chat.completion\","
                        + "\"created\":1,\"model\":\"stub\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
                        + "\"content\":\"slow\"},\"finish_reason\":\"stop\"}]}").withChunkedDribbleDelay(30, 60_000)));
        for (int turn = 1; turn <= 3; turn++) {
            String subject = newSubject();
            String id = start(subject);
            assertTimeoutPreemptively(TURN_BOUND, () -> say(subject, id, "How do I activate my new card?").statusCode(200));
        }
        try {
            Awaitility.await("the abandoned calls' threads free again").atMost(RELEASE_BOUND)
                    .pollInterval(Duration.ofMillis(100)).until(() -> threadsInsideTheModelCall().isEmpty());
        } catch (ConditionTimeoutException e) {
            fail("threads still inside the abandoned model calls " + RELEASE_BOUND + " after the last turn: "
                    + threadsInsideTheModelCall());
        }
    }
}
