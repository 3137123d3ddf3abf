package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 48 (issue 14, branch bh48): how long a customer has waited already is a complaint, not agreeing to wait
 * ({@link FollowUp#settled}, {@link FollowUp#waits}); a German "that does not answer my question" with a few adverbs
 * between verb and "nicht" is still read as not answered ({@link FollowUp#notAnswered}). Sentences written for this test.
 */
class Bh48FollowUpTest {

    @Test
    void waitingForALongTimeAlreadyIsNoSettling() {
        for (String text : new String[]{"Cela fait dix jours que j'attends.", "J'attends depuis lundi.", "Ich warte seit Montag darauf.",
                "Seit zwei Wochen warte ich schon.", "Llevo diez días esperando.", "Ik wacht al twee weken.", "Aspetto da lunedì.",
                "Espero há uma semana.", "Czekam od poniedziałku.", "I've been waiting for ten days."}) {
            assertFalse(FollowUp.settled(text), text);
            assertFalse(FollowUp.waits(text), text);
        }
    }

    @Test
    void lookAlikesAgreeingToWaitStillSettle() {
        for (String text : new String[]{"D'accord, j'attends.", "Ok, dann warte ich.", "Ik wacht wel.", "Vale, esperaré.", "Ok, I'll wait."}) {
            assertTrue(FollowUp.settled(text), text);
        }
    }

    @Test
    void aGermanNotAnsweredWithAdverbsInBetweenIsMissed() {
        assertTrue(FollowUp.missed("Das beantwortet meine Frage heute leider wieder nicht."));
        assertTrue(FollowUp.missed("Das beantwortet meine Frage nicht."), "as before");
        // Look-alikes: an answered question, and "nicht" only past the sentence's end.
        assertFalse(FollowUp.missed("Das beantwortet meine Frage, vielen Dank."));
        assertFalse(FollowUp.missed("Das beantwortet meine Frage. Ich brauche die Karte jetzt nicht mehr."));
    }

    @Test
    void theRulesAreLinearOnHostileInput() {
        RuleLinearity.assertLinear("beantwortet aaaa bbbb cccc dddd eeee ", FollowUp::notAnswered, 16);
        RuleLinearity.assertLinear("ça fait que seit warte llevo ", FollowUp::notAnswered, 16);
        RuleLinearity.assertLinear("j'attends ", FollowUp::settled, 16);
    }
}
