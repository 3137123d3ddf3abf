package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 52 (issue 14, branch bh52): facts added to a question — an amount, a clock time, a date, a reference number,
 * "yesterday", "if that matters" and "it is about" in the eight languages, a first person in the present in Spanish,
 * Portuguese, Italian and Polish, a negation that only specifies ("paid on 1 May only, not each month") — are read as facts; a
 * complaint, a question or a command is not. Polish words that open a new topic. Linear on hostile input
 * ({@link RuleLinearity}, ×16). Sentences written for this test, none from a dataset or from the written sets.
 */
class Bh52FollowUpTest {

    @Test
    void factsAreRead() {
        for (String text : List.of("And the amount was 740 euro.", "The transfer left at 9:30 this morning.",
                "The reference is 55120934.", "I did it yesterday from the laptop.", "Also, it was on 03/11.",
                "It's for the rent deposit, paid on 1 May only, not each month.", "Es geht um die Karte meiner Tochter.",
                "Il s'agit du compte joint.", "Se trata de la tarjeta de débito.", "Het gaat om een overboeking van 300 euro.",
                "Chodzi o kartę dla córki.", "Necesito la transferencia para pagar al arquitecto.", "Sono cliente dal 2018.",
                "Preciso dele para a empresa da minha mulher.", "Mieszkam w Gdańsku, jeśli to ma znaczenie.",
                "A empresa tem sede em Braga, se isso importa.", "Es ist ein Geschäftskonto, falls das wichtig ist.")) {
            assertTrue(FollowUp.addsFacts(text), text);
        }
        for (String text : List.of("It was 740 euro and it still hasn't arrived.", "Send 500 euro to Anna now?",
                "I paid 40 euro yesterday but nothing happened.", "Not every bank charges this, why do you?",
                "Chodzi o to, że nadal nie działa.", "Necesito ayuda, no funciona nada.", "Recommend a good pasta recipe",
                "It's about time you answered me!")) {
            assertFalse(FollowUp.addsFacts(text), text);
        }
    }

    @Test
    void polishNewTopicOpenings() {
        for (String text : List.of("A, i jeszcze jedno: jaki jest limit wypłat?", "Inne pytanie: czy mogę zamówić kartę?",
                "Przy okazji, jak zmienić PIN?")) {
            assertTrue(FollowUp.newTopic(text), text);
        }
        for (String text : List.of("Nadal nie widzę przelewu.", "Jeszcze raz pytam: gdzie są moje pieniądze?")) {
            assertFalse(FollowUp.newTopic(text), text);
        }
    }

    @Test
    void theRulesAreLinearOnHostileInput() {
        RuleLinearity.assertLinear("and it was 740 euro on 03/11 at 9:30 ", FollowUp::addsFacts, 16);
        RuleLinearity.assertLinear("not every not each 55120934 ", FollowUp::addsFacts, 16);
        RuleLinearity.assertLinear("a, i jeszcze jedno ", FollowUp::newTopic, 16);
        RuleLinearity.assertLinear("1.1.1.1.1.1.1.1 ", FollowUp::addsFacts, 16);
    }
}
