package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 43 (issue 14, branch bh43): {@link FollowUp#notAnswered}, {@link FollowUp#corrects} and {@link
 * FollowUp#addsToQuestion} fire on their shapes and stay silent on look-alikes; each is linear on hostile input
 * ({@link RuleLinearity}). Sentences written for this test, none from a dataset or from the written conversation sets.
 */
class Bh43FollowUpRulesTest {

    @Test
    void notAnsweredFires() {
        for (String text : List.of("That doesn't really tell me what the fee is.", "I'm still none the wiser about the cut-off time.",
                "That's not really about joint accounts.", "I still can't find where the form is.",
                "Das beantwortet leider meine Frage nicht.", "Ça ne répond pas à ma question.", "Sigo sin saber cuánto cuesta.")) {
            assertTrue(FollowUp.notAnswered(text), text);
        }
    }

    @Test
    void notAnsweredStaysSilentOnLookAlikes() {
        for (String text : List.of("Does the fee cover transfers abroad?", "That answers it, thanks.",
                "Can you tell me the cut-off time?", "Is that about joint accounts too?")) {
            assertFalse(FollowUp.notAnswered(text), text);
        }
    }

    @Test
    void correctionFires() {
        for (String text : List.of("No, I mean whether the limit applies per day.", "Sorry, I meant the business card.",
                "I'm asking about the interest rate specifically.", "I asked about the form, not the deadline.",
                "Not the monthly fee, the one-off charge.", "Nein, ich meine das Tagesgeldkonto.", "Non, je parle du découvert.",
                "No, me refiero a la tarjeta de crédito.", "Nee, ik bedoel de spaarrekening.")) {
            assertTrue(FollowUp.corrects(text), text);
        }
    }

    @Test
    void correctionStaysSilentOnLookAlikes() {
        for (String text : List.of("What do you mean by a standing order?", "Not sure yet, can I change it later?",
                "Is the business card meant for VAT payments?",
                "Nothing arrived yet, is that normal?")) {
            assertFalse(FollowUp.corrects(text), text);
        }
    }

    @Test
    void aFollowOnQuestionFires() {
        for (String text : List.of("And can I do that in the app too?", "What about changing it later?", "Great, and is there a fee?",
                "Und geht das auch online?", "Et en agence ?", "¿Y desde el móvil?", "En kan dat ook in de app?")) {
            assertTrue(FollowUp.addsToQuestion(text), text);
        }
    }

    @Test
    void aFollowOnQuestionStaysSilentOnLookAlikes() {
        for (String text : List.of("And can I do it or not?", "And again, where is it?", "And that still doesn't answer it?",
                "Andrew here, can I open an account?", "And I'll do that now.", "So can I do it in the app?", "What is the fee?")) {
            assertFalse(FollowUp.addsToQuestion(text), text);
        }
    }

    @Test
    void theRulesAreLinearOnHostileInput() {
        RuleLinearity.assertLinear("no, i mean not the still can't doesn't really answer ", FollowUp::missed, 16);
        RuleLinearity.assertLinear("not a not the not my i asked about ich meine ", FollowUp::corrects, 16);
        RuleLinearity.assertLinear("ok and what about and ok ok great and ", FollowUp::addsToQuestion, 16);
        RuleLinearity.assertLinear("c'est fait dann warte ich ik wacht ", FollowUp::settled, 16);
    }
}
