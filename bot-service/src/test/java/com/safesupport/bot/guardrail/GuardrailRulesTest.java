package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The explainable first layer: which rule fires, and what it must leave alone. */
class GuardrailRulesTest {

    @Test
    void askingToBeGivenSomebodyIsARequestForAPerson() {
        assertEquals(Optional.of("get-me-someone"), HumanRequestDetector.rule("ok this is not working, find me somebody at the bank"));
        assertEquals(Optional.of("get-me-someone"), HumanRequestDetector.rule("Get me somebody from the bank"));
        assertEquals(Optional.of("someone-who-can"), HumanRequestDetector.rule("is there somebody that can actually sort this out"));
    }

    @Test
    void askingSomebodyToActOrWhetherAPersonIsThereIsARequestForAPerson() {
        assertEquals(Optional.of("someone-act"), HumanRequestDetector.rule("could somebody from your team look into it"));
        assertEquals(Optional.of("anyone-there"), HumanRequestDetector.rule("is there anybody real there"));
        assertEquals(Optional.of("person-not-bot"), HumanRequestDetector.rule("I'd like help from people, not a chatbot"));
        assertFalse(HumanRequestDetector.detect("Can someone else use my card?"));
    }

    @Test
    void staffNamedByTheirRoleAreRequestsForAPerson() {
        assertEquals(Optional.of("staff-by-role"), HumanRequestDetector.rule("could one of your advisors check my card order"));
        assertEquals(Optional.of("have-someone-act"), HumanRequestDetector.rule("just have somebody check my card order"));
        assertEquals(Optional.of("no-automated"), HumanRequestDetector.rule("I'd rather not deal with an automated reply"));
        assertEquals(Optional.of("de-colleague"), HumanRequestDetector.rule("verbinden Sie mich bitte mit einem Berater"));
        assertFalse(HumanRequestDetector.detect("How do I add my colleague as a payee?"));
    }

    @Test
    void goingRoundInCirclesIsAStrongFrustrationWord() {
        assertEquals(Optional.of("strong-words"), SentimentScorer.rule("we are going round in circles here"));
        assertEquals(Optional.of("strong-words"), SentimentScorer.rule("I already asked this twice"));
        assertTrue(SentimentScorer.rule("How do I set up a standing order?").isEmpty());
    }

    @Test
    void paymentsToSomeoneAreNotRequestsForAPerson() {
        assertFalse(HumanRequestDetector.detect("How do I send money to someone abroad?"));
        assertFalse(HumanRequestDetector.detect("Can I transfer funds to somebody who has no account?"));
    }

    @Test
    void swearingIsASignalOfAnnoyanceNotAbuse() {
        double[] s = SentimentScorer.signals("where is the damn statement for March");
        assertEquals(SentimentScorer.SIGNALS.size(), s.length);
        assertEquals(1.0, s[SentimentScorer.SIGNALS.indexOf("profanity")]);
        assertEquals(0.0, s[SentimentScorer.SIGNALS.indexOf("abuse")]);
        assertEquals(Optional.of("profanity"), SentimentScorer.rule("this bloody app logged me out"));
        assertFalse(AbuseDetector.detect("this bloody app logged me out"), "swearing at a thing is not an insult");
        assertEquals(0.0, SentimentScorer.signals("Where can I see my statement for March?")[SentimentScorer.SIGNALS.indexOf("profanity")]);
        assertTrue(SentimentScorer.rule("Where can I see my statement for March?").isEmpty());
    }
}
