package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 49 (issue 14, branch bh49): the rules of round 45 / 46 re-applied and round 49's own. A message that asks
 * nothing (thanks after assent or at the end, "noted", "no problem", checking again later) settles; a statement about
 * the customer's own situation adds facts to the question before it, a command or a complaint does not; "you seem
 * unsure" doubts the reply; being fed up in seven other languages is exasperation; "the same steps again" says the
 * replies keep failing. Each fires on its shape, stays silent on look-alikes and is linear on hostile input
 * ({@link RuleLinearity}, ×16). Sentences written for this test, none from a dataset or from the written sets.
 */
class Bh49FollowUpTest {

    @Test
    void thanksNotedAndNoProblemSettle() {
        for (String text : List.of("Fine, thanks, that's all for now.", "Très bien, merci, bonne journée.", "Gut, danke.",
                "Vale, gracias por todo.", "Va bene, grazie.", "Goed, bedankt.", "Dobrze, dziękuję.",
                "My son will be happy with that. Thank you so much!", "Ok, c'est noté.", "Ok, genoteerd.",
                "Kein Problem, dann mache ich das so.", "No problem, I'll check again tomorrow.", "Je regarderai demain.",
                "Sprawdzę to jutro.", "Ik kijk straks wel weer.")) {
            assertTrue(FollowUp.settled(text), text);
        }
    }

    @Test
    void aComplaintBesideTheThanksDoesNotSettle() {
        for (String text : List.of("Okay, thanks, but that is not what I wanted.", "Dobrze, dziękuję, ale nadal nie widzę przelewu.",
                "Geen probleem maar de pas is nog steeds niet binnen.", "Merci, mais toujours rien.", "Thanks for nothing!",
                "Va bene, grazie, ma dove lo trovo?", "I'll check tomorrow but it's still wrong.")) {
            assertFalse(FollowUp.settled(text), text);
        }
    }

    @Test
    void factsAboutTheCustomersOwnSituationAreRead() {
        for (String text : List.of("I requested it in the app last Tuesday.", "Ich habe den Antrag am Mittwoch in der Filiale abgegeben.",
                "Je l'ai commandée sur le site il y a huit jours.", "La solicité por la web hace diez días.",
                "L'ho richiesta in filiale lunedì.", "Het ging om een overboeking naar mijn verhuurder.",
                "Fiz o pedido pelo site na terça-feira.", "Złożyłam wniosek w oddziale w poniedziałek.")) {
            assertTrue(FollowUp.addsFacts(text), text);
        }
    }

    @Test
    void commandsComplaintsNegationsDistressAndQuestionsAreNoFacts() {
        for (String text : List.of("Recommend a good pasta recipe", "Tell me a joke about banks.",
                "I requested it last Tuesday and it still hasn't come.", "That doesn't tell me anything.",
                "Je n'en peux plus, je ne sais plus quoi faire.", "Ich kann nicht mehr.", "Ya no aguanto más.",
                "Ik zie het nergens in de app.", "Nie widzę tej opcji.", "When will it come?", "¿Cuándo llega?",
                "Please help me, this is urgent!", "By the way, I changed my address in May.")) {
            assertFalse(FollowUp.addsFacts(text), text);
        }
    }

    @Test
    void doubtingTheReplyIsRead() {
        for (String text : List.of("You seem unsure. I mean the fee for a joint account.", "You don't seem sure about this.",
                "You're not sure, are you?", "Vous n'avez pas l'air sûr.", "Sie scheinen unsicher.")) {
            assertTrue(FollowUp.doubtsReply(text), text);
        }
        for (String text : List.of("I'm not sure which account I used.", "Sorry, I meant the savings account.",
                "Are you sure the app shows it?")) {
            assertFalse(FollowUp.doubtsReply(text), text);
        }
    }

    @Test
    void repliesThatKeepFailingAreRead() {
        for (String text : List.of("You keep sending me the same steps.", "That's the same answer as last time.",
                "This still doesn't help me.", "The upload failed again.", "Es hat wieder nicht geklappt.",
                "Ça ne marche toujours pas.", "Sigue sin funcionar.", "Het werkt nog steeds niet.", "Nadal nie działa.")) {
            assertTrue(FollowUp.failingAgain(text), text);
        }
        for (String text : List.of("I tried again and it worked.", "Does the same fee apply abroad?",
                "Is the card working abroad?", "Thanks, that helps a lot.")) {
            assertFalse(FollowUp.failingAgain(text), text);
        }
    }

    @Test
    void beingFedUpInOtherLanguagesIsExasperation() {
        for (String text : List.of("J'en ai vraiment marre de tout ça.", "C'est inadmissible.", "Estoy harta de esperar.",
                "Jetzt reicht's mir aber.", "Ik ben het echt zat.", "Dit is belachelijk.", "Sono stufo di questa app.",
                "Estou farto disto.", "Mam już tego dość.", "Strasznie mnie to wkurza.")) {
            assertTrue(SentimentScorer.exasperated(text), text);
        }
        for (String text : List.of("Es reicht, wenn ich das Formular online schicke?", "Ik ben het niet eens met de rente.",
                "Sono stato in filiale ieri.", "Mam pytanie o kartę.", "C'est possible de payer en ligne ?")) {
            assertFalse(SentimentScorer.exasperated(text), text);
        }
    }

    @Test
    void theRulesAreLinearOnHostileInput() {
        RuleLinearity.assertLinear("d'accord merci va bene grazie dziękuję bardzo ", FollowUp::settled, 16);
        RuleLinearity.assertLinear("i ordered it in the app on monday and ", FollowUp::addsFacts, 16);
        RuleLinearity.assertLinear("ne plus n'en nada nic nie mehr ", FollowUp::addsFacts, 16);
        RuleLinearity.assertLinear("you seem you don't seem sure you are not ", FollowUp::doubtsReply, 16);
        RuleLinearity.assertLinear("the same the same you keep still not failed ", FollowUp::failingAgain, 16);
        RuleLinearity.assertLinear("j'en ai mnie to już ik ben het c'est es reicht ", SentimentScorer::exasperated, 16);
    }
}
