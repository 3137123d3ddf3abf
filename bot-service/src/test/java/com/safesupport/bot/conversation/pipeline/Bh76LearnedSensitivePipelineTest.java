package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.embedding.Embedder;
import com.safesupport.bot.embedding.MiniLm;
import com.safesupport.bot.guardrail.InputScreen;
import com.safesupport.bot.guardrail.LearnedSensitiveHold;
import com.safesupport.bot.guardrail.SensitiveTopicDetector;
import com.safesupport.bot.handoff.Reason;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static com.safesupport.bot.conversation.pipeline.ConversationReplay.trace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 76 (bh76, issue 14): where the assistant has already failed and the message says so, the learned sensitive-topic
 * layer's hand-over names the failure first ({@code REPEATED_FAILURE}, then {@code SENSITIVE_TOPIC}) and the decision
 * record names the shape; a sensitive situation the learned layer is sure of is handed over as {@code SENSITIVE_TOPIC}
 * as before. Messages written for this test, not from a dataset or a written set.
 */
class Bh76LearnedSensitivePipelineTest {

    static final String FAILING_AGAIN = "That is not what I asked, I can't cope with this any more.";

    @Test
    void theAssistantFailingAgainIsNamedFirst() {
        assertEquals(Optional.empty(), SensitiveTopicDetector.detect(FAILING_AGAIN));
        Embedder embedder = Embedder.standalone(MiniLm.instance());
        List<ConversationReplay.Turn> turns = ConversationReplay.declined(embedder, InputScreen.standalone(embedder),
                "How do I change the currency of my savings pot?", FAILING_AGAIN);
        assertEquals(2, turns.size(), trace(turns));
        assertTrue(turns.getLast().verdict().handsOff(), trace(turns));
        assertEquals(List.of(Reason.REPEATED_FAILURE, Reason.SENSITIVE_TOPIC), turns.getLast().verdict().handoffReasons(), trace(turns));
        GuardrailRun run = turns.getLast().guardrails().stream().filter(g -> g.name().equals("sensitive-topic")).findFirst().orElseThrow();
        assertEquals("HIT:learned", run.outcome());
        assertEquals(LearnedSensitiveHold.FAILING_AGAIN, run.rule());
        assertTrue(run.score() < LearnedSensitiveHold.SURE, run.recorded());
    }

    @Test
    void aSituationTheLearnedLayerIsSureOfIsHandedOverAsBefore() {
        Embedder embedder = Embedder.standalone(MiniLm.instance());
        List<ConversationReplay.Turn> turns = ConversationReplay.declined(embedder, InputScreen.standalone(embedder),
                "How do I change the currency of my savings pot?", Bl2LearnedSensitivePipelineTest.UNREAD_BY_THE_RULES);
        assertTrue(turns.getLast().verdict().handsOff(), trace(turns));
        assertEquals(Reason.SENSITIVE_TOPIC, turns.getLast().verdict().handoffReasons().getFirst(), trace(turns));
    }
}
