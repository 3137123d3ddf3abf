package com.safesupport.bot.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round bl1 (issue 14), shipped alone by round bl2 (main's human-request model unchanged): the reader that turns written conversations into training rows for the learned guardrails.
 * The conversations here are made up for this test; a held set is refused.
 */
class Bl2ConversationExamplesTest {

    private static final String SET = """
            # --- made up for this test
            = HUMAN_REQUESTED 2-3
            Why did my card stop working at the bakery?
            It says declined every time.
            Please get me a colleague of yours on the line.

            = SENSITIVE_TOPIC 2
            Can I pause my savings plan?
            My husband Tomasz passed away on Friday and I cannot think straight.

            = NONE
            Who is my account manager at the branch?
            Thanks, that helps.

            = REPEATED_FAILURE|NEGATIVE_SENTIMENT 3
            Do you sell gold bars?
            What about silver coins?
            This is useless.

            = SENSITIVE_TOPIC|NEGATIVE_SENTIMENT 2
            My loan payment bounced.
            I lost my job and I am furious with everything.
            """;

    @Test
    void labelsTheLastExpectedTurnAndEveryLookAlikeMessageAndLeavesTheRestOut() {
        List<ConversationExamples.Row> rows = ConversationExamples.of("made-up", ConversationEvaluation.parseSet(SET));
        assertEquals(List.of(
                new ConversationExamples.Row("made-up", "Please get me a colleague of yours on the line.", ConversationExamples.Label.HUMAN_REQUEST),
                new ConversationExamples.Row("made-up", "My husband Tomasz passed away on Friday and I cannot think straight.", ConversationExamples.Label.SENSITIVE),
                new ConversationExamples.Row("made-up", "Who is my account manager at the branch?", ConversationExamples.Label.LOOK_ALIKE),
                new ConversationExamples.Row("made-up", "Thanks, that helps.", ConversationExamples.Label.LOOK_ALIKE)), rows);
    }

    @Test
    void refusesHeldSetsAndSetsWithAHeldHalf() {
        for (String set : List.of("r40h", "r87h", "r28", "r30", "r30b", "r32", "r34", "r35", "r99h")) {
            assertThrows(IllegalArgumentException.class, () -> ConversationExamples.read(set), set);
            assertThrows(IllegalArgumentException.class, () -> ConversationExamples.read(List.of("r73h", set)), set);
        }
    }

    @Test
    void readsATuneOnlySet() throws Exception {
        List<ConversationExamples.Row> rows = ConversationExamples.read("r73h");
        assertTrue(rows.stream().anyMatch(r -> r.label() == ConversationExamples.Label.SENSITIVE));
        assertTrue(rows.stream().anyMatch(r -> r.label() == ConversationExamples.Label.HUMAN_REQUEST));
        assertFalse(rows.stream().anyMatch(r -> !r.set().equals("r73h")));
    }

    @Test
    void theTrainingReadsEveryTuneOnlySetByDefaultAndNoHeldOne() {
        List<String> sets = GuardrailTraining.conversationSets();
        assertEquals(ConversationEvaluation.TUNE_ONLY.size(), sets.size());
        assertTrue(sets.stream().noneMatch(ConversationEvaluation.HELD_ONLY::contains));
    }
}
