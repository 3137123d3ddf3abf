package com.safesupport.bot.guardrail;

import com.safesupport.bot.embedding.Embedder;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 62 (bh62): the learned vulnerable-situation head beside the sensitive-topic rules. Made-up messages only (none
 * from a conversation set or the head's training file).
 */
@QuarkusTest
class Bh62VulnerableSituationTest {

    // The service's own embedder and screen: a second MiniLM outside Quarkus would load the tokenizer's native library
    // in another class loader of the same test JVM.
    @Inject
    Embedder embedder;

    @Inject
    InputScreen screen;

    private Signal sensitive(String text) {
        return screen.sensitive(text, embedder.embed(text));
    }

    @Test
    void theModelShipsAsAResourceOnTheEmbeddingAlone() {
        LinearModel model = LinearModel.load(VulnerableSituation.MODEL);
        assertEquals(384, model.weights().length);
        assertEquals(List.of(), model.signals());
        assertTrue(model.threshold() > 0.5 && model.threshold() < 1, "threshold " + model.threshold());
    }

    @Test
    void theHeadHandsOverEnglishSituationsNoRuleKnows() {
        for (String text : List.of(
                "We lost our home in the fire and we're sleeping on a friend's floor with the baby.",
                "I've had a nervous breakdown and can't deal with my post, everything is overdue.")) {
            assertEquals(Optional.empty(), SensitiveTopicDetector.detect(text), text);
            Signal s = sensitive(text);
            assertTrue(s.hit(), text + " " + s);
            assertEquals(Optional.of(VulnerableSituation.MODEL), s.rule(), text);
            assertTrue(screen.screen(text).sensitiveTopic().isPresent(), text);
        }
    }

    @Test
    void theRulesComeFirstAndKeepTheirCategoryInEveryLanguage() {
        Signal ruled = sensitive("My husband passed away last week and I need to close his account.");
        assertTrue(ruled.hit());
        assertEquals(Optional.of("bereavement"), ruled.rule());
        // Other languages: the rules decide; the head is an English model's and stays silent there.
        assertEquals(Optional.of("bereavement"), sensitive("Mein Vater ist gestorben und ich muss sein Konto auflösen.").rule());
        assertEquals(Optional.of("bereavement"), sensitive("Mon père est décédé le mois dernier, que faire de son compte ?").rule());
        assertEquals(Optional.of("self-harm"), sensitive("Ya no quiero vivir, no puedo más con estas deudas.").rule());
    }

    @Test
    void lookAlikesStaySilent() {
        for (String text : List.of(
                "How do I order a new debit card?",
                "My son is 12 and I'd like to open a savings account for him.",
                "The removal firm lost two boxes and won't reply to me, what a shambles.",
                "I'm dying to know when my new card will arrive.",
                "My phone died halfway through the transfer, did it go through?",
                "I'm a nurse at the hospital and my salary goes into this account.",
                "I'm looking after my father's finances and need to add myself as attorney.",
                "Ik wil graag weten waarom mijn spaarrente deze maand lager is.",
                "Vorrei sapere come attivare la nuova carta.")) {
            Signal s = sensitive(text);
            assertFalse(s.hit(), text + " " + s);
            assertEquals(Optional.empty(), s.rule(), text);
        }
    }

    @Test
    void theHeadAloneDecidesNothingInAnotherLanguage() {
        String dutch = "Ons huis is afgebrand en we slapen nu bij vrienden op de grond met de baby.";
        assertFalse(VulnerableSituation.signal(Optional.empty(), 0.9999, 0.99, dutch).hit());
        assertTrue(VulnerableSituation.signal(Optional.empty(), 0.9999, 0.99, "Our house burnt down and we sleep at a friend's.").hit());
        assertFalse(VulnerableSituation.signal(Optional.empty(), 0.5, 0.99, "Our house burnt down and we sleep at a friend's.").hit());
        Signal ruled = VulnerableSituation.signal(Optional.of("vulnerability"), 0.01, 0.99, dutch);
        assertTrue(ruled.hit());
        assertEquals(Optional.of("vulnerability"), ruled.rule());
        assertEquals(0.01, ruled.score());
    }

    @Test
    void theNewTextPathIsLinearOnHostileInput() {
        // The head reads the text only through the language check (the embedding is capped at Embedder.MAX_CHARS).
        RuleLinearity.assertLinear("ąę ñ ¿ ë wij het de la ", t -> VulnerableSituation.signal(Optional.empty(), 1, 0.5, t).hit());
        RuleLinearity.assertLinear("I lost my home and ", t -> VulnerableSituation.signal(Optional.empty(), 1, 0.5, t).hit());
        RuleLinearity.assertLinear("((((((((((aaaa ", t -> VulnerableSituation.signal(Optional.empty(), 1, 0.5, t).hit());
    }
}
