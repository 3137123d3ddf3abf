package com.safesupport.bot.conversation;

import com.safesupport.bot.support.BotTest;
import com.safesupport.bot.support.DownstreamStubs;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The output check sends a reply to redaction-service once: a reply it found nothing in is not sent again (in any
 * conversation) until the memory of it runs out; a reply with any finding is checked on every turn.
 */
@QuarkusTest
class OutputLeakCheckTest extends BotTest {

    private static final String QUESTION = "How do I activate my card?";

    private static int redactCalls() {
        return DownstreamStubs.server().findAll(postRequestedFor(urlPathEqualTo("/v1/redact"))).size();
    }

    /** Redaction calls of one turn in a new conversation, and the reply. */
    private static String[] turn() {
        String subject = newSubject();
        String id = start(subject);
        int before = redactCalls();
        String reply = say(subject, id, QUESTION).statusCode(200)
                .body("explanation.guardrails.name", hasItem("personal-data-leak"))
                .extract().path("text");
        return new String[]{String.valueOf(redactCalls() - before), reply};
    }

    @Test
    void aCleanReplyIsCheckedOnceAndAgainAfterItsTimeRunsOut() {
        String[] first = turn();
        assertEquals("2", first[0], "the question and the reply are redacted");
        String[] second = turn();
        assertEquals("1", second[0], "the same clean reply is not sent again");
        assertEquals(first[1], second[1]);
        clock.advance(Duration.ofMinutes(11));
        assertEquals("2", turn()[0], "after ten minutes the reply is checked again");
    }

    @Test
    void aReplyWithAFindingIsCheckedEveryTime() {
        String reply = turn()[1];
        io.quarkus.arc.Arc.container().instance(com.safesupport.bot.redaction.CleanTexts.class).get().clear();
        // redaction-service finds the reply's first word as a name.
        String word = reply.split(" ")[0];
        String body = "{\"text\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf(reply) + ",\"entities\":[{\"type\":"
                + "\"PERSON\",\"start\":0,\"end\":" + word.length() + ",\"score\":1.0,\"operator\":\"PSEUDONYMIZE\","
                + "\"replacement\":\"<PERSON_9>\",\"recognizer\":\"test\"}],\"language\":\"en\"}";
        DownstreamStubs.server().stubFor(post(urlPathEqualTo("/v1/redact")).atPriority(1)
                .withRequestBody(containing(word))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body)));
        for (int i = 0; i < 2; i++) {
            String subject = newSubject();
            String id = start(subject);
            int before = redactCalls();
            say(subject, id, QUESTION).statusCode(200);
            assertTrue(redactCalls() - before >= 2, "a reply with a finding is never taken as clean");
        }
    }
}
