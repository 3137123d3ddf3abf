package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 54 (issue 14, branch bh54): an agent in a film or a book is not the bank's ({@link HumanRequestDetector}); anger at
 * someone else (a courier, a shop, a landlord, a neighbour) is facts about what happened ({@link FollowUp#angerAtOthers}),
 * anger at the bank or the assistant is not; an amount per period or a day of the month is a fact ({@link
 * FollowUp#addsFacts}). In the eight
 * languages; sentences written for this test, none from a dataset or from the written sets.
 */
class Bh54LookAlikeTest {

    @Test
    void anAgentInAStoryIsNoRequestForAPerson() {
        for (String text : List.of(
                "The agent in the film paid with a metal card, do you have those?",
                "My son wants a card like the double agent in that series.",
                "L'agent dans le film payait avec sa montre, c'est possible chez vous ?",
                "El agente de la película usaba una tarjeta negra, ¿la tenéis?",
                "Der Agent im Film hatte eine Karte aus Metall.",
                "De agent in de serie betaalde met zijn horloge.",
                "L'agente nel film pagava con l'orologio.",
                "O agente do filme pagava com o telemóvel.",
                "Agent w filmie płacił zegarkiem, czy da się tak u was?")) {
            assertTrue(HumanRequestDetector.rule(text).isEmpty(), text);
            assertTrue(HumanRequestDetector.mentionOnly(text), text);
        }
        assertTrue(HumanRequestDetector.detect("I want to talk to an agent, not the one in the film."));
    }

    @Test
    void angerAtSomeoneElseIsFacts() {
        for (String text : List.of(
                "The courier just threw the parcel over the fence, unbelievable!",
                "My landlord kept the whole deposit and won't even reply.",
                "Le livreur a laissé le colis sous la pluie, c'est n'importe quoi !",
                "El vendedor no me ha devuelto nada, qué vergüenza.",
                "Il corriere non è mai passato, assurdo!",
                "De verkoper reageert niet meer, echt belachelijk.",
                "Der Autovermieter hat mir 150 Euro berechnet, unverschämt!",
                "O senhorio ficou com a caução toda, uma vergonha.",
                "Sklep nie oddał mi pieniędzy, to skandal!")) {
            assertTrue(FollowUp.angerAtOthers(text), text);
        }
        for (String text : List.of(
                "The courier is slow but you are even worse!",
                "Your app is useless and the shop says it's your fault.",
                "Le livreur ? Non, c'est votre banque le problème !",
                "Der Händler sagt, Sie hätten die Zahlung blockiert, unverschämt!",
                "Why did the shop charge me twice?",
                "Still not what I asked, the shop has nothing to do with it.")) {
            assertFalse(FollowUp.angerAtOthers(text), text);
        }
    }

    @Test
    void anAmountPerPeriodOrADayOfTheMonthIsAFact() {
        for (String text : List.of("It's 850 a month, going out on the 1st", "Sono 200 al mese.", "Es sind 300 pro Monat.",
                "C'est 120 par mois, le 5 du mois.")) {
            assertTrue(FollowUp.addsFacts(text), text);
        }
    }

    @Test
    void theRulesAreLinearOnHostileInput() {
        RuleLinearity.assertLinear("the courier the shop unbelievable ", FollowUp::angerAtOthers, 16);
        RuleLinearity.assertLinear("agent in the film double agent ", HumanRequestDetector::detect, 16);
        RuleLinearity.assertLinear("850 a month on the 1st ", FollowUp::addsFacts, 16);
    }
}
