package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Round 63 (issue 14, branch bh63): the customer's own distress — fear, shock, being at a loss, not coping, not daring
 * to refuse someone — is a sensitive topic ({@code distress}) in the eight languages the bot serves, whatever situation
 * the message tells; a fear of a thing, politeness ("I'm afraid"), at a loss about a thing and jokes are not. Sentences
 * written for this test, none from a dataset or from the written sets.
 */
class Bh63DistressTest {

    @Test
    void theCustomersOwnDistressIsASensitiveTopicInTheEightLanguages() {
        List<String> distress = List.of(
                "Someone followed me home from the station and took my purse. I'm terrified.",
                "A lorry hit my car this morning and I'm still shaking, my cards were in the glovebox.",
                "My landlord changed the locks while I was out and I don't know what to do any more.",
                "The roof came down in the storm and I don't see how we'll pay the mortgage this winter.",
                "He stands behind me whenever I use the app and I'm too scared to say no.",
                "Mon fils me réclame de l'argent tous les jours et j'ai tellement peur de lui.",
                "Depuis l'incendie je ne sais plus quoi faire, tout a brûlé.",
                "Mi vecino entra en casa cuando quiere y tengo mucho miedo.",
                "Desde el accidente ya no sé qué hacer.",
                "Dopo la rapina sto ancora tremando e non riesco più a pensare.",
                "Ich habe solche Angst, er steht jeden Abend vor meiner Tür.",
                "Seit dem Hochwasser weiß ich nicht mehr weiter.",
                "Mijn buurman haalt elke week geld op en ik durf er niets van te zeggen.",
                "Na de overval ben ik doodsbang.",
                "Desde o assalto tenho medo que ele volte.",
                "Já não sei o que fazer depois do incêndio.",
                "Syn sąsiadki ciągle przychodzi po pieniądze i boję się.",
                "Nie wiem, jak długo jeszcze wytrzymam z tymi ratami.");
        for (String text : distress) {
            assertEquals(Optional.of("distress"), SensitiveTopicDetector.detect(text), text);
        }
    }

    @Test
    void fearOfAThingPolitenessAndAtALossAboutAThingAreNoDistress() {
        List<String> calm = List.of(
                "I'm afraid I don't understand the new overdraft fee.",
                "I'm scared to look at my balance after the holidays, haha.",
                "I'm terrified of the new app layout, where did the statements go?",
                "I don't know what to do with my old card now the new one has come.",
                "There's a payment I don't recognise and I don't know what to do.",
                "I'm desperate for a coffee, can I pay by phone in your branch café?",
                "J'ai peur que la carte n'arrive pas avant mes vacances.",
                "Tengo miedo de que la transferencia llegue tarde.",
                "Ho paura di sbagliare l'IBAN, posso controllarlo prima?",
                "Ich habe Angst, dass die Überweisung nicht rechtzeitig ankommt.",
                "Ik ben bang dat de app mijn wachtwoord niet onthoudt.",
                "Tenho medo de perder o cartão na viagem, há um seguro?",
                "Boję się, że przelew nie dojdzie przed weekendem.",
                "Nie wiem, co zrobić z kartą po wygaśnięciu.",
                "No sé qué hacer con el código que me ha llegado.");
        for (String text : calm) {
            assertEquals(Optional.empty(), SensitiveTopicDetector.detect(text), text);
        }
    }

    @Test
    void anEarlierCategoryStillNamesTheSituation() {
        assertEquals(Optional.of("bereavement"), SensitiveTopicDetector.detect("My husband passed away on Sunday and I'm terrified."));
        assertEquals(Optional.of("fraud-in-progress"), SensitiveTopicDetector.detect("I've been scammed and I'm still shaking."));
    }

    @Test
    void theRulesAreLinearOnHostileInput() {
        RuleLinearity.assertLinear("i'm so i am scared scared , ", t -> SensitiveTopicDetector.detect(t).isPresent(), 16);
        RuleLinearity.assertLinear("j'ai peur de de je ne sais plus ", t -> SensitiveTopicDetector.detect(t).isPresent(), 16);
        RuleLinearity.assertLinear("boję się, boję nie wiem już, co ", t -> SensitiveTopicDetector.detect(t).isPresent(), 16);
        RuleLinearity.assertLinear("ik durf er niets van te ik ben ", t -> SensitiveTopicDetector.detect(t).isPresent(), 16);
    }
}
