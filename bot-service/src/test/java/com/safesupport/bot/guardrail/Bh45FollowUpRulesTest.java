package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 45 (issue 14, branch bh45): what a decline counts for. A message that asks nothing — thanks after a word of
 * assent or at the end, "noted", "no problem", checking again later, in eight languages ({@link FollowUp#settled}) — is
 * no question failed; a statement that only adds facts to the question before it ({@link FollowUp#addsFacts}) is part of
 * that question. Each fires on its shape, stays silent on look-alikes (a complaint, a negation, a person in distress, a
 * question) and is linear on hostile input ({@link RuleLinearity}). Sentences written for this test, none from a
 * dataset or from the written conversation sets.
 */
class Bh45FollowUpRulesTest {

    @Test
    void thanksNotedAndNoProblemSettle() {
        for (String text : List.of("Alright, thanks, that's enough for today.", "Très bien, merci, bonne soirée.", "Gut, danke.",
                "Vale, gracias por la información.", "Va bene, grazie.", "Goed, bedankt voor de uitleg.", "Dobrze, dziękuję.",
                "My daughter will be pleased. Thank you so much!", "Das passt dann so. Vielen Dank!",
                "Parfait pour moi, c'est noté.", "Ok, genoteerd.", "Geen probleem, dat regel ik zelf.", "Kein Problem, dann weiß ich Bescheid.",
                "No problem, I'll check again tomorrow.", "Je regarderai demain.", "Sprawdzę to jutro.", "Ik kijk straks wel weer.")) {
            assertTrue(FollowUp.settled(text), text);
        }
    }

    @Test
    void aComplaintBesideTheThanksOrTheNoProblemDoesNotSettle() {
        for (String text : List.of("Okay, thanks, but that is not what I asked.", "Dobrze, dziękuję, ale nadal nie działa.",
                "Geen probleem maar het geld is nog steeds weg.", "D'accord, merci, mais toujours rien.", "Thanks for nothing!",
                "No problem with the card, the issue is the app.", "Va bene, grazie, ma come faccio?", "I'll check tomorrow but it's still wrong.")) {
            assertFalse(FollowUp.settled(text), text);
        }
    }

    @Test
    void factsAddedToTheQuestionAreRead() {
        for (String text : List.of("I ordered it from the app on the fifth.", "Ich habe die Überweisung am Freitag im Online-Banking gemacht.",
                "Je l'ai demandée en agence il y a dix jours.", "La pedí por teléfono hace dos semanas.", "L'ho ordinata dal sito martedì scorso.",
                "Het ging om een betaling aan de energieleverancier.", "Fiz o pedido pela aplicação na segunda-feira.",
                "Zamówiłem ją w aplikacji tydzień temu.")) {
            assertTrue(FollowUp.addsFacts(text), text);
        }
    }

    @Test
    void complaintsNegationsDistressAndQuestionsAreNoFacts() {
        for (String text : List.of("I ordered it on the fifth and it still hasn't come.", "That doesn't tell me anything.",
                "Je n'en peux plus, je ne sais plus quoi faire.", "Ich kann nicht mehr, es ist alles zu viel.", "Ya no aguanto más, nadie me ayuda.",
                "Non ce la faccio più.", "Ik zie het nergens in de app.", "Nie widzę tej opcji.", "Não recebi nada até agora.",
                "When will it arrive?", "¿Cuándo llega?", "Please help me, this is urgent!", "I asked about the fee, not the limit.",
                "By the way, I moved house last month.")) {
            assertFalse(FollowUp.addsFacts(text), text);
        }
    }

    @Test
    void theRulesAreLinearOnHostileInput() {
        RuleLinearity.assertLinear("d'accord merci va bene grazie dziękuję bardzo ", FollowUp::settled, 16);
        RuleLinearity.assertLinear("geen probleem kein problem c'est noté ik kijk morgen ", FollowUp::settled, 16);
        RuleLinearity.assertLinear("i ordered it in the app on monday and ", FollowUp::addsFacts, 16);
        RuleLinearity.assertLinear("ne plus n'en nada nic nie mehr ", FollowUp::addsFacts, 16);
    }
}
