package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 84 (issue 14, branch bh84): the customer says the last reply missed in forms main's {@link FollowUp#notAnswered}
 * lacked — the contraction without its apostrophe, "that doesn't help", "still not it", "not it either", "still nothing
 * about", "you keep telling me ...", and "it does not help" in the seven other languages. Every text of the first list is
 * no miss on main (the test fails there); said after a reply already counted unhelpful it hands over as
 * {@code REPEATED_FAILURE} (OutputCheckStep), which the tune sets measure. Thanks, a reply that helped and "it doesn't
 * help that ..." (a situation, not the reply) stay no miss. Texts made up for this test, not from a dataset or the
 * written sets.
 */
class Bh84ReplyMissedTest {

    private static final List<String> MISSED = List.of(
            "that doesnt answer what I asked about the travel insurance",
            "This doesn't help, I need the cut-off time for Fridays.",
            "It didn't help me at all, the card is still frozen.",
            "Still not it. The joint ISA, not the single one.",
            "Sorry, that's not it either. I mean the business card.",
            "Still nothing about overdrafts. Is there one or not?",
            "You keep giving me the same page about mortgages.",
            "You keep not answering my question about the fee.",
            "Das hilft mir leider nicht weiter, es geht um das Sparkonto.",
            "Ça ne m'aide pas, je parle du prêt étudiant.",
            "Eso no me ayuda, pregunté por la tarjeta de crédito.",
            "Questo non mi aiuta, chiedevo del mutuo.",
            "Dat helpt me niet, ik bedoel de spaarrekening.",
            "Isso não me ajuda, perguntei sobre o cartão.",
            "To mi nie pomaga, pytałem o kredyt.");

    private static final List<String> NOT_MISSED = List.of(
            "Thanks, that helps a lot!",
            "It doesn't help that the app was down all weekend, but I managed. How do I set a PIN?",
            "Das hilft mir sehr, danke.",
            "Ça m'aide beaucoup, merci.",
            "Eso me ayuda mucho, gracias.",
            "Can you keep sending me the statements by post?",
            "Is that it? Great, nothing else then.");

    @Test
    void aReplySaidToMissInTheseWordsIsAMiss() {
        for (String text : MISSED) {
            assertTrue(FollowUp.notAnswered(text), text);
        }
    }

    @Test
    void thanksAndASituationAreNoMiss() {
        for (String text : NOT_MISSED) {
            assertFalse(FollowUp.notAnswered(text), text);
        }
    }

    @Test
    void theNewScansAreLinearOnHostileInput() {
        RuleLinearity.assertLinear("that doesnt doesn't help that ", FollowUp::notAnswered);
        RuleLinearity.assertLinear("das hilft mir mir ", FollowUp::notAnswered);
        RuleLinearity.assertLinear("you keep still not ", FollowUp::notAnswered);
    }
}
