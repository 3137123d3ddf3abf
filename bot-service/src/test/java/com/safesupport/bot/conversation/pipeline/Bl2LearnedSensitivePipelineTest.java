package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.embedding.Embedder;
import com.safesupport.bot.embedding.MiniLm;
import com.safesupport.bot.guardrail.InputScreen;
import com.safesupport.bot.guardrail.SensitiveTopicDetector;
import com.safesupport.bot.handoff.Reason;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static com.safesupport.bot.conversation.pipeline.ConversationReplay.trace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round bl1 (issue 14), shipped alone by round bl2 (main's human-request model unchanged): a sensitive situation of the customer's own that no rule category reads goes to a person because
 * of the learned sensitive-topic layer ({@code sensitive.model}), and the decision record names it and its score. A
 * message written for this test, not from a dataset or a written set.
 */
class Bl2LearnedSensitivePipelineTest {

    static final String UNREAD_BY_THE_RULES = "Since the accident in March I cannot work and the hospital letters keep piling up on the table.";

    @Test
    void aSensitiveSituationTheRulesMissIsHandedOverByTheLearnedLayer() {
        assertEquals(Optional.empty(), SensitiveTopicDetector.detect(UNREAD_BY_THE_RULES));
        Embedder embedder = Embedder.standalone(MiniLm.instance());
        List<ConversationReplay.Turn> turns = ConversationReplay.declined(embedder, InputScreen.standalone(embedder), UNREAD_BY_THE_RULES);
        assertTrue(turns.getLast().verdict().handsOff(), trace(turns));
        assertEquals(Reason.SENSITIVE_TOPIC, turns.getLast().verdict().handoffReasons().getFirst(), trace(turns));
        GuardrailRun run = turns.getLast().guardrails().stream().filter(g -> g.name().equals("sensitive-topic")).findFirst().orElseThrow();
        assertEquals("HIT:learned", run.outcome());
        assertEquals("learned", run.rule());
        assertTrue(run.score() != null && run.score() >= com.safesupport.bot.guardrail.LinearModel.load("sensitive").threshold(), run.recorded());
        assertTrue(run.recorded().startsWith("sensitive-topic=HIT:learned;rule=learned;score=0."), run.recorded());
    }
}
