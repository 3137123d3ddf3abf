package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.covered;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 49: a name in Georgian, Armenian, Ge'ez or Cyrillic letters after a self-introduction of that script
 * ({@link ScriptIntroductions}), and a name after a letter's closing of the desk's languages ({@link NameNeighbours}).
 * Made-up texts other than the probes'; look-alikes stay as they were; linear time with inputs growing ×16.
 */
class RoundFortyNineNamesTest {

    @Test
    void aNameInItsOwnScriptAfterASelfIntroduction() {
        // fires: the model reads Latin letters only, these names were not found at all
        covered("გამარჯობა! ჩემი სახელია ნინო ბერიძე. I need a new SIM.", "PERSON", "ნინო ბერიძე");
        covered("Ողջույն, իմ անունը Արմեն Սարգսյան է, խնդրում եմ զանգահարել։", "PERSON", "Արմեն Սարգսյան");
        covered("ጤና ይስጥልኝ፣ ስሜ ብርሃኑ ወልዴ ነው። ስልኬ ተቀይሯል።", "PERSON", "ብርሃኑ ወልዴ");
        covered("Здравствуйте! Меня зовут Ольга Смирнова, я не получила код.", "PERSON", "Ольга Смирнова");
        covered("Сәлем! Менің атым Нұрлан Серікбаев. Карта бұғатталды.", "PERSON", "Нұрлан Серікбаев");
        covered("Спасибо.\nС уважением, Дмитрий Орлов", "PERSON", "Дмитрий Орлов");
    }

    @Test
    void aSelfIntroductionWithoutANameNamesNobody() {
        // look-alikes: "I am your customer", lower-case words after the lead-in, a lead-in with no name of its script
        assertNotCovered("მე ვარ თქვენი კლიენტი და მინდა ტარიფის შეცვლა.", "PERSON=თქვენი");
        assertNotCovered("Меня зовут обратно в офис, но я не могу прийти.", "PERSON=обратно");
        assertNotCovered("Меня зовут Smith, please call back", "PERSON=Smith, please");
        assertNotCovered("իմ անունը չի երևում հաշվում։", "PERSON=չի");
        assertNotCovered("ስሜ አልተመዘገበም። ደንበኛ ነኝ", "PERSON=ደንበኛ");
    }

    @Test
    void aNameAfterALettersClosing() {
        // fires: a closing of another language, a town between the closing and the comma, a bracket or dash after the name
        covered("Ich brauche eine neue Rechnung. Herzliche Grüße aus Graz, Wendelin Obermoser (Kundennummer folgt)", "PERSON",
                "Wendelin Obermoser");
        covered("Bedankt voor de hulp. Vriendelijke groeten, Marijke Dekkers — tot volgende week", "PERSON", "Marijke Dekkers");
        covered("La facture est fausse. Bien cordialement, Gaëlle Prigent", "PERSON", "Gaëlle Prigent");
        covered("Teşekkürler. Saygılarımla, Emre Yıldırımoğlu", "PERSON", "Emre Yıldırımoğlu");
    }

    @Test
    void aClosingBeforeATeamOrAWishNamesNobody() {
        // look-alikes: a team signs, a wish follows, one word only, the closing inside a sentence
        assertNotCovered("Votre commande est partie. Cordialement, Service Client", "PERSON=Service Client");
        assertNotCovered("Alles geregeld, dank je. Groeten, Fijne Dag", "PERSON=Fijne Dag");
        assertNotCovered("Herzliche Grüße, Ihr Kundenservice", "PERSON=Ihr Kundenservice");
        assertNotCovered("Kind regards, Customer Support Team", "PERSON=Customer Support");
        assertNotCovered("we send our regards, Budget Plan Renewal", "Budget Plan");
    }

    @Test
    void theNewReadingsStayLinear() {
        for (String unit : List.of("ჩემი სახელია ნინო ბერიძე. ", "მე ვარ მე ვარ მე ვარ ", "իմ անունը Արմեն Սարգսյան է։ ",
                "ስሜ ብርሃኑ ወልዴ ነው። ", "Меня зовут Ольга Смирнова. ", "меня зовут меня зовут ", "Regards, Anna Lind. ",
                "Regards from Graz, Wendelin Obermoser (x) ", ". Cordialement, Cordialement, ", "Groeten uit Groeten uit ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 49 readings 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }

    private static void assertNotCovered(String text, String word) {
        List<String> f = AnalyzerTest.found(text);
        assertFalse(f.stream().anyMatch(x -> x.contains(word)), () -> word + " must stay out: " + f);
    }
}
