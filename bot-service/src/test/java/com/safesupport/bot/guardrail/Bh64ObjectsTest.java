package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 64 (issue 14, branch bh64): {@link FollowUp#objects} — "not", "again" or someone to talk to, in the eight
 * languages, keeps a message that reads calm from counting as a calm new question at a second decline. Sentences written
 * for this test, not from a dataset or a written set.
 */
class Bh64ObjectsTest {

    @Test
    void notAgainOrSomeoneInTheEightLanguages() {
        List<String> objecting = List.of(
                "That is not the fee I meant.",
                "Same reply again, is there anyone who could look at it?",
                "Das war schon wieder die gleiche Antwort.",
                "Kann sich jemand das Konto ansehen?",
                "Vous ne m'avez pas dit combien cela coûte.",
                "Est-ce que quelqu'un peut regarder mon virement ?",
                "Otra vez la misma respuesta.",
                "¿Puede verlo alguien de la oficina?",
                "Di nuovo la stessa cosa, non mi serve.",
                "Posso parlare con qualcuno?",
                "Dat is niet wat ik vroeg.",
                "Kan iemand met mij meekijken?",
                "Outra vez a mesma resposta.",
                "Alguém pode ver a minha conta?",
                "Znowu ta sama odpowiedź.",
                "Czy ktoś może sprawdzić mój przelew?");
        for (String text : objecting) {
            assertTrue(FollowUp.objects(text), text);
        }
    }

    @Test
    void calmNewQuestionsAndFactsDoNotObject() {
        List<String> calm = List.of(
                "How long does a transfer to Spain take?",
                "It is about 400 pounds, only this once, not every month.",
                "Wie lange dauert eine Überweisung in die Schweiz?",
                "Combien coûte un virement vers le Maroc ?",
                "¿Cuánto tarda una transferencia a México?",
                "Quanto costa un bonifico verso la Svizzera?",
                "Hoe lang duurt een overboeking naar Duitsland?",
                "Quanto custa uma transferência para o Brasil?",
                "Ile kosztuje przelew do Niemiec?",
                "No problem, and can I do it in the app?");
        for (String text : calm) {
            assertFalse(FollowUp.objects(text), text);
        }
    }

    @Test
    void hostileInputIsLinear() {
        RuleLinearity.assertLinear("not again quelqu'un otra vez n'a pas ktoś nog een keer ", FollowUp::objects, 16);
        RuleLinearity.assertLinear("a a a an an an une un una um een ein ", FollowUp::objects, 16);
        RuleLinearity.assertLinear("not every not each nicht jeden no problem ", FollowUp::objects, 16);
    }
}
