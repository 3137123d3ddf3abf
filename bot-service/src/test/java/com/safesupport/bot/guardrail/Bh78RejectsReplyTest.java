package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 78 (issue 14, branch bh78): {@link FollowUp#rejectsReply} — the customer rejects the last reply with "not" or
 * "again" in words round 43's "did not answer" does not read. Sentences made up for this test, not from a dataset or
 * from the written conversation sets.
 */
class Bh78RejectsReplyTest {

    @Test
    void notOrAgainRightAfterAnUnhelpfulReplyRejectsIt() {
        for (String s : List.of("The savings transfer still isn't showing anywhere in my app.",
                "Ich sehe das Feld für den Dauerauftrag nicht.",
                "Je ne trouve toujours pas le bouton pour le virement.",
                "Otra vez lo mismo, quiero mover mis ahorros a la cuenta corriente.",
                "Dat is opnieuw hetzelfde, mijn pas werkt nog steeds niet in de winkel.")) {
            assertTrue(FollowUp.rejectsReply(s, true, false), s);
        }
    }

    @Test
    void theSameNeedPressedAfterAnAnswerRejectsItOneCalmRephrasingDoesNot() {
        assertTrue(FollowUp.rejectsReply("So can the loan be paid off early or not?", false, true));
        // Calm, the same need: answered like any question (round 34), even with "once more".
        assertFalse(FollowUp.rejectsReply("Sorry, once more: where do I change the loan repayment date?", false, true));
        // Pressed, but another need (cosine below Repetition.SAME_NEED) right after an answer: not this rule's.
        assertFalse(FollowUp.rejectsReply("So can the loan be paid off early or not?", false, false));
        assertTrue(Repetition.SAME_NEED < Repetition.REPHRASED);
    }

    @Test
    void courtesyThanksSettlingANewTopicAndRoundFortyThreesOwnWordsAreNotThisRule() {
        for (String s : List.of("No problem, thanks a lot!", "Nope.", "Not a problem, that worked, cheers.",
                "By the way, is there no fee for paying in cash at the counter?",
                "That doesn't answer my question about the standing order.")) {
            assertFalse(FollowUp.rejectsReply(s, true, true), s);
        }
        // A calm new question without "not" or "again" after a decline is round 64's calm new question.
        assertFalse(FollowUp.rejectsReply("How long does a transfer to Iceland take?", true, true));
    }

    @Test
    void hostileInputIsLinearHugeAndOddUnicodeDoNotThrow() {
        for (String unit : List.of("not again not again ", "no, still not what I asked. ", "n't n't n't ",
                "so can I or not? ", "\u200b\u0301not\u202e again\uFE0F ", "😤 nicht wieder, ")) {
            RuleLinearity.assertLinear(unit, t -> FollowUp.rejectsReply(t, true, true), 16);
            RuleLinearity.assertLinear(unit, t -> FollowUp.rejectsReply(t, false, true), 16);
            RuleLinearity.assertLinear(unit, FollowUp::pressed, 16);
        }
        String huge = "still not it again ".repeat(5_000);
        assertTrue(FollowUp.rejectsReply(huge, true, false));
        String odd = "\u0000\uD83D\uDE00\u0301\u200d\u202e\uFFFD".repeat(500);
        assertFalse(FollowUp.rejectsReply(odd, true, true));
        assertFalse(FollowUp.pressed(odd));
    }
}
