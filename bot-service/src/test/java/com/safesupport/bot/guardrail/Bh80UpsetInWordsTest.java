package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 80 (issue 14, branch bh80): {@link SentimentScorer#upsetInWords}, upset building over the turns said in words
 * in the eight languages the rules read, and that it never marks a message frustrated on its own (only the reason of a
 * hand-over that happens anyway reads it). Texts made up for this test, not from a dataset or from the written sets.
 */
class Bh80UpsetInWordsTest {

    /** One or more per class and language: patience running out, growing tired or irritated, disappointed, nobody
     * helping, nothing working, getting nowhere, asking for the third time. */
    private static final List<String> UPSET = List.of(
            "Honestly I'm losing my patience with this card.",
            "I am getting really tired of this, the payment is still pending.",
            "This is so frustrating, I only want my statement.",
            "Nobody is helping me and the rent is due.",
            "We're not getting anywhere here.",
            "This is the third time I've asked about the fee.",
            "Je commence sérieusement à perdre patience avec ce virement.",
            "C'est vraiment décevant, je suis déçue.",
            "Personne ne m'aide depuis ce matin.",
            "Allmählich verliere ich meine Geduld mit der Karte.",
            "Ich bin wirklich enttäuscht von der App.",
            "Ich frage jetzt zum dritten Mal nach der Gebühr.",
            "Ik begin echt geïrriteerd te raken, mijn pas werkt nog steeds niet.",
            "Dit is echt frustrerend, niemand helpt me.",
            "Estoy perdiendo la paciencia con la transferencia.",
            "Es la tercera vez que pregunto por la comisión.",
            "Sto perdendo la pazienza, il bonifico non arriva.",
            "Sono molto delusa, nessuno mi risponde.",
            "Estou a perder a paciência com o cartão.",
            "Estou tão desiludida com isto.",
            "Tracę już cierpliwość do tej aplikacji.",
            "Jestem bardzo rozczarowana, nic tu nie działa.",
            "Mam już naprawdę tego dość, to jest bardzo irytujące.");

    /** Calm messages with the same words in another sense: a question, a fact, thanks, someone else's patience. */
    private static final List<String> CALM = List.of(
            "Is there a way to pay in instalments if I'm patient?",
            "Nobody else has access to my account, right?",
            "Nothing else, thank you, that worked.",
            "This is the first time I've used the app, where is the statement?",
            "Ich frage für meine Mutter, wie sie ein Konto eröffnet.",
            "Das ist das erste Mal, dass ich eine Überweisung ins Ausland mache.",
            "C'est la première fois que je demande un chéquier.",
            "Personne n'a accès à mon compte à part moi ?",
            "Es la primera vez que pido una tarjeta.",
            "È la prima volta che faccio un bonifico all'estero.",
            "Ik ben benieuwd hoe lang een overboeking duurt.",
            "Estou a pensar abrir uma conta poupança.",
            "Czy mogę zamówić nową kartę przez aplikację?",
            "How do I change my PIN?");

    @Test
    void upsetBuildingIsReadInTheEightLanguages() {
        for (String text : UPSET) {
            assertTrue(SentimentScorer.upsetInWords(text), text);
        }
    }

    @Test
    void calmMessagesWithTheSameWordsAreNot() {
        for (String text : CALM) {
            assertFalse(SentimentScorer.upsetInWords(text), text);
        }
    }

    @Test
    void itNeverMarksAMessageFrustratedOnItsOwn() {
        // The milder upset is not exasperation with the replies: the frustration signal and its rule do not read it.
        for (String text : List.of("Je commence sérieusement à perdre patience avec ce virement.", "Sto perdendo la pazienza, il bonifico non arriva.",
                "Allmählich verliere ich meine Geduld mit der Karte.")) {
            assertFalse(SentimentScorer.exasperated(text), text);
            assertFalse(SentimentScorer.isFrustrated(text), text);
            assertEquals(java.util.Optional.empty(), SentimentScorer.rule(text), text);
        }
        // Exasperation is still upset in words.
        assertTrue(SentimentScorer.upsetInWords("I already told you that."));
    }

    @Test
    void hostileInputStaysLinear() {
        for (String unit : List.of("i'm getting really so ", "je commence vraiment à ", "zaczyna mnie to już naprawdę ",
                "mam już tego naprawdę tego ", "jestem już coraz bardziej ", "ich frage jetzt schon zum ", "nobody here is ",
                "c'est la troisième fois que je ", "to jest już naprawdę ", "\u00a0\u200b☺️ 𝔞 ")) {
            RuleLinearity.assertLinear(unit, SentimentScorer::upsetInWords);
        }
    }

    @Test
    void hugeInputAndOddUnicodeDoNotBreakIt() {
        String huge = "The card is still blocked. ".repeat(20_000) + "Sto perdendo la pazienza.";
        assertTrue(SentimentScorer.upsetInWords(huge));
        assertTrue(SentimentScorer.upsetInWords("Sto\u00a0perdendo la pa\u200bzienza"));
        assertFalse(SentimentScorer.upsetInWords("☺️ 𝔞𝔟 \u3000\u2028"));
        assertFalse(SentimentScorer.upsetInWords(""));
    }
}
