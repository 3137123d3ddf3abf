package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 55 (issue 14, branch bh55; re-applied in round 56, bh56): being fed up said in words the exasperation rule missed ({@link
 * SentimentScorer#exasperated}) — "I'm fed up", "im fed up", "I've had enough", "beyond a joke", "j'en ai assez", "c'est
 * pénible", "hasta las narices", "die Nase voll", "zo schiet het niet op", "non ne posso più", "estou mesmo farto", "to już
 * przesada" — in the eight languages; calm messages with the same words in another sense are not. Each rule is linear on
 * hostile input ({@link RuleLinearity}, ×16). Sentences written for this test, none from a dataset or from the written sets.
 */
class Bh56Round55UpsetTest {

    @Test
    void beingFedUpIsExasperation() {
        for (String text : List.of(
                "I'm fed up, this is the third time I've asked about the same transfer.",
                "im so fed up with this, nothing works",
                "I've had enough of being sent round the app.",
                "This is beyond a joke now.",
                "Je commence vraiment à en avoir assez, toujours la même réponse.",
                "Franchement c'est pénible de tout répéter.",
                "Estoy hasta las narices, ya no aguanto más.",
                "Ich habe langsam die Nase voll von diesem Chat.",
                "Zo schiet het echt niet op, ik heb alles al geprobeerd.",
                "Non ne posso più, è la terza volta che scrivo.",
                "Estou mesmo farto disto, que vergonha.",
                "To już naprawdę przesada, piszę trzeci raz.")) {
            assertTrue(SentimentScorer.exasperated(text), text);
        }
    }

    @Test
    void theSameWordsInAnotherSenseAreCalm() {
        for (String text : List.of(
                "Is the transfer pain-free if I use the app?",
                "The joke on your advert made me laugh, how do I open the account?",
                "Was ist der Witz an dieser Gebühr? Ich meine, wofür ist sie?",
                "Ik schiet een foto van mijn pas, is dat goed?",
                "Posso pagare più di 500 euro?",
                "To jest przelew na 200 zł.",
                "We have enough money in the joint account, can we raise the limit?")) {
            assertFalse(SentimentScorer.exasperated(text), text);
        }
    }

    @Test
    void theRuleIsLinearOnHostileInput() {
        RuleLinearity.assertLinear("im so fed up j'en ai assez to już przesada ", SentimentScorer::exasperated, 16);
        RuleLinearity.assertLinear("schiet het echt niet op c'est pénible ", SentimentScorer::exasperated, 16);
    }
}
