package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 72 (issue 14, branch bh72): {@link SentimentScorer#exasperated} reads the customer being fed up, tired of it or
 * losing patience in the seven other languages, with the adverbs people put in such complaints, and calling the
 * situation frustrating or a farce; the customer not annoyed, someone else annoyed, a past annoyance and the same words
 * in ordinary questions are not read. Sentences written for this test, not from a dataset or from the written sets.
 */
class Bh72FedUpOtherLanguageTest {

    @Test
    void fedUpWithAdverbsInTheSevenLanguages() {
        for (String text : List.of(
                "Je commence franchement à en avoir assez de ce compte.",
                "J'en ai vraiment ras le bol, la carte ne marche toujours pas.",
                "C'est vraiment pénible, trois jours sans virement.",
                "Je perds patience avec cette application.",
                "Estoy muy harto de esperar la tarjeta.",
                "Me estoy cansando de repetir lo mismo.",
                "Empiezo a estar bastante cansada de esto.",
                "Esto es una tomadura de pelo.",
                "Estou mesmo farta desta aplicação.",
                "Estou a ficar cansado de esperar pelo cartão.",
                "Isto é uma palhaçada, ninguém resolve nada.",
                "Comincio davvero a spazientirmi con questa carta.",
                "Sono molto seccata, il bonifico non arriva.",
                "È una presa in giro, ogni volta la stessa storia.",
                "Ich habe echt die Nase voll von dieser App.",
                "Langsam verliere ich wirklich die Geduld.",
                "Meine Geduld ist langsam am Ende.",
                "Ik word er echt gek van, de pas werkt weer niet.",
                "Ik heb er nu echt genoeg van.",
                "Belachelijk, al een week geen antwoord.",
                "Mam już tego naprawdę serdecznie dość.",
                "Tracę już cierpliwość do tej aplikacji.",
                "To jest naprawdę przesada, trzeci raz to samo.",
                "Jestem coraz bardziej zirytowana.")) {
            assertTrue(SentimentScorer.exasperated(text), text);
        }
    }

    @Test
    void notAnnoyedSomeoneElsePastAnnoyanceAndOrdinaryQuestionsAreNotRead() {
        for (String text : List.of(
                "No estoy molesto, solo quiero saber la fecha.",
                "Não estou chateada, é só uma pergunta.",
                "Non sono seccato, volevo solo sapere l'orario.",
                "Nie jestem zdenerwowany, pytam tylko o termin.",
                "Mi hermano estaba molesto con la tienda, ¿cómo hago una reclamación?",
                "C'était pénible mais c'est réglé, merci beaucoup.",
                "Ich habe genug Geld auf dem Konto, warum wurde die Zahlung abgelehnt?",
                "Belachelijk goedkoop, die nieuwe rekening! Hoe open ik er een?",
                "Wie lange dauert eine Überweisung nach Spanien?",
                "¿Es frecuente que una transferencia tarde tres días?",
                "Sono arrivato in banca alle nove, a che ora apre lo sportello?")) {
            assertFalse(SentimentScorer.exasperated(text), text);
        }
    }

    @Test
    void linearOnHostileInput() {
        RuleLinearity.assertLinear("mam już już naprawdę tego serdecznie ", SentimentScorer::exasperated, 16);
        RuleLinearity.assertLinear("je commence vraiment vraiment à en avoir ", SentimentScorer::exasperated, 16);
        RuleLinearity.assertLinear("empiezo a muy ya estar bastante ", SentimentScorer::exasperated, 16);
        RuleLinearity.assertLinear("ich habe echt so die nase wirklich ", SentimentScorer::exasperated, 16);
        RuleLinearity.assertLinear("no estoy ya ya ", SentimentScorer::exasperated, 16);
        RuleLinearity.assertLinear("zo zo zo schiet het ", SentimentScorer::exasperated, 16);
    }
}
