package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 81 (issue 14, branch bh81): upset building said with a degree word between "starting to" and the upset
 * ("je commence un peu à perdre patience", "empiezo a estar bastante harta", "comincio un po' a stancarmi", "começo
 * já a ficar irritada") is read by {@link SentimentScorer#upsetInWords}; the same openings with a calm word are not.
 * Texts made up for this test, not from a dataset or from the written sets.
 */
class Bh81UpsetDegreeTest {

    @Test
    void aDegreeWordBeforeTheUpsetIsRead() {
        for (String text : List.of("Je commence un peu à perdre patience avec cette carte.",
                "Je commence franchement à en avoir assez.", "Empiezo a estar bastante harta de la espera.",
                "Empiezo ya a cansarme de esto.", "Comincio un po' a stancarmi.", "Inizio a essere piuttosto stufa.",
                "Começo já a ficar irritada com isto.", "Estou a começar um pouco a perder a paciência.")) {
            assertTrue(SentimentScorer.upsetInWords(text), text);
        }
    }

    @Test
    void theSameOpeningsWithACalmWordAreNot() {
        for (String text : List.of("Je commence un peu à comprendre le relevé.", "Empiezo a estar contenta con la tarjeta.",
                "Empiezo ya a trabajar el lunes.", "Comincio un po' a capire l'app.", "Inizio a essere pronta per partire.",
                "Começo já a trabalhar em janeiro.")) {
            assertFalse(SentimentScorer.upsetInWords(text), text);
        }
    }

    @Test
    void hostileInputStaysLinear() {
        for (String unit : List.of("je commence un peu à ", "empiezo ya a estar bastante ", "comincio un po' a essere piuttosto ",
                "começo já a ficar ", "commence un petit peu ")) {
            RuleLinearity.assertLinear(unit, SentimentScorer::upsetInWords);
        }
    }
}
