package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.covered;
import static com.safesupport.redaction.detect.AnalyzerTest.found;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 93 (removal only): a person or place finding whose phrase shows a product, a plan or a firm ("the Olivia plan",
 * "la lampada Rosalia", "Carter &amp; Webb", "… Ltd") or a label or pronoun ("Vertrag Nr.", "bestätigen Sie den …") is no
 * person and no place. Made-up texts only: the readings in their places, names in look-alike phrases that must stay, and
 * linear time.
 */
class Rb93TradeNamesTest {

    private static boolean personOrPlaceWith(List<String> findings, String word) {
        return findings.stream().anyMatch(x -> (x.startsWith("PERSON=") || x.startsWith("LOCATION=")) && x.contains(word));
    }

    private static void noneWith(String text, String... words) {
        List<String> f = found(text);
        for (String w : words) {
            assertFalse(personOrPlaceWith(f, w), () -> text + " -> " + f);
        }
    }

    @Test
    void aNameBeforeAProductNounIsAProduct() {
        noneWith("Is the Olivia plan cheaper than the Harper plan for two lines?", "Olivia", "Harper");
        noneWith("I want to move to the Unlimited Max plan next month.", "Max");
        noneWith("Can I switch from the Isabella tariff to something cheaper?", "Isabella");
        noneWith("The Henry and Matilda armchairs from order 77-1204 arrived scratched.", "Henry", "Matilda");
        noneWith("We ordered three 'Beatrice' cushions and only two came.", "Beatrice");
        noneWith("Does the Vienna bundle include roaming in Serbia?", "Vienna");
        noneWith("The Dalton grill stopped heating after two days.", "Dalton");
        noneWith("Both Augusta and Winifred duvet sets came in the wrong size.", "Winifred");
        noneWith("Why is the Montreal print dearer than the Quebec one?", "Montreal");
        noneWith("Please move me from the Brisbane tier to the Perth tier.", "Brisbane", "Perth");
    }

    @Test
    void aNameAfterAProductHeadIsAProduct() {
        noneWith("La lampada Rosalia è arrivata rotta, ordine 4410.", "Rosalia");
        noneWith("Le modèle Grenoble a-t-il la même garantie ?", "Grenoble");
        noneWith("¿Cuándo vuelve la silla Sevilla al catálogo?", "Sevilla");
        noneWith("Does plan Amelia include calls to Spain?", "Amelia");
        noneWith("Router model Helsinki 3 keeps rebooting at night.", "Helsinki");
        noneWith("O plano Coimbra inclui chamadas internacionais?", "Coimbra");
    }

    @Test
    void aFirmsJointOrLegalFormIsAFirm() {
        noneWith("I paid at Carter & Webb on 3 March and it shows twice.", "Carter", "Webb");
        noneWith("The invoice from Carter & Sons is wrong.", "Carter");
        noneWith("I paid Holt & Marsh Ltd twice for one order.", "Holt", "Marsh");
        noneWith("The invoice from Ashworth Plumbing Ltd has the wrong VAT.", "Ashworth");
        noneWith("Our company Pemberly Hart GmbH needs five more SIM cards.", "Pemberly");
        noneWith("The payment to Fenwick & Sons bounced yesterday.", "Fenwick");
        noneWith("We paid Hollis Fraser Ltd. on 2 May, please check.", "Hollis");
    }

    @Test
    void aLabelOrAPronounIsNoName() {
        noneWith("Bitte bestätigen Sie den Erhalt meiner Kündigung.", "Sie");
        noneWith("Der Vertrag Nr. 4410-22 endet im März.", "Nr");
        noneWith("Bitte kündigen Sie meinen Handyvertrag Nr. 77-2104-11 zum Jahresende.", "Sie", "Nr");
    }

    @Test
    void aTierOrANamingOfProductsIsAProduct() {
        noneWith("Is the Hazelwood tariff cheaper than Rosalind Premium?", "Rosalind");
        noneWith("Can I move from Felix Unlimited to a cheaper plan?", "Felix");
        noneWith("Our plans are called Juniper, Marigold and Rosalind; which one has roaming?", "Juniper", "Marigold", "Rosalind");
        noneWith("My tariff is called 'Bella Family' and I want to add a second line.", "Bella");
        noneWith("The armchair is called Lisbon Grande and it came without legs.", "Lisbon");
    }

