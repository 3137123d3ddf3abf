package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.embedding.Embedder;
import com.safesupport.bot.guardrail.InputScreen;
import com.safesupport.bot.handoff.Reason;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.bot.conversation.pipeline.ConversationReplay.trace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 68 (issue 14, branch bh68): whole conversations through {@link ConversationReplay} with a knowledge base that
 * finds nothing. The customer's own situation told at the second message in words no rule names goes to a person as
 * {@code SENSITIVE_TOPIC} at that message, read by the sensitive-situation model ({@code own-situation}); an ordinary
 * question and an insurance question are not handed over as sensitive. Conversations written for this test, not from a
 * dataset or from the written sets.
 */
@QuarkusTest
class Bh68OwnSituationModelPipelineTest {

    @Inject
    Embedder embedder;

    @Inject
    InputScreen screen;

    @Test
    void theCustomersOwnSituationHandsOverAtTheMessageThatTellsIt() {
        for (List<String> conversation : List.of(
                List.of("How do I change the address on my account?",
                        SITUATION),
                List.of("Can I order a new debit card?",
                        SITUATION_OTHER_LANGUAGE))) {
            List<ConversationReplay.Turn> turns = ConversationReplay.declined(embedder, screen, conversation.toArray(String[]::new));
            assertEquals(2, turns.size(), trace(turns));
            assertFalse(turns.getFirst().verdict().handsOff(), trace(turns));
            assertTrue(turns.getLast().verdict().handsOff(), trace(turns));
            assertEquals(Reason.SENSITIVE_TOPIC, turns.getLast().verdict().handoffReasons().getFirst(), trace(turns));
            assertTrue(turns.getLast().guardrails().stream().anyMatch(g -> ("HIT:" + InputScreen.OWN_SITUATION).equals(g.outcome())),
                    turns.getLast().guardrails().toString());
        }
    }

    @Test
    void anInsuranceQuestionIsNotTheCustomersSituation() {
        List<ConversationReplay.Turn> turns = ConversationReplay.declined(embedder, screen,
                "Does your home insurance cover a stay in hospital?", "And is there a fee for paying the premium by card?");
        assertFalse(turns.getLast().verdict().handoffReasons().contains(Reason.SENSITIVE_TOPIC), trace(turns));
    }

    static final String SITUATION = "I am at the hospital with my little girl, she is very ill and I haven't slept in days.";
    static final String SITUATION_OTHER_LANGUAGE = "Sono in ospedale da un mese e non so come pagare l'affitto.";
}
