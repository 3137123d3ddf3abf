package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.assertNone;
import static com.safesupport.redaction.detect.AnalyzerTest.covered;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 46: vetoes on the name model's reading — CamelCase identifiers written as code, a German self-introduction's
 * lead-in and a noun after it, lower-case runs of unknown words in a capitalised sentence — and a given name joining the
 * family name the model tags alone. Made-up texts other than the probe's; look-alikes stay as they were; linear time
 * with inputs growing ×16.
 */
class RoundFortySixRulesTest {

    @Test
    void camelCaseIdentifiersWrittenAsCodeAreNoPersonOrPlace() {
        // fires: a file name in a log line, a call, a package path (the first was LOCATION before the rule)
        assertNone("Exception in InvoiceService.java:88 after the upgrade", "LOCATION");
        assertNone("Exception in InvoiceService.java:88 after the upgrade", "PERSON");
        assertNone("The OrderController.handle( call failed twice", "PERSON");
        assertNone("at com.acme.billing.CustomerAccount.load(CustomerAccount.java:41)", "PERSON");
        // look-alikes: CamelCase in prose (a product, a name with its prefix) stays as the model reads it
        covered("I need those AirPods lol", "PERSON", "AirPods");
        covered("Please call MacLeod about the invoice.", "PERSON", "MacLeod");
        covered("Please call LeeAnn Parker about the invoice.", "PERSON", "LeeAnn");
    }

    @Test
    void germanLeadInsAndTheNounAfterThem() {
        // fires: the lead-in after a greeting is no name; a noun and a preposition after a lead-in is no name
        List<String> f = found("Hallo, hier ist Anna Berger, ich habe eine Frage.");
        assertFalse(f.stream().anyMatch(x -> x.contains("hier ist")), f::toString);
        assertTrue(f.contains("PERSON=Anna Berger"), f::toString);
        assertNone("Guten Tag, ich bin Kunde seit 2019 und habe eine Frage.", "PERSON");
        assertNone("Hallo, hier ist Platz für zwei Koffer.", "PERSON");
        // look-alikes: a name after the lead-in, alone or with a family name, stays
        covered("Hallo, ich bin Jonas und habe eine Frage.", "PERSON", "Jonas");
        covered("Moin, hier spricht Lukas Brandt.", "PERSON", "Lukas Brandt");
        covered("Hallo, hier ist Friederike.", "PERSON", "Friederike");
    }

    @Test
    void lowerCaseRunsInACapitalisedSentence() {
        // fires: two lower-case words, one unknown to every list, in mid-sentence after a capital (PERSON before the rule)
        assertNone("Hoe lang blijft mijn pakket bij het afhaalpunt liggen?", "PERSON");
        // look-alikes: lower-case names after a person word, in a lower-case chat, one word alone
        covered("Hi, my son tunde okafor lost his phone.", "PERSON", "tunde okafor");
        covered("hey its maria joão from the shop", "PERSON", "maria joão");
    }

    @Test
    void aGivenNameJoinsTheFamilyNameTaggedAlone() {
        // fires: the model tagged "Sienkiewicz" alone
        assertTrue(found("Numer klienta 4471, Bogdan Sienkiewicz, prosi o fakturę.").contains("PERSON=Bogdan Sienkiewicz"));
        // look-alikes: an English word or a product word before the family name does not join
        assertTrue(found("Please send it to Order Wróblewski now.").stream().noneMatch(x -> x.contains("Order")));
        assertTrue(found("Thanks, Amex Wróblewski").stream().noneMatch(x -> x.contains("Amex")));
    }

    @Test
    void theNewVetoesStayLinear() {
        for (String unit : List.of("InvoiceService.java:1 ", "OrderService.Order(", "com.PaymentService ", "AirPods ",
                "Hallo, hier ist ", "hier ist Platz für ", "ich bin Kunde seit ", "Hoe lang blijft ", "lang blijft mijn ",
                "Bogdan Sienkiewicz ", "Anna Anna Anna ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 46 rules 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }

    private static List<String> found(String text) {
        return AnalyzerTest.found(text);
    }
}
