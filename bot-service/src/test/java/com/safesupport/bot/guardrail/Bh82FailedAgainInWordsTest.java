package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 82 (issue 14, branch bh82): {@link FollowUp#rejectsAndAsksAgain} (the reply did not answer and the question
 * stands) and {@link FollowUp#missedAgain} (the replies missed more than once) in the eight languages, and the
 * look-alikes they leave alone: a bare "that's not what I asked", a rejection that adds a fact, a calm correction, what
 * the customer tried that did not help, "I still can't see ..." said once. Texts made up for this test, not from a
 * dataset or from the written sets.
 */
class Bh82FailedAgainInWordsTest {

    private static final List<String> REJECTS_AND_ASKS_AGAIN = List.of(
            "That isn't what I asked. Can a paper statement be posted to me, yes or no?",
            "That doesn't answer my question, I asked about the fee for a replacement PIN letter.",
            "thats not what i asked, i need to know if the card works in Canada",
            "This answer didn't help with the loan. Can the term be shortened or not?",
            "That's not it, I'm asking whether the limit resets at midnight.",
            "Das beantwortet meine Frage nicht, es geht um das Tagesgeldkonto.",
            "Ce n'est pas ma question, je parle du livret de mon fils.",
            "Eso no es lo que pregunté, necesito saber cuándo llega la tarjeta.",
            "Non è quello che ho chiesto, voglio sapere se posso pagare a rate.",
            "Dat is niet wat ik vroeg, ik wil weten of het ook zakelijk kan.",
            "Isso não responde à minha pergunta. Quero saber quanto custa a transferência.",
            "Nie o to pytałem, chodzi mi o kartę kredytową.");

    private static final List<String> NOT_ASKING_AGAIN = List.of(
            "That's not what I asked.",
            "That doesn't answer it, the app said it was free.",
            "Sorry, I meant the savings account.",
            "I tried that already, didn't help.",
            "Das beantwortet meine Frage leider nicht.",
            "Can I also order a second card?",
            "Thanks, that answers it.");

    private static final List<String> MISSED_AGAIN = List.of(
            "Still not what I asked.",
            "That doesn't answer it either.",
            "Again that's not my question.",
            "Hmm, that's not it either.",
            "You keep telling me about savings accounts.",
            "you keep not answering the question",
            "It's the same answer as before.",
            "It doesn't help me at all, same page again.",
            "Das beantwortet meine Frage schon wieder nicht.",
            "Encore une réponse à côté.",
            "Sigue sin responder a lo que pregunto.",
            "Continui a rispondere d'altro.",
            "Jullie antwoorden gaan steeds over iets anders.",
            "Continua sem responder à minha pergunta.",
            "Znowu to samo, nie o to pytałem.");

    private static final List<String> NOT_MISSED_AGAIN = List.of(
            "I still cannot see where the fee comes from.",
            "I have read it twice and I still can't find the form.",
            "Could you give me the rate again? I'm writing it down.",
            "That doesn't answer my question.",
            "Again, thanks a lot for the help.",
            "The app shows the same page again after the login.",
            "El vendedor sigue sin responder a mis correos.",
            "A loja continua sem responder aos meus emails.",
            "Sie antworten nicht, der Händler ist seit Tagen still.",
            "I'll try again tomorrow.");

    @Test
    void aRejectionThatAsksAgainIsReadInTheEightLanguages() {
        for (String text : REJECTS_AND_ASKS_AGAIN) {
            assertTrue(FollowUp.rejectsAndAsksAgain(text), text);
        }
    }

    @Test
    void aBareRejectionAFactOrACalmCorrectionIsNot() {
        for (String text : NOT_ASKING_AGAIN) {
            assertFalse(FollowUp.rejectsAndAsksAgain(text), text);
        }
    }

    @Test
    void aMissSaidToRepeatIsReadInTheEightLanguages() {
        for (String text : MISSED_AGAIN) {
            assertTrue(FollowUp.missedAgain(text), text);
        }
        for (String text : NOT_MISSED_AGAIN) {
            assertFalse(FollowUp.missedAgain(text), text);
        }
    }

    @Test
    void hostileInputStaysLinear() {
        for (String unit : List.of("that is not what i asked i ", "you keep keep telling ", "that doesn't help again ", "still still not it ",
                "ce n'est pas ma question je ", "nie o to pytałem znowu ", "the same answer as the same answer ", "?\u00a0\u200b☺️ 𝔞 ")) {
            RuleLinearity.assertLinear(unit, FollowUp::rejectsAndAsksAgain);
            RuleLinearity.assertLinear(unit, FollowUp::missedAgain);
        }
    }

    @Test
    void hugeInputAndOddUnicodeDoNotBreakIt() {
        String huge = "The card is blocked. ".repeat(20_000) + "That isn't what I asked, I need to know when.";
        assertTrue(FollowUp.rejectsAndAsksAgain(huge));
        assertTrue(FollowUp.missedAgain("You\u00a0keep telling me about cash"));
        assertFalse(FollowUp.missedAgain("☺️ 𝔞𝔟 \u3000\u2028"));
        assertFalse(FollowUp.rejectsAndAsksAgain(""));
        assertFalse(FollowUp.missedAgain(""));
    }
}
