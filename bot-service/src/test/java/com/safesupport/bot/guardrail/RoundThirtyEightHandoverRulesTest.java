package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 38 (issue 14): the round's rules — a calm "that did not answer" ({@link FollowUp#notAnswered}), the person to
 * turn to asked for ({@code whom-to-turn-to}), an impersonator who is no person asked for, a victim of someone posing
 * as a relative or an official, being sued — each with look-alikes that must stay silent and a hostile-input
 * linear-time check ({@link RuleLinearity}, ×16 by CPU time). Sentences written for this test, none from a dataset or
 * from the round's written conversations.
 */
class RoundThirtyEightHandoverRulesTest {

    @Test
    void aCalmNotAnsweredIsRecognisedInSevenLanguages() {
        for (String text : List.of(
                "Hmm, that's not really what I asked.",
                "That article isn't about joint mortgages at all.",
                "Your answer doesn't quite cover cheques from abroad.",
                "Sorry, it doesn't answer my question about the pension.",
                "Not exactly what I was looking for, I'm afraid.",
                "I'm still none the wiser about the limit.",
                "I still can't work out where the setting is.",
                "Leider beantwortet das meine Frage nicht.",
                "Ich verstehe immer noch nicht, wie das geht.",
                "Ce n'est pas tout à fait ma question.",
                "Je ne trouve toujours pas le formulaire.",
                "Sigo sin entender cómo se hace.",
                "Non è quello che ho chiesto.",
                "Dat is niet wat ik bedoelde.",
                "Continuo sem perceber a taxa.")) {
            assertTrue(FollowUp.notAnswered(text), text);
        }
    }

    @Test
    void notAnsweredLookAlikes() {
        for (String text : List.of(
                "That's about it from me, thanks.",
                "Is this related to the fee I paid last week?",
                "I'm not sure which card to choose, can you compare them?",
                "I still haven't received my new card.",
                "I still don't have my refund, when will it arrive?",
                "It doesn't matter, I found the form.",
                "Ich weiß nicht, ob ich eine Kreditkarte brauche.",
                "Ça ne répond pas à mes attentes, ce taux d'intérêt.",
                "Sigo esperando la tarjeta nueva.",
                "")) {
            assertFalse(FollowUp.notAnswered(text), text);
        }
    }

    @Test
    void theClosingWordsOfAFrenchCustomerSettleTheQuestion() {
        assertTrue(FollowUp.settled("Parfait, c'est fait."));
        assertTrue(FollowUp.settled("Ça y est, merci !"));
        assertFalse(FollowUp.settled("C'est fait mais ça ne marche pas."));
    }

    private static void asks(String text) {
        assertEquals(Optional.of("whom-to-turn-to"), HumanRequestDetector.rule(text), text);
    }

    @Test
    void thePersonToTurnToIsAskedFor() {
        asks("Who should we get in touch with about the overdraft letter?");
        asks("Who do I raise this with at the bank?");
        asks("Who can I complain to about the branch's opening hours?");
        asks("À qui dois-je m'adresser pour une réclamation ?");
        asks("Gibt es jemanden, der mich heute noch zurückrufen könnte?");
        assertEquals(Optional.of("nl-talk-to-person"), HumanRequestDetector.rule("Kan ik met iemand van het kantoor overleggen over mijn lening?"));
    }

    @Test
    void whoQuestionsThatAskForNoPerson() {
        for (String text : List.of(
                "Who do I make the standing order payable to?",
                "Who should I send the rent to if the landlord changed banks?",
                "Who can see my transactions in a joint account?",
                "Who do I contact to cancel a card payment?",
                "À qui dois-je envoyer l'argent pour le loyer ?",
                "Ich kann mich nicht anmelden, können Sie helfen?")) {
            assertEquals(Optional.empty(), HumanRequestDetector.rule(text), text);
        }
    }

    @Test
    void anImpersonatorIsNoPersonAskedFor() {
        assertEquals(Optional.empty(), HumanRequestDetector.rule("Is a text from someone claiming to be your bank ever genuine?"));
        assertTrue(HumanRequestDetector.mentionOnly("How do I recognise a message from someone pretending to be the bank?"));
        // a request beside the impersonator still counts
        assertTrue(HumanRequestDetector.detect("Someone claiming to be the bank rang me, can I speak to a real person?"));
    }

    private static void sensitive(String category, String text) {
        assertEquals(Optional.of(category), SensitiveTopicDetector.detect(text), text);
    }

    private static void notSensitive(String text) {
        assertEquals(Optional.empty(), SensitiveTopicDetector.detect(text), text);
    }

    @Test
    void aVictimOfAnImpersonatorAndBeingSued() {
        sensitive("fraud-in-progress", "A woman posing as my grandson's teacher asked for a school fee and I paid it.");
        sensitive("fraud-in-progress", "He was pretending to be from the energy company, I transferred 400 pounds.");
        sensitive("fraud-in-progress", "A fake police officer came to the door and I gave him my card.");
        sensitive("legal-threat", "We are being sued over the car accident and need advice about our savings.");
        sensitive("legal-threat", "The court has ordered me to hand over six months of statements.");
    }

    @Test
    void impersonationAndCourtLookAlikes() {
        notSensitive("What should I do if someone calls pretending to be from the bank?");
        notSensitive("Can people pretend to be my bank by text?");
        notSensitive("How does the court fee get paid by card?");
        notSensitive("Can I pay a court parking fine by card?");
        notSensitive("Is the fake card used in your app videos a real number?");
    }

    @Test
    void theRulesAreLinearOnHostileInput() {
        RuleLinearity.assertLinear("that isn't still not sure doesn't quite cover sigo sin non è ", FollowUp::notAnswered, 16);
        RuleLinearity.assertLinear("who should i à qui mich zurückrufen iemand overleggen ", HumanRequestDetector::detect, 16);
        RuleLinearity.assertLinear("someone claiming pretending to be the bank posing as ", HumanRequestDetector::mentionOnly, 16);
        RuleLinearity.assertLinear("pretending to be my fake police officer i paid sued the court ", t -> SensitiveTopicDetector.detect(t).isPresent(), 16);
    }
}
