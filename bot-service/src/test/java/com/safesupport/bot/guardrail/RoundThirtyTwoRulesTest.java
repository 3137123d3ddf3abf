package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 32 (issue 14): a person asked for on the phone or by a service's name, agents of other kinds and a real person
 * as a procedure's requirement masked, sensitive topics in more words and languages (ending it all, over-indebtedness,
 * a diagnosis, seriously ill, legal steps, scammed), "died her hair", and a question asked again in capitals.
 * Sentences written for this test, none from a dataset or from the round's written conversations; look-alikes beside
 * them, and hostile inputs.
 */
class RoundThirtyTwoRulesTest {

    private static void asks(String rule, String text) {
        assertEquals(Optional.of(rule), HumanRequestDetector.rule(text), text);
    }

    private static void doesNotAsk(String text) {
        assertEquals(Optional.empty(), HumanRequestDetector.rule(text), text);
    }

    private static void sensitive(String category, String text) {
        assertEquals(Optional.of(category), SensitiveTopicDetector.detect(text), text);
    }

    private static void notSensitive(String text) {
        assertEquals(Optional.empty(), SensitiveTopicDetector.detect(text), text);
    }

    @Test
    void somebodyOnThePhoneOrAServiceByName() {
        asks("someone-on-the-phone", "Can I have somebody on the phone about my loan?");
        asks("someone-on-the-phone", "Je voudrais avoir quelqu'un au téléphone, s'il vous plaît.");
        asks("someone-on-the-phone", "Kann ich jemanden am Telefon bekommen?");
        asks("someone-on-the-phone", "¿Me pueden poner a alguien al teléfono?");
        asks("someone-on-the-phone", "Is er iemand aan de lijn die kan helpen?");
        asks("put-me-through-to-a-service", "Please connect me to the fraud department.");
        asks("put-me-through-to-a-service", "Could you switch me over to customer support?");
        asks("put-me-through-to-a-service", "Verbinden Sie mich mit dem Kundenservice.");
    }

    @Test
    void phonesAndTransfersThatAskForNoOne() {
        doesNotAsk("Transfer me to my savings pot, fifty pounds.");
        doesNotAsk("How do I transfer money to customer accounts at another bank?");
        doesNotAsk("My phone is on the line of credit plan, can I pay it from here?");
        doesNotAsk("Someone on the phone asked me for my card number, was it you?");
        doesNotAsk("Est-ce que mon téléphone peut servir de carte ?");
    }

    @Test
    void agentsOfOtherKindsAndAPersonAProcedureNeeds() {
        doesNotAsk("I'll talk to my estate agent about the deposit first.");
        doesNotAsk("Does a real person have to witness the signature on my loan form?");
        doesNotAsk("Must the form be signed by a real person or is a stamp fine?");
        assertTrue(HumanRequestDetector.mentionOnly("My letting agent wants a bank reference, how do I get one?"));
        assertTrue(HumanRequestDetector.mentionOnly("Mi agente de seguros necesita mi IBAN."));
        assertTrue(HumanRequestDetector.mentionOnly("Mon agent de voyage dit que ma carte marchera au Japon."));
        // A request beside them still counts, and a bank agent is not masked.
        asks("talk-to-person", "My estate agent is waiting, can I talk to a real agent of yours now?");
        asks("real-person", "I want a real person, not my travel agent's bot.");
        assertFalse(HumanRequestDetector.mentionOnly("My insurance agent told me to ask one of your advisers to call me."));
        assertFalse(HumanRequestDetector.mentionOnly("Can I speak to an agent?"));
    }

    @Test
    void aGermanDutchOrFrenchMessageWithoutAPerson() {
        assertTrue(OtherLanguage.ordinaryGermanDutchOrFrench("Ça fait dix jours que j'attends ma carte.")
                && HumanRequestDetector.namesNoPerson("Ça fait dix jours que j'attends ma carte."));
        assertTrue(HumanRequestDetector.namesNoPerson("Ich warte seit Montag auf meine Überweisung."));
        assertFalse(HumanRequestDetector.namesNoPerson("Je voudrais parler à un conseiller."));
        assertFalse(HumanRequestDetector.namesNoPerson("Kann mich jemand anrufen?"));
        assertFalse(HumanRequestDetector.namesNoPerson("Kan een medewerker mij bellen?"));
    }

