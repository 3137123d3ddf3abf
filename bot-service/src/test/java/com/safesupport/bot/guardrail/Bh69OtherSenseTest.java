package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 69 (issue 14, branch bh69): words a request for a person or a sensitive situation hinges on, used in another
 * sense — an agent of another trade or a machine, "human error", a person's thing named by a possessive, a person talked
 * about, a fee per person, the customer's own tax adviser or boss ({@link HumanRequestDetector}); death, killing and
 * illness in idioms and jokes, a death as a condition of a product, scams as a subject ({@link SensitiveTopicDetector}),
 * in the eight languages. Real requests and real situations still count. Sentences written for this test, not from a
 * dataset or a written set.
 */
class Bh69OtherSenseTest {

    @Test
    void otherSensesAreNoRequestForAPerson() {
        List<String> silent = List.of(
                "Can I ask my smart speaker's voice assistant to read out my balance?",
                "My recruitment agent says the new employer pays on the 25th.",
                "Is the representative APR on the car loan fixed for the whole term?",
                "Was the double charge a human error or a system fault?",
                "Human resources need a bank reference letter from me.",
                "Will the money reach the agent's account before Friday?",
                "We were talking about the agent who sold us the flat, not about the card.",
                "I was contacted by someone about a parcel, is that linked to my account?",
                "Is that the rate a real person would actually get, or only the advertised one?",
                "Am I writing to a human or a very patient robot? Anyway, what is the IBAN format?",
                "¿Fue un error humano o del sistema?",
                "C'était une erreur humaine, le virement est parti deux fois.",
                "War das ein menschlicher Fehler bei der Buchung?",
                "Was dat een menselijke fout bij de afschrijving?",
                "Foi um erro humano no débito?",
                "To był błąd ludzki przy księgowaniu?",
                "L'ufficio risorse umane vuole una lettera della banca.");
        List<String> handed = silent.stream().filter(HumanRequestDetector::detect).toList();
        assertTrue(handed.isEmpty(), "read as a request: " + handed);
    }

    @Test
    void peopleNamedInAnotherShapeAreMentionsOnlyForTheClassifier() {
        List<String> mentions = List.of(
                "Is there a fee per person on a joint account?",
                "Gibt es beim Gemeinschaftskonto eine Gebühr pro Person?",
                "Y si somos dos personas, ¿podemos firmar los dos?",
                "Kann ich eine andere Person als Bevollmächtigte eintragen?",
                "Puis-je ajouter une autre personne comme mandataire sur le compte ?",
                "Mon conseiller fiscal veut un relevé annuel des intérêts.",
                "Mi asesor fiscal necesita el certificado de retenciones.",
                "Il mio commercialista chiede l'estratto conto di dicembre.",
                "Mijn belastingadviseur vraagt om een jaaroverzicht.",
                "Mein Steuerberater braucht eine Zinsbescheinigung.",
                "O meu contabilista precisa do extrato anual.",
                "Mój księgowy potrzebuje zestawienia rocznego.",
                "El manager de mi empresa pide un certificado de la cuenta.",
                "Kann ich Geld an eine Person in Italien überweisen, die kein Konto hier hat?");
        List<String> notMentions = mentions.stream().filter(t -> !HumanRequestDetector.mentionOnly(t)).toList();
        assertTrue(notMentions.isEmpty(), "not read as mentions only: " + notMentions);
    }

    @Test
    void realRequestsAreStillRequests() {
        List<String> requests = List.of(
                "I want to speak to a human, not a robot.",
                "Can I talk to an agent please?",
                "Put me through to a real person.",
                "Kann ich mit einem Mitarbeiter sprechen?",
                "Je voudrais parler à un conseiller.",
                "Quiero hablar con una persona.",
                "Vorrei parlare con un operatore.",
                "Ik wil met een medewerker spreken.",
                "Quero falar com um atendente.",
                "Chcę porozmawiać z konsultantem.",
                "The agent's answer was useless, I want to talk to a manager.");
        List<String> missed = requests.stream().filter(t -> !HumanRequestDetector.detect(t)).toList();
        assertTrue(missed.isEmpty(), "not recognised: " + missed);
        List<String> mentions = List.of("Kann ich mit einer anderen Person sprechen?", "My tax adviser and I want to talk to an adviser of yours.")
                .stream().filter(HumanRequestDetector::mentionOnly).toList();
        assertTrue(mentions.isEmpty(), "a request read as a mention: " + mentions);
    }

