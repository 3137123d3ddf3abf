package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 67 (issue 14, branch bh67; round 66's rule revived and widened): {@link SensitiveTopicDetector} — harm done to the customer themselves, told in the
 * first person in the eight languages (robbed at knifepoint, threatened, blackmailed, stalked, fleeing a war or a violent
 * partner, sight being lost, a coma, a psychiatric clinic, intensive care, a home burnt down or flooded, just out of
 * prison, an addiction the customer cannot stop), read as {@code vulnerability}; a third party's story, words in another
 * sense and ordinary card or payment questions stay silent. Sentences written for this test, not from a dataset or a
 * written set.
 */
class Bh67OwnSituationTest {

    @Test
    void theCustomersOwnSituationInTheEightLanguages() {
        List<String> situations = List.of(
                "Someone pulled a knife on me outside the station and they made me withdraw 200 at the machine.",
                "I was held at knifepoint last night and I still need to sort out my account.",
                "My ex keeps threatening me and says he will empty our joint account.",
                "A stranger is blackmailing me with pictures and wants money tonight.",
                "We fled the war last spring and I have no documents for an account.",
                "Me persigue desde hace meses y sabe dónde trabajo por las transferencias.",
                "Mi ricatta da settimane e vuole che gli mandi altri soldi.",
                "Je perds la vue et je ne peux plus lire vos courriers.",
                "Ich verliere mein Augenlicht und kann die App kaum noch lesen.",
                "Mijn man ligt in coma en alle rekeningen staan op zijn naam.",
                "Estou a sair de uma clínica psiquiátrica e não consigo tratar das contas.",
                "Uciekłam od męża, który mnie bije, i potrzebuję nowego konta.",
                "Our flat flooded on Sunday and we are staying with friends.",
                "I just got out of prison and all I have is what is in that account.",
                "Please block betting sites on my card. I can't stop.",
                "I'm an alcoholic and I empty the account every time I relapse.",
                "Grożą mi, jeśli nie przeleję im pieniędzy.");
        for (String s : situations) {
            assertEquals(Optional.of("vulnerability"), SensitiveTopicDetector.detect(s), s);
        }
    }

    @Test
    void roundSixtySevenShapesInTheEightLanguages() {
        List<String> situations = List.of(
                "The doctors said the tumour has come back and there is nothing more the hospital can do.",
                "They give me a few months to live and I want my son to manage the bills.",
                "I'm receiving palliative care at home now, can my wife pay from my account?",
                "Me quedan pocos meses de vida y quiero dejar todo ordenado.",
                "Il cancro ha fatto metastasi, vorrei che mia figlia potesse usare il conto.",
                "Je suis en soins palliatifs et je ne peux plus me déplacer à l'agence.",
                "Ik heb nog maar een paar maanden te leven, hoe regel ik een volmacht?",
                "There was a fire at our house on Friday and my cards and passport went with it.",
                "We are in emergency accommodation with the children and I have no documents.",
                "I've been homeless since March and need somewhere for my wages to go.",
                "Unsere Wohnung ist abgebrannt, alle Karten sind weg.",
                "Spłonęło nasze mieszkanie i nie mamy żadnych dokumentów.",
                "A minha casa ardeu e fiquei sem nada.",
                "My carer keeps taking my card to the shop and money goes missing.",
                "Someone has been spending on my card since my handbag went missing.",
                "I'm still shaking after that phone call, what do I do with my account?",
                "Estoy aterrada, no sé qué hacer con mi cuenta.");
        for (String s : situations) {
            assertEquals(Optional.of("vulnerability"), SensitiveTopicDetector.detect(s), s);
        }
    }

    @Test
    void othersStoriesOtherSensesAndOrdinaryQuestionsStaySilent() {
        List<String> silent = List.of(
                "My neighbour says she was threatened by a caller, what calls does the bank never make?",
                "I got mugged yesterday and they took my phone, how do I block the app?",
                "The app made me withdraw at least 20 at the machine, why?",
                "Ho perso di vista la scadenza della carta, quando arriva la nuova?",
                "J'ai perdu de vue mon ancien conseiller, qui suit mon dossier ?",
                "Can I buy alcoholic drinks abroad with my debit card?",
                "I can't stop the direct debit to the gym from the app.",
                "I watched a film about the war last night and paid for it twice.",
                "Follow us on social media for the latest offers?",
                "Does my life insurance pay out for palliative care?",
                "Does home insurance cover a fire in my flat?",
                "My neighbour's house burned last year, can I donate to her from the app?",
                "What happens if someone is using my card abroad without my knowledge?",
                "I watched a documentary about homeless people and want to set up a monthly donation.",
                "This year has flown by, I have months of statements to download.",
                "I'm shaking my head at this fee, why was I charged twice?",
                "Wir sind vor dem Umzug nach Berlin mit der Bank zufrieden gewesen.");
        for (String s : silent) {
            assertTrue(SensitiveTopicDetector.detect(s).isEmpty(), s);
        }
    }

    @Test
    void hostileInputIsLinear() {
        RuleLinearity.assertLinear("i was made me take out threatening me fled the war ", s -> SensitiveTopicDetector.detect(s).isPresent(), 16);
        RuleLinearity.assertLinear("uciekam od huimos de la guerra perso quasi la vista ", s -> SensitiveTopicDetector.detect(s).isPresent(), 16);
        RuleLinearity.assertLinear("i i i can't stop the lost everything in casinos ", s -> SensitiveTopicDetector.detect(s).isPresent(), 16);
        RuleLinearity.assertLinear("our house flooded in coma just got out of prison ", s -> SensitiveTopicDetector.detect(s).isPresent(), 16);
        RuleLinearity.assertLinear("me quedan zostało mi il me reste the cancer has ", s -> SensitiveTopicDetector.detect(s).isPresent(), 16);
        RuleLinearity.assertLinear("my carer keeps my someone has been spending on my ", s -> SensitiveTopicDetector.detect(s).isPresent(), 16);
        RuleLinearity.assertLinear("there was a fire in the flat is i'm so still homeless ", s -> SensitiveTopicDetector.detect(s).isPresent(), 16);
    }
}
