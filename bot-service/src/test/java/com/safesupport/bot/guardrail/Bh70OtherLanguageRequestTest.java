package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 70 (issue 14, branch bh70): a person asked for in the seven other languages in shapes the rules lacked — someone
 * who speaks the customer's language ("alguien que hable español", "jemanden, der Deutsch spricht"), a person wanted,
 * needed or preferred ("je voudrais une personne", "ich hätte gern, dass ein Mensch ...", "chcę człowieka, nie
 * automatu"), someone who can help or look ("¿no hay nadie que me pueda ayudar?", "iemand die dit met mij kan
 * doornemen"), which one of "you" to call ("wie van jullie kan ik bellen"), an appointment with an adviser — and money
 * named beside a request no longer makes it a mention only ({@link HumanRequestDetector#mentionOnly}): only a person the
 * money goes to does. A role on the account, the customer's family, a third party who knows someone, a relative who
 * speaks a language stay silent. Sentences written for this test, not from a dataset or a written set.
 */
class Bh70OtherLanguageRequestTest {

    @Test
    void someoneWhoSpeaksTheCustomersLanguageIsARequest() {
        List<String> requests = List.of(
                "Lo siento, no escribo bien en inglés. ¿Hay alguien que hable español?",
                "Pardon, mon anglais est limité : y a-t-il quelqu'un qui parle français ?",
                "Gibt es bei Ihnen jemanden, der Deutsch spricht?",
                "Mi scusi, c'è qualcuno che parla italiano? È per un addebito.",
                "Is er iemand die Nederlands spreekt? Het gaat om mijn spaarrekening.",
                "Desculpe, há alguém que fale português?",
                "Przepraszam, czy jest ktoś, kto mówi po polsku?",
                "Is there someone who speaks Polish? My English is not good.",
                "Could I have a Spanish-speaking adviser, please?",
                "Est-ce qu'un conseiller francophone peut reprendre mon dossier ?",
                "Haben Sie einen deutschsprachigen Mitarbeiter für mich?",
                "Ik zou een Nederlandstalige medewerker willen.");
        List<String> missed = requests.stream().filter(t -> !HumanRequestDetector.detect(t)).toList();
        assertTrue(missed.isEmpty(), "not recognised: " + missed);
    }

    @Test
    void aPersonWantedOrSomeoneWhoCanHelpIsARequestInEveryLanguage() {
        List<String> requests = List.of(
                "Prefiero una persona, no la máquina.",
                "Quiero que me atienda una persona, no entiendo el cargo.",
                "Je voudrais qu'un conseiller regarde ma demande de prêt.",
                "Ich brauche einen Menschen, keinen Bot.",
                "Ich hätte gern, dass ein Mitarbeiter sich das anschaut.",
                "Vorrei che qualcuno controllasse il mio addebito.",
                "Ik wil graag een medewerker, het is ingewikkeld.",
                "Quero uma pessoa, por favor, não consigo resolver isto aqui.",
                "Potrzebuję człowieka, nie automatu.",
                "Eine echte Person bitte, es geht um Geld.",
                "Prawdziwa osoba, proszę.",
                "Prefiero tratarlo con una persona de carne y hueso.",
                "¿No hay nadie que me pueda ayudar con la hipoteca?",
                "Y a-t-il quelqu'un qui puisse regarder mon dossier ?",
                "Gibt es jemanden, der mir helfen kann?",
                "C'è qualcuno che possa controllare la pratica?",
                "Zit er iemand die dit met mij kan doornemen?",
                "Há alguém que me possa ajudar com o empréstimo?",
                "Czy jest ktoś, kto może mi pomóc?",
                "This needs someone who can look at the paperwork.",
                "Wie van jullie kan ik hierover bellen?",
                "¿Quién de ustedes me puede llamar?",
                "Kto z państwa może do mnie zadzwonić?",
                "Quisiera una cita con un asesor para el préstamo.",
                "Kan ik een afspraak maken met een adviseur over mijn hypotheek?",
                "Can I book an appointment with an adviser?");
        List<String> missed = requests.stream().filter(t -> !HumanRequestDetector.detect(t)).toList();
        assertTrue(missed.isEmpty(), "not recognised: " + missed);
    }

    @Test
    void moneyNamedBesideARequestIsNoMentionOnlyButMoneyToAPersonIs() {
        List<String> notMentions = List.of(
                "Kann mir eine Person helfen? Das Geld ist nicht angekommen.",
                "Eine Person bitte, meine Zahlung ist weg.",
                "Una persona, por favor: el dinero no ha llegado.");
        List<String> masked = notMentions.stream().filter(HumanRequestDetector::mentionOnly).toList();
        assertTrue(masked.isEmpty(), "a request read as a mention: " + masked);
        List<String> mentions = List.of(
                "Kann ich Geld an eine andere Person in Polen überweisen?",
                "Quero enviar dinheiro para outra pessoa no Brasil.",
                "Chcę przelać pieniądze do innej osoby.",
                "Puis-je envoyer de l'argent à quelqu'un sans son IBAN ?");
        List<String> notMasked = mentions.stream().filter(t -> !HumanRequestDetector.mentionOnly(t)).toList();
        assertTrue(notMasked.isEmpty(), "money to a person not read as a mention: " + notMasked);
    }

    @Test
    void rolesFamilyAndThirdPartiesAreNoRequest() {
        List<String> silent = List.of(
                "Ich möchte eine Person als Bevollmächtigte eintragen.",
                "Quiero añadir una persona como autorizada en mi cuenta.",
                "Ik wil een persoon machtigen voor mijn rekening.",
                "Quero que uma pessoa da minha família tenha acesso à conta.",
                "Je voudrais une personne de confiance comme mandataire.",
                "Vorrei un consulente finanziario indipendente, me ne consigliate uno?",
                "Mi hijo conoce a alguien que puede ayudar con la app.",
                "Mi madre solo habla español, ¿puede usar la app?",
                "My husband only speaks Polish, is the app in Polish?",
                "La persona que me atendió ayer hablaba francés muy bien.",
                "Wie van jullie heeft de nieuwe app gemaakt? Die is mooi.",
                "Quiero enviar dinero a alguien en Colombia.",
                "Je voudrais savoir si le virement est arrivé.",
                "Ich möchte wissen, wie viel eine Überweisung kostet.");
        List<String> read = silent.stream().filter(HumanRequestDetector::detect).toList();
        assertTrue(read.isEmpty(), "read as a request: " + read);
    }

    @Test
    void hostileInputIsLinear() {
        RuleLinearity.assertLinear("alguien que hable quelqu'un qui parle jemand der deutsch iemand die spreekt ktoś kto mówi po ", HumanRequestDetector::detect, 16);
        RuleLinearity.assertLinear("quiero una persona je voudrais une personne ich brauche einen menschen chcę osobę nie automat ", HumanRequestDetector::detect, 16);
        RuleLinearity.assertLinear("quiero que me atienda una persona vorrei che qualcuno ich hätte gern, dass ein mensch ", HumanRequestDetector::detect, 16);
        RuleLinearity.assertLinear("nadie que me pueda jemand, der mir iemand die dit met mij kan ktoś, kto może alguém que possa ", HumanRequestDetector::detect, 16);
        RuleLinearity.assertLinear("wie van jullie quién de ustedes cita con un asesor afspraak met een medewerker someone who can ", HumanRequestDetector::detect, 16);
        RuleLinearity.assertLinear("eine echte person persona de carne y hueso una persona, por favor geld an eine person ", HumanRequestDetector::mentionOnly, 16);
    }
}
