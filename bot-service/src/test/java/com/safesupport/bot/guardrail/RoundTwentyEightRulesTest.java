package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 28 (issue 14): hand-over rules judged over whole conversations — a person asked for in Spanish, Italian,
 * French, Dutch and Portuguese; a person only mentioned (by a human or a machine? my own family?); thanks that is not
 * frustration; waiting with no end in sight. Sentences written for this test (none from a dataset or from the round's
 * written conversations); look-alikes that must stay silent beside each, and hostile inputs.
 */
class RoundTwentyEightRulesTest {

    private static void asks(String rule, String text) {
        assertEquals(Optional.of(rule), HumanRequestDetector.rule(text), text);
    }

    private static void doesNotAsk(String text) {
        assertEquals(Optional.empty(), HumanRequestDetector.rule(text), text);
    }

    @Test
    void aPersonAskedForInOtherLanguages() {
        asks("es-talk-to-person", "Necesito hablar con un asesor sobre mi préstamo.");
        asks("es-talk-to-person", "Quiero comunicarme con alguien del banco.");
        asks("es-talk-to-person", "¿Podría atender una persona mi reclamación?");
        asks("it-talk-to-person", "Vorrei parlare con un consulente per favore.");
        asks("it-talk-to-person", "C'è un operatore umano disponibile?");
        asks("fr-talk-to-person", "Est-ce que je peux parler avec quelqu'un de l'agence ?");
        asks("fr-talk-to-person", "Je veux une vraie personne, pas un robot.");
        asks("nl-talk-to-person", "Ik wil graag een medewerker spreken over mijn rekening.");
        asks("nl-talk-to-person", "Kan ik even praten met een mens?");
        asks("pt-talk-to-person", "Preciso falar com um atendente sobre o meu cartão.");
    }

    @Test
    void theSameLanguagesWithoutARequestStaySilent() {
        doesNotAsk("Ayer hablé con una persona en la sucursal y me dijo que esperara.");
        doesNotAsk("Quiero enviar dinero a otra persona en México.");
        doesNotAsk("Ho parlato con un operatore ieri, mi ha detto di aspettare.");
        doesNotAsk("J'ai parlé à un conseiller la semaine dernière, merci.");
        doesNotAsk("Ik heb gisteren met iemand van jullie gesproken.");
        doesNotAsk("Iemand heeft geld van mijn rekening gehaald.");
        doesNotAsk("Eu falei com o gerente ontem sobre o limite.");
        doesNotAsk("Mi cuenta está bloqueada desde el lunes.");
    }

    @Test
    void mentioningAPersonIsNotAskingForOne() {
        assertTrue(HumanRequestDetector.mentionOnly("Are loan applications approved by a person or by a computer?"));
        assertTrue(HumanRequestDetector.mentionOnly("Is fraud monitoring automated or done by staff?"));
        assertTrue(HumanRequestDetector.mentionOnly("Let me talk it over with my husband and I'll come back."));
        assertTrue(HumanRequestDetector.mentionOnly("I need to check with my accountant first."));
        // a request in the same message, or the bank's staff named beside one's own people: not a mere mention
        assertFalse(HumanRequestDetector.mentionOnly("Can I talk to a human or is everything automated here?"));
        assertFalse(HumanRequestDetector.mentionOnly("I asked my wife, now I need one of your advisors to call me."));
        assertFalse(HumanRequestDetector.mentionOnly("My partner and I want to speak to your staff about a joint mortgage."));
        assertFalse(HumanRequestDetector.mentionOnly("How do I add my daughter as a cardholder?"));
        assertFalse(HumanRequestDetector.mentionOnly("Is my transfer processed today?"));
    }

    @Test
    void thanksWithoutAComplaint() {
        assertTrue(SentimentScorer.thanking("Cheers, that was useful."));
        assertTrue(SentimentScorer.thanking("Perfect, thank you!"));
        assertTrue(SentimentScorer.thanking("That answers it, many thanks"));
        assertFalse(SentimentScorer.thanking("Thanks for nothing."));
        assertFalse(SentimentScorer.thanking("Thanks, but the app still crashes."));
        assertFalse(SentimentScorer.thanking("Thank you? That didn't answer anything."));
        assertFalse(SentimentScorer.thanking("Thanks, that's wrong again."));
        assertFalse(SentimentScorer.thanking("How do I thank the branch staff?"));
    }

    @Test
    void waitingWithNoEndInSightIsExasperation() {
        assertTrue(SentimentScorer.exasperated("We keep getting promised a refund and it never comes."));
        assertTrue(SentimentScorer.exasperated("I keep being told it's in progress."));
        assertTrue(SentimentScorer.exasperated("How many more days am I expected to wait for this?"));
        assertTrue(SentimentScorer.exasperated("How much longer are we meant to put up with this?"));
        assertFalse(SentimentScorer.exasperated("How much longer will my transfer take?"));
        assertFalse(SentimentScorer.exasperated("How many more days until my card arrives?"));
        assertFalse(SentimentScorer.exasperated("I keep my card in a separate wallet."));
        assertFalse(SentimentScorer.exasperated("Am I supposed to sign the back of the card?"));
    }

    @Test
    void theRulesAreLinearInTheInput() {
        RuleLinearity.assertLinear("hablar con hablar con una hablar ", t -> HumanRequestDetector.rule(t).isPresent());
        RuleLinearity.assertLinear("iemand iemand van spreken spreek ", t -> HumanRequestDetector.rule(t).isPresent());
        RuleLinearity.assertLinear("a human or a human or my wife talk ", HumanRequestDetector::mentionOnly);
        RuleLinearity.assertLinear("talk talk to my speak check with our ", HumanRequestDetector::mentionOnly);
        RuleLinearity.assertLinear("thanks thank you cheers ", SentimentScorer::thanking);
        RuleLinearity.assertLinear("how much longer how many more days i keep being ", SentimentScorer::exasperated);
    }
}