    @Test
    void idiomsAndJokesAreNoSensitiveSituation() {
        List<String> silent = List.of(
                "I nearly died laughing at the new app icon. How do I change my PIN?",
                "This card will be the death of me, it never works at the till.",
                "I'm dying to know when the new savings rate starts.",
                "Bored to death of waiting for the letter, when does it come?",
                "These fees will kill me, can I get a cheaper account?",
                "I nearly had a heart attack when I saw the bill. Is that charge right?",
                "Moving all my savings now would be financial suicide.",
                "Je suis mort de rire avec votre publicité, mais comment je bloque ma carte ?",
                "Me muero de risa con el nuevo anuncio. ¿Cómo cambio el PIN?",
                "Sono morto dal ridere, comunque come si attiva la carta?",
                "Ich habe mich totgelacht über die Werbung. Wie ändere ich die PIN?",
                "Ik heb me doodgelachen om die reclame. Hoe blokkeer ik mijn pas?",
                "Morri de rir com o anúncio. Como mudo o PIN?",
                "Umarłem ze śmiechu. Jak zmienić PIN?",
                "Casi me da un infarto al ver la factura.",
                "How do I name a beneficiary in case of death on my savings?",
                "Comment désigner un bénéficiaire en cas de décès ?",
                "Wer bekommt das Geld im Todesfall?",
                "Does the policy pay out on a cancer diagnosis?",
                "What documents do you need to close the account of someone who has passed away?",
                "I watched a documentary about romance scams. Do you block such payments?",
                "What do you do to protect your customers from scam calls?");
        List<String> read = silent.stream().filter(t -> SensitiveTopicDetector.detect(t).isPresent()).toList();
        assertTrue(read.isEmpty(), "read as sensitive: " + read);
    }

    @Test
    void realSituationsAreStillSensitive() {
        List<String> sensitive = List.of(
                "My husband died last week and I need to close his account.",
                "After the death of my mother I am the executor of her estate.",
                "I want to kill myself, I can't cope with these debts.",
                "I had a heart attack last month and cannot manage my banking.",
                "I've been scammed, I sent 2,000 to a man I met online.",
                "I've just been diagnosed with cancer and I'm behind on my loan.",
                "Mon père est mort en mai, que dois-je faire pour son compte ?",
                "Mi marido murió el mes pasado.",
                "Mein Vater ist gestorben, ich brauche Hilfe mit seinem Konto.",
                "Mijn moeder is overleden.",
                "O meu pai faleceu na semana passada.",
                "Mój ojciec zmarł w zeszłym tygodniu.",
                "Mio padre è morto a maggio.",
                "I laughed until I cried, and then I remembered my wife passed away last month.");
        List<String> missed = sensitive.stream().filter(t -> SensitiveTopicDetector.detect(t).isEmpty()).toList();
        assertTrue(missed.isEmpty(), "not read as sensitive: " + missed);
    }

    @Test
    void hostileInputIsLinear() {
        RuleLinearity.assertLinear("a human or a very very robot the agent's account talking about the agent ", HumanRequestDetector::detect, 16);
        RuleLinearity.assertLinear("human error erreur humaine voice assistant representative apr contacted by someone ", HumanRequestDetector::detect, 16);
        RuleLinearity.assertLinear("eine andere person als per person mon conseiller fiscal el manager de mi empresa ", HumanRequestDetector::mentionOnly, 16);
        RuleLinearity.assertLinear("geld an eine person überweisen two people my boss asked ", HumanRequestDetector::mentionOnly, 16);
        RuleLinearity.assertLinear("nearly died laughing the death of me dying to know mort de rire me muero de risa ", t -> SensitiveTopicDetector.detect(t).isPresent(), 16);
        RuleLinearity.assertLinear("documentary about the romance scams protect our customers from scam calls in case of death ", t -> SensitiveTopicDetector.detect(t).isPresent(), 16);
    }
}
