package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stop 62 (lead): round 69's "a person as a unit" read every "a person" as a unit ("a fee a person"), so a request
 * said as "deal with a person" only mentioned one for the classifier ({@link HumanRequestDetector#mentionOnly}) and
 * was not handed over: the written report split's indirect requests fell from 1.000 to 0.938 with round 69. "a person"
 * is a unit only after an amount now. Sentences written for this test, not from a dataset or a written set.
 */
class Ld62APersonAsUnitTest {

    @Test
    void aPersonAfterAnAmountIsAUnit() {
        List<String> units = List.of(
                "The workshop costs €12 a person, can I pay it by card?",
                "Is the lounge access 30 euros a head or for the whole family?",
                "They charge a fee a person for the joint account statement?",
                "Il corso costa 20 a persona, posso pagare con bonifico?");
        List<String> notMentions = units.stream().filter(t -> !HumanRequestDetector.mentionOnly(t)).toList();
        assertTrue(notMentions.isEmpty(), "not read as a unit: " + notMentions);
    }

    @Test
    void aPersonWithoutAnAmountIsNotMaskedAsAUnit() {
        List<String> asks = List.of(
                "Honestly I would rather sort this out with a person than with menus.",
                "Can this be looked at by a person who understands mortgages?",
                "Is there a person I could explain the whole story to?");
        List<String> mentions = asks.stream().filter(HumanRequestDetector::mentionOnly).toList();
        assertTrue(mentions.isEmpty(), "read as a mention only: " + mentions);
    }

    @Test
    void theUnitReadingIsLinear() {
        RuleLinearity.assertLinear("12 a person € a head euros a persona ", HumanRequestDetector::mentionOnly);
        RuleLinearity.assertLinear("a a a a person person ", HumanRequestDetector::mentionOnly);
    }
}