    @Test
    void aDayAfterAPrepositionOfTimeIsADay() {
        noneWith("Seit Dienstag habe ich kein Internet.", "Dienstag");
        noneWith("Die Lieferung kam am Freitag nicht an.", "Freitag");
        noneWith("Is the shop open until 6 pm on Christmas Eve?", "Christmas");
        noneWith("I moved to Leeds in March and the bill still goes to the old flat.", "March");
    }

    @Test
    void namesInLookAlikePhrasesStay() {
        String possessive = "The account is in May's name, she is my aunt.";
        int may = possessive.indexOf("May");
        assertFalse(TradeNames.tradeName(possessive, may, may + 3), "a possessive names a person");
        String single = "Please call Theo on Friday, not Max.";
        int max = single.indexOf("Max");
        assertFalse(TradeNames.tradeName(single, max, max + 3), "a name with no product phrase");
        covered("My daughter is called Juniper Hale and she uses the family plan.", "PERSON", "Juniper Hale");
        covered("I spoke to April Jennings on Friday about the refund.", "PERSON", "April Jennings");
        covered("Please call Theo Plus, our accountant, about the invoice.", "PERSON", "Theo"); // "Plus" is no tier here
        covered("Mr & Mrs Hale asked for the refund, card holder Mrs Eleanor Hale.", "PERSON", "Eleanor Hale");
        covered("Thanks a lot, Ingrid & Tomasz", "PERSON", "Ingrid");
        covered("The voucher was a gift from Ingrid Thorsdottir & Tomasz Wielgosz.", "PERSON", "Ingrid Thorsdottir");
        covered("My name is Oliver Grant and I want to change my plan.", "PERSON", "Oliver Grant");
        covered("I'm Hannah Cole, the sofa arrived broken.", "PERSON", "Hannah Cole");
        covered("Ich bin Sabine Krüger, bitte rufen Sie mich an.", "PERSON", "Sabine Krüger");
        covered("Regards,\nMartin Hollis\nHollis Joinery Ltd", "PERSON", "Martin Hollis");
        covered("My son Oscar Lindqvist uses the family plan.", "PERSON", "Oscar Lindqvist");
        covered("Please send it to Anna Berg, the lamp was a present.", "PERSON", "Anna Berg");
        covered("La lampada per Giulia Rossi è arrivata rotta.", "PERSON", "Giulia Rossi");
        covered("The plan holder is Victoria Adeyemi, she is my mother.", "PERSON", "Victoria Adeyemi");
        covered("Bitte rufen Sie Frau Hannelore Weiß an, sie wartet.", "PERSON", "Hannelore Weiß");
    }

    @Test
    void oddAndHugeInputs() {
        List<String> odd = found("the \u200bOlivia plan & & &  Ltd Nr. Sie \u00a0 'x' plan 'Y' \uD83D\uDE00 Carter &");
        assertTrue(odd.stream().noneMatch(x -> x.contains("\uD83D\uDE00")), odd::toString);
        String huge = "Is the Olivia plan cheaper? I'm Hannah Cole, paid at Carter & Webb. Vertrag Nr. 6612-305-48.\n".repeat(2_000);
        List<String> all = found(huge);
        assertTrue(all.stream().noneMatch(x -> x.contains("Olivia") || x.contains("Carter") || x.contains("Webb")),
                () -> all.stream().distinct().toList().toString());
        assertTrue(all.stream().filter(x -> x.equals("PERSON=Hannah Cole")).count() >= 1_000,
                () -> all.stream().distinct().toList().toString());
    }

    @Test
    void theReadingsStayLinear() {
        for (String unit : List.of("the Olivia and Harper and Max plan ", "Carter & Webb & Ltd & Sons ", "la lampada 'Rosalia' ",
                "Anna Berg Ltd GmbH Inc. ", "bestätigen Sie den Vertrag Nr. 4 ", "&&&&&&&&", "'Beatrice' 'Beatrice' cushions ",
                "OliviaplanOliviaplan")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 93 trade names 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            // x16 input must cost less than x40 time: the ratio is per unit of input
            assertTrue(ratio * 16 < 40, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
