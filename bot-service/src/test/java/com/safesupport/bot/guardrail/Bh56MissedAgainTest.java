package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 56 (issue 14, branch bh56): the customer says the reply missed again ({@link FollowUp#missedAgain}: "still not
 * it", "you keep telling me ...", in the eight languages), or that it did not answer without the apostrophe, or that the
 * screen it describes is not there ({@link FollowUp#notAnswered}); "no, not a ..." corrects ({@link FollowUp#corrects});
 * "what was the fee again?" asks calmly once more ({@link FollowUp#confirming}). A transfer still not arrived, a card
 * someone keeps, or a pressing "so can I or not?" are none of these. Sentences written for this test.
 */
class Bh56MissedAgainTest {

    @Test
    void theReplyMissedAgain() {
        for (String text : List.of(
                "still not it. I need the yearly one",
                "Again not what I asked.",
                "you keep telling me about the savings account",
                "Immer noch nicht das, was ich brauche.",
                "Toujours pas ça, je parle du livret.",
                "Sigue sin ser eso.",
                "Ancora non è quello che cerco.",
                "Nog steeds niet wat ik bedoel.",
                "Ainda não é isso.",
                "Nadal nie to, chodzi o lokatę.")) {
            assertTrue(FollowUp.missedAgain(text), text);
            assertTrue(FollowUp.notAnswered(text), text);
        }
    }

    @Test
    void notAnsweredWithoutTheApostropheOrAScreenThatIsNotThere() {
        assertTrue(FollowUp.notAnswered("that doesnt answer my question"));
        assertTrue(FollowUp.notAnswered("the menu you describe doesn't exist in my app"));
        assertTrue(FollowUp.notAnswered("The button you mentioned isn't there"));
        assertTrue(FollowUp.corrects("no, not a normal savings account. the one with the bonus"));
        assertTrue(FollowUp.confirming("What was the fee for that again?"));
        assertTrue(FollowUp.confirming("Sorry, how long did you say it takes?"));
    }

    @Test
    void lookAlikesAreNot() {
        for (String text : List.of(
                "My transfer has still not arrived.",
                "You keep my card details safe, right?",
                "I still want to keep the account open.",
                "Das Geld ist immer noch nicht da.",
                "Mon virement n'est toujours pas arrivé.")) {
            assertFalse(FollowUp.missedAgain(text), text);
            assertFalse(FollowUp.notAnswered(text), text);
        }
        assertFalse(FollowUp.confirming("So can I do it again or not?"));
    }

    @Test
    void theRulesAreLinearOnHostileInput() {
        RuleLinearity.assertLinear("still not it you keep telling ", FollowUp::notAnswered, 16);
        RuleLinearity.assertLinear("the menu you describe is ", FollowUp::notAnswered, 16);
        RuleLinearity.assertLinear("what was the fee how long did you ", FollowUp::confirming, 16);
        RuleLinearity.assertLinear("no, not a normal account ", FollowUp::corrects, 16);
    }
}
