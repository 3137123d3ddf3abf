package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 50 (issue 14, branch bh50): round 49's safe parts re-applied (asks-nothing widened, facts about the customer's
 * own situation, "you seem unsure", being fed up in seven other languages; not its "failing again" reason swap) and
 * round 50's own: a calm "just to confirm" asking again, words that say a fact is added ("forgot to say", "if that
 * matters"), a Spanish or Portuguese first person in the present, and common Italian words for {@link CustomerLanguage}.
 * Each fires on its shape, stays silent on look-alikes and is linear on hostile input ({@link RuleLinearity}, ×16).
 * Sentences written for this test, none from a dataset or from the written sets.
 */
class Bh50FollowUpTest {

    @Test
    void thanksNotedAndNoProblemSettle() {
        for (String text : List.of("Fine, thanks, that's all for now.", "Très bien, merci, bonne journée.", "Gut, danke.",
                "Vale, gracias por todo.", "Va bene, grazie.", "Goed, bedankt.", "Dobrze, dziękuję.",
                "My son will be happy with that. Thank you so much!", "Ok, c'est noté.", "Ok, genoteerd.",
                "Kein Problem, dann mache ich das so.", "No problem, I'll check again tomorrow.", "Je regarderai demain.",
                "Sprawdzę to jutro.", "Ik kijk straks wel weer.")) {
            assertTrue(FollowUp.settled(text), text);
        }
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
                "Fiz o pedido pelo site na terça-feira.", "Złożyłam wniosek w oddziale w poniedziałek.",
                // round 50: words that add a fact, a Spanish or Portuguese first person in the present
                "Forgot to mention, it's a joint account.", "It's the business card, in case that matters.",
                "Tengo la cuenta desde 2019 en la oficina de Sevilla.", "Sou cliente desde 2015, com a conta ordenado.")) {
            assertTrue(FollowUp.addsFacts(text), text);
        }
        for (String text : List.of("Recommend a good pasta recipe", "Tell me a joke about banks.",
                "I requested it last Tuesday and it still hasn't come.", "That doesn't tell me anything.",
                "Je n'en peux plus, je ne sais plus quoi faire.", "Ich kann nicht mehr.", "Ya no aguanto más.",
                "Nie widzę tej opcji.", "When will it come?", "Please help me, this is urgent!",
                "Forgot to say, does it also work abroad?", "Tengo un problema, no funciona la tarjeta.",
                "Estou sem dinheiro e não sei o que fazer.")) {
            assertFalse(FollowUp.addsFacts(text), text);
        }
    }

    @Test
    void doubtingTheReplyIsRead() {
        for (String text : List.of("You seem unsure. I mean the fee for a joint account.", "You don't seem sure about this.",
                "Vous n'avez pas l'air sûr.", "Sie scheinen unsicher.")) {
            assertTrue(FollowUp.doubtsReply(text), text);
        }
        for (String text : List.of("I'm not sure which account I used.", "Sorry, I meant the savings account.",
                "Are you sure the app shows it?")) {
            assertFalse(FollowUp.doubtsReply(text), text);
        }
    }

    @Test
    void askingAgainOnlyToConfirmIsRead() {
        for (String text : List.of("Just to confirm, the transfer limit is per day?", "Could you tell me the fee again? I'm noting it down.",
                "Can you give me the branch opening hours again please?", "Entonces, ¿cuánto cuesta? Solo para confirmar.",
                "Juste pour confirmer : c'est gratuit ?", "Nur zur Sicherheit: kostet das etwas?", "Per conferma, è gratis?",
                "Voor de zekerheid: is dat gratis?", "Só para confirmar, é grátis?", "Dla pewności: to jest darmowe?")) {
            assertTrue(FollowUp.confirming(text), text);
        }
        for (String text : List.of("Just to confirm, can I or not?", "Could you give me the fee again? I asked already.",
                "Just tell me the fee.", "What is the fee for a transfer abroad?", "Can you check the transfer again?",
                "Confirm my new address please.", "I confirm the payment.")) {
            assertFalse(FollowUp.confirming(text), text);
        }
    }

    @Test
    void beingFedUpInOtherLanguagesIsExasperation() {
        for (String text : List.of("J'en ai vraiment marre de tout ça.", "C'est inadmissible.", "Estoy harta de esperar.",
                "Jetzt reicht's mir aber.", "Ik ben het echt zat.", "Sono stufo di questa app.", "Estou farto disto.",
                "Mam już tego dość.")) {
            assertTrue(SentimentScorer.exasperated(text), text);
        }
        for (String text : List.of("Es reicht, wenn ich das Formular online schicke?", "Ik ben het niet eens met de rente.",
                "Sono stato in filiale ieri.", "Mam pytanie o kartę.", "C'est possible de payer en ligne ?")) {
            assertFalse(SentimentScorer.exasperated(text), text);
        }
    }

    @Test
    void aShortItalianOpeningIsNamed() {
        Map<String, Optional<String>> messages = Map.of(
                "Come faccio a fare un bonifico dopo le sei?", Optional.of("it"),
                "Devo pagare sempre la commissione?", Optional.of("it"),
                "Come to the branch after six, can I pay the fee there?", Optional.empty(),
                "Is there a fee to pay my rent from the app?", Optional.empty());
        messages.forEach((text, code) -> assertEquals(code, CustomerLanguage.of(text), text));
    }

    @Test
    void theRulesAreLinearOnHostileInput() {
        RuleLinearity.assertLinear("d'accord merci va bene grazie dziękuję bardzo ", FollowUp::settled, 16);
        RuleLinearity.assertLinear("i ordered it in the app on monday and ", FollowUp::addsFacts, 16);
        RuleLinearity.assertLinear("forgot to say if that matters tengo sou ", FollowUp::addsFacts, 16);
        RuleLinearity.assertLinear("you seem you don't seem sure you are not ", FollowUp::doubtsReply, 16);
        RuleLinearity.assertLinear("just to could you give me again solo para ", FollowUp::confirming, 16);
        RuleLinearity.assertLinear("could you tell me the fee ", FollowUp::confirming, 16);
        RuleLinearity.assertLinear("j'en ai mnie to już ik ben het c'est es reicht ", SentimentScorer::exasperated, 16);
        RuleLinearity.assertLinear("come faccio dopo troppi sempre ", t -> CustomerLanguage.of(t).isPresent(), 16);
    }
}
