package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 85 (issue 14, branch bh85): the customer's own upset in words in the languages of {@link UpsetInMoreLanguages}:
 * being fed up or losing patience marks a message frustrated ({@link SentimentScorer#exasperated}); disappointment,
 * anger and nobody helping only name the reason ({@link SentimentScorer#upsetInWords}); calm messages with look-alike
 * words are neither. Texts made up for this test, not from a dataset or from the written sets.
 */
class Bh85UpsetInMoreLanguagesTest {

    private static final List<String> FED_UP = List.of(
            "Jeg er ved at miste tålmodigheden med det her kort.", "Jeg har fået nok nu.", "Jag har fått nog av det här.",
            "Jeg er drittlei av dette.", "Olen jo kyllästynyt tähän odotteluun.", "Mul on kõrini sellest.",
            "Mám toho už dost.", "Strácam trpezlivosť s touto aplikáciou.", "Dovolj mi je čakanja.", "Dosta mi je ovoga.",
            "M-am saturat de asteptat.", "Elegem van ebből.", "Βαρέθηκα πια να περιμένω.", "N'estic fart, de veritat.",
            "Мне надоело ждать перевод.", "Bıktım artık bu karttan.", "Nazkatuta nago.", "Писна ми вече.",
            "Mam juz tego dosc.", "Zaudēju pacietību.", "Man jau nusibodo laukti.", "Втрачаю терпіння з цим переказом.");

    private static final List<String> UPSET_ONLY = List.of(
            "Jeg er virkelig skuffet over jer.", "Olen todella pettynyt.", "Jsem opravdu zklamaná.", "Sunt foarte dezamăgită.",
            "Nagyon csalódott vagyok.", "Είμαι πολύ απογοητευμένη.", "Estic molt decebuda.", "Я очень расстроена.",
            "Gerçekten sinirliyim.", "Ingen hjælper mig med det her.", "Nikdo mi nepomůže.", "Никто мне не помогает.",
            "Sem zelo razočarana.", "Ljuta sam, stvarno.", "Jag är verkligen besviken.");

    private static final List<String> CALM = List.of(
            "Er der et gebyr for at hæve kontanter i udlandet?", "Onko kortilla päivittäinen nostoraja?", "Jaký je limit karty?",
            "Milyen díjai vannak a számlának?", "Πόσο κοστίζει η μεταφορά;", "Sinirli bir süre için kampanya var mı?",
            "Mám dotaz k účtu.", "Jeg er glad for appen, tak.", "Jag har fått kortet nu, tack.", "Я получил карту, спасибо.",
            "Estic bé, gràcies.", "Hvala, sve je jasno.");

    @Test
    void beingFedUpIsExasperation() {
        for (String text : FED_UP) {
            assertTrue(SentimentScorer.exasperated(text), text);
            assertTrue(SentimentScorer.upsetInWords(text), text);
        }
    }

    @Test
    void milderUpsetNamesTheReasonOnly() {
        for (String text : UPSET_ONLY) {
            assertTrue(SentimentScorer.upsetInWords(text), text);
            assertFalse(SentimentScorer.exasperated(text), text);
        }
    }

    @Test
    void calmMessagesAreNeither() {
        for (String text : CALM) {
            assertFalse(SentimentScorer.upsetInWords(text), text);
            assertFalse(SentimentScorer.exasperated(text), text);
        }
    }

    @Test
    void theNewPatternsAreLinearOnHostileInput() {
        for (String unit : List.of("jeg er ved at ", "olen jo ", "sinirlerim bozul", "je ", "sunt foarte ", "aaaa ")) {
            RuleLinearity.assertLinear(unit, SentimentScorer::upsetInWords);
        }
    }
}