    @Test
    void sensitiveTopicsInMoreWordsAndLanguages() {
        sensitive("self-harm", "Some nights I think about ending it all.");
        sensitive("financial-hardship", "Je suis surendettée depuis mon divorce.");
        sensitive("financial-hardship", "Estoy sobreendeudado y no sé qué hacer.");
        sensitive("financial-hardship", "I can't see any way out of this debt, it grows every month.");
        sensitive("financial-hardship", "Ik kan mijn huur niet meer betalen.");
        sensitive("vulnerability", "My husband has recently been diagnosed with leukaemia.");
        sensitive("vulnerability", "I'm seriously ill and can't get to the branch.");
        sensitive("vulnerability", "Mein Mann ist schwer krank und kann nichts unterschreiben.");
        sensitive("legal-threat", "Wir werden rechtliche Schritte prüfen.");
        sensitive("legal-threat", "Vamos a poner una demanda si no devuelven el dinero.");
        sensitive("legal-threat", "Vi faccio causa per questi addebiti.");
        sensitive("fraud-in-progress", "Creo que me han estafado con una inversión.");
        sensitive("fraud-in-progress", "On m'a arnaqué sur un site de vente.");
        sensitive("fraud-in-progress", "Ik ben opgelicht via een app.");
        sensitive("fraud-in-progress", "Qualcuno ha svuotato il conto stanotte.");
    }

    @Test
    void lookAlikesStaySilent() {
        notSensitive("My daughter died her hair blue for the school photo, is the ID check by photo?");
        notSensitive("I died it pink last week, will the selfie check still match?");
        notSensitive("What happens if I'm diagnosed with something while abroad, does the card insurance cover it?");
        notSensitive("Is there a way out of the overdraft without fees?");
        notSensitive("Je n'arrive pas à payer avec mon téléphone.");
        notSensitive("¿Cuánto cuesta la demanda de una nueva tarjeta?");
        notSensitive("Ich habe meine Karte im Urlaub verloren.");
        // The bereavement rule still reads a death.
        sensitive("bereavement", "My daughter died in May and her savings are still open.");
    }

    @Test
    void aQuestionAskedAgainInCapitalsHandsOver() {
        Signal s = new Signal("frustration", false, Optional.empty(), 0.0);
        InputVerdict calm = new InputVerdict(false, false, false, Optional.empty(), false, 0.0, java.util.List.of(s), 1.0);
        Repetition again = new Repetition(1, 0.9, Optional.of("rephrased-question"));
        FrustrationTrend shouted = FrustrationTrend.next(0, 2, 0, calm, again, true);
        assertTrue(shouted.handOver());
        assertEquals(Optional.of("repeated-and-shouted"), shouted.rule());
        // Capitals alone, or a repeat in lower case, do not.
        assertFalse(FrustrationTrend.next(0, 2, 0, calm, Repetition.NONE, true).handOver());
        assertFalse(FrustrationTrend.next(0, 2, 0, calm, again, false).handOver());
        assertTrue(SentimentScorer.shouted("WHERE IS MY REFUND"));
        assertFalse(SentimentScorer.shouted("Where is my ATM card?"));
        assertFalse(SentimentScorer.shouted("PIN OK"));
    }

    @Test
    void theRulesAreLinearInTheInput() {
        RuleLinearity.assertLinear("someone on the transfer me to the quelqu'un au ", t -> HumanRequestDetector.rule(t).isPresent());
        RuleLinearity.assertLinear("estate agent real person has to witness agente de ", HumanRequestDetector::mentionOnly);
        RuleLinearity.assertLinear("ending it diagnosed with way out of died her ", t -> SensitiveTopicDetector.detect(t).isPresent());
        RuleLinearity.assertLinear("estafa vidé mon compte a été schwer krank vor gericht ", t -> SensitiveTopicDetector.detect(t).isPresent());
        RuleLinearity.assertLinear("CAPITALS AND MORE ", SentimentScorer::shouted);
    }
}
