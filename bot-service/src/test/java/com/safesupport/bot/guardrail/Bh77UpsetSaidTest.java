package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 77 (issue 14, branch bh77): {@link SentimentScorer#upsetSaid}, the customer saying in their own words that
 * they are becoming upset, in the eight languages. Texts made up for this test, not from a dataset or a written set.
 */
class Bh77UpsetSaidTest {

    @Test
    void upsetInTheCustomersOwnWordsInEightLanguages() {
        for (String text : List.of(
                "My patience is wearing thin with this card.",
                "Honestly I'm growing tired of chasing the same refund.",
                "This is infuriating, the app logs me out every hour.",
                "Meine Geduld ist am Ende, die Karte geht immer noch nicht.",
                "Ich bin ziemlich verärgert über diese Gebühr.",
                "C'est agaçant, la carte est toujours refusée.",
                "Je suis en colère, personne ne m'a prévenu.",
                "Mijn geduld raakt op met die app.",
                "Ik ben erg geïrriteerd over die kosten.",
                "Estoy perdiendo la paciencia con esta tarjeta.",
                "Comienzo a estar muy cansada de tanto esperar.",
                "Non ne posso più di questa applicazione.",
                "Sono seccata, il bonifico è ancora fermo.",
                "É frustrante, a aplicação não abre.",
                "Estou chateado com esta comissão.",
                "Tracę cierpliwość, karta znowu nie działa.",
                "Jestem bardzo zirytowana tą opłatą.")) {
            assertTrue(SentimentScorer.upsetSaid(text), text);
        }
        // exasperation keeps counting as upset
        assertTrue(SentimentScorer.upsetSaid("Like I said, the payment never left my account."));
    }

    @Test
    void calmMessagesAndLookAlikesAreNotUpset() {
        for (String text : List.of(
                "How do I change my address?",
                "Is there a fee for paying by card abroad?",
                "Thanks, that sorted it.",
                "Can I be patient and wait until Monday for the transfer?",
                "Ich warte gern noch bis Montag.",
                "Est-ce que je peux payer en plusieurs fois ?",
                "Hoe verander ik mijn pincode?",
                "¿Cuánto tarda una transferencia a Alemania?",
                "Quanto costa un bonifico istantaneo?",
                "Como altero o meu número de telefone?",
                "Jak zmienić limit karty?")) {
            assertFalse(SentimentScorer.upsetSaid(text), text);
        }
    }

    @Test
    void theRuleStaysLinearOnHostileInput() {
        for (String unit : List.of("i am really very so ", "getting getting tired ", "mam już tego mam ", "sono molto davvero ",
                "estoy muy bastante ", "word er echt zo ", "c'est vraiment franchement ", "é mesmo muito ", "ß\u200b ".repeat(3),
                "a".repeat(50) + " ")) {
            RuleLinearity.assertLinear(unit, SentimentScorer::upsetSaid, 16);
        }
    }
}
