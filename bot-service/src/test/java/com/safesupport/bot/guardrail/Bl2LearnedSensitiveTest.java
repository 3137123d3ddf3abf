package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round bl1 (issue 14), shipped alone by round bl2 (main's human-request model unchanged): the learned sensitive-topic layer after {@link SensitiveTopicDetector}'s rules. The shipped
 * model loads with the rule signal; a rule category still decides and is named; the classifier reads the message's
 * words in linear time on hostile input. Texts written for this test.
 */
class Bl2LearnedSensitiveTest {

    private static final float[] NO_VECTOR = new float[384];

    @Test
    void theModelReadsTheEmbeddingTheWordsAndTheRule() {
        LinearModel model = LinearModel.load("sensitive");
        assertEquals(List.of("rule"), model.signals());
        assertEquals(384 + model.words() + 1, model.weights().length);
        assertTrue(model.threshold() > 0 && model.threshold() < 1);
    }

    @Test
    void aRuleCategoryStillDecidesAndIsNamed() {
        InputScreen screen = new InputScreen();
        String text = "My wife passed away last month and I need to close her account.";
        assertEquals(Optional.of("bereavement"), SensitiveTopicDetector.detect(text));
        Signal signal = screen.sensitive(text, NO_VECTOR);
        assertTrue(signal.hit());
        assertEquals(Optional.of("bereavement"), signal.rule());
    }

    @Test
    void anOrdinaryQuestionPassesTheLearnedLayer() {
        Signal signal = new InputScreen().sensitive("How do I change the PIN on my debit card?", NO_VECTOR);
        assertFalse(signal.hit());
        assertEquals(Optional.empty(), signal.rule());
    }

    @Test
    void hostileInputIsReadInLinearTime() {
        InputScreen screen = new InputScreen();
        for (String unit : List.of("passed away ", "a\u0308\u202E ", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "i lost my job and ")) {
            RuleLinearity.assertLinear(unit, t -> screen.sensitive(t, NO_VECTOR).hit());
        }
    }
}
