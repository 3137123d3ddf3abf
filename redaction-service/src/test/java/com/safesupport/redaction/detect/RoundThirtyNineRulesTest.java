package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.assertNone;
import static com.safesupport.redaction.detect.AnalyzerTest.covered;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 39: a passport number closing a long label; surname-first names in running prose ("Tran, Minh Duc", "Schmidt,
 * Hans-Peter"); a Dutch particle name after a lower-case word; greetings, pronouns and form words of other languages that
 * are no name or place; products and tariffs named after places (a noun before them, a number before the plan word, a
 * colour after them); a business's service number named as one. Made-up values other than the probe's; look-alikes
 * stay as they were; linear time on the new checks with inputs growing ×16.
 */
class RoundThirtyNineRulesTest {

    @Test
    void passportNumberClosingALongLabel() {
        covered("Passport number for my daughter's school trip next spring: 649201738", "PASSPORT", "649201738");
        covered("Our passport number, the one on the family booking form, is 712093846.", "PASSPORT", "712093846");
        covered("Reisepassnummer meines Mannes (er fliegt im Juni mit): L9GT3NR47", "PASSPORT", "L9GT3NR47");
        covered("Numéro de passeport de mon fils (renouvelé l'an dernier) : 18FR20931", "PASSPORT", "18FR20931");
        // look-alikes: a reference, an accessory, another sentence, no label before the number
        assertNone("Passport holder in tan leather, order number for the exchange: 771204938", "PASSPORT");
        assertNone("Passport photo booth at the branch, ticket reference: 330192847", "PASSPORT");
        assertNone("I renewed my passport last month. The parcel tracking is: 593018274", "PASSPORT");
        assertNone("My passport expired and the new one arrived with the code 18FR20931 on the envelope", "PASSPORT");
        assertNull(PassportLabels.longLabel("passport holder sku: 123456789", 17));
        assertNull(PassportLabels.longLabel("order is 123456789", 9));
    }

    @Test
    void surnameFirstNamesInRunningProse() {
        whollyRedacted("The card was issued to Pham, Bao Anh by mistake.", "Pham, Bao Anh"); // "Pham" may stay a place
        covered("Please move the line from Vogel, Karl-Heinz to his daughter.", "PERSON", "Vogel, Karl-Heinz");
        covered("Goedemorgen, ik ben Daan van der Meer en mijn pakket is zoek.", "PERSON", "Daan van der Meer");
        // look-alikes: lists and places keep their words
        assertNone("We sell sofas, armchairs and Follow-Up kits.", "PERSON");
        assertNone("Returns, Exchanges and Refunds are on page two.", "PERSON");
    }

    @Test
    void foreignGreetingsAndFormWordsAreNoNames() {
        for (String text : List.of("Guten Tag, meine Rechnung ist falsch.", "Guten Abend, bitte prüfen Sie das.",
                "Sehr geehrte Damen und Herren, ich kündige hiermit.", "Buenas tardes, necesito ayuda con el pedido.",
                "Merci de vérifier la facture.", "fecha de nacimiento: la tengo en el pedido", "Mein Konto ist gesperrt.",
                "geboortedatum en adres staan in het formulier")) {
            assertNone(text, "PERSON");
            assertNone(text, "LOCATION");
        }
        // a name after the same words stays a name; a title with its name stays whole
        covered("Guten Tag, mein Name ist Wiebke Harms.", "PERSON", "Wiebke Harms");
        covered("Bitte rufen Sie Frau Ortlieb an.", "PERSON", "Ortlieb");
        covered("Buenas tardes, soy Itziar Goikoetxea.", "PERSON", "Itziar Goikoetxea");
    }

    @Test
    void productsAndTariffsNamedAfterPlaces() {
        for (String text : List.of("Der Tarif Dresden Max 30 ist zu teuer.", "Le forfait Lille 20 Go est-il dispo ?",
                "Cambiar a la tarifa Bilbao Total, por favor.", "Het abonnement Utrecht Extra klopt niet.",
                "Il divano modello Torino ha un difetto.", "Is the Leeds 200 plan still sold?",
                "Upgrade me to the Oslo Premium bundle.", "The throw in Dorset Blue has faded.")) {
            List<String> f = AnalyzerTest.found(text);
            assertTrue(f.stream().noneMatch(x -> x.matches("(PERSON|LOCATION)=.*(Dresden|Lille|Bilbao|Utrecht|Torino|Leeds|Oslo|Dorset).*")),
                    () -> text + " -> " + f);
        }
        // look-alikes: a place that is a place, a person with a colour's family name
        covered("I moved to Leeds last year.", "LOCATION", "Leeds");
        covered("Please ask Olivia Green to call me.", "PERSON", "Olivia Green");
    }

    @Test
    void serviceNumbersNamedAsSuch() {
        assertNone("I rang your helpline on 0344 123 8890 for an hour.", "PHONE");
        assertNone("The freephone number 0808 157 4423 goes nowhere.", "PHONE");
        assertNone("Customer service at 1-877-404-2291 hung up on me.", "PHONE");
        assertTrue(ServiceNumbers.serviceShape("08001234567", false));
        assertTrue(ServiceNumbers.serviceShape("18884042291", false));
        assertFalse(ServiceNumbers.serviceShape("07700900123", false)); // a mobile
        assertFalse(ServiceNumbers.serviceShape("02079460123", false)); // London
        // look-alikes: a personal number near the word, a toll-free shape without it
        covered("Not the helpline - call me on 07723 418 506.", "PHONE", "07723 418 506");
        covered("direct line 1-800-274-3391 ext 12", "PHONE", "1-800-274-3391");
    }

    @Test
    void aCustomersOwnNumberAfterAServiceWordStaysAPhone() {
        // the service shapes overlap geographic numbers (Berlin 030, UK 0844 against Bavaria 0844x): a first-person word
        // between the service word and the number makes it the writer's own
        covered("Kundenservice soll mich unter 030 31234567 zurückrufen.", "PHONE", "030 31234567");
        covered("Customer service can reach me at 0844 123 4567 after six.", "PHONE", "0844 123 4567");
        covered("I called the helpline from my landline 0345 718 2291.", "PHONE", "0345 718 2291");
        assertFalse(ServiceNumbers.serviceWordBefore("le service client peut me joindre au 0800", 37));
        assertTrue(ServiceNumbers.serviceWordBefore("le service client au 0800", 21));
        assertTrue(ServiceNumbers.firstPersonIn("hotline, ruf mich an: ", 0));
        assertFalse(ServiceNumbers.firstPersonIn("helpline on ", 0));
        assertFalse(ServiceNumbers.firstPersonIn("mime michigan ", 0)); // words that only begin like "mi" are none
        // the company's own number stays dropped: "us", "your", "our" are not the writer
        assertNone("Call us on our helpline 0344 123 8890 any time.", "PHONE");
    }

    /** Every letter and digit of {@code value} in {@code text} lies inside a finding (of any type): nothing of it is left. */
    private static void whollyRedacted(String text, String value) {
        List<Finding> f = AnalyzerTest.ANALYZER.analyze(text, Analyzer.Options.defaults("en", 0.4));
        int at = text.indexOf(value);
        for (int k = at; k < at + value.length(); k++) {
            final int c = k;
            assertTrue(!Character.isLetterOrDigit(text.charAt(k)) || f.stream().anyMatch(x -> x.start() <= c && c < x.end()),
                    () -> value + " left in " + AnalyzerTest.found(text));
        }
    }

    @Test
    void theNewChecksStayLinear() {
        for (String unit : List.of("passport passport passport ", "Passport: 649201738 ", "passport is is is : ",
                "Tran, Minh Duc ", "Vogel, Karl-Heinz ", "Guten Tag Sie ", "Tarif Dresden ", "the Leeds 200 plan ",
                "Dorset Blue ", "helpline 0344 123 8890 ", "ik ben Daan van der Meer ", "helpline helpline helpline ",
                "hotline mich 030 31234567 ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 39 rules 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
        CpuLinearity.assertAnalyzerLinear("round 39 passport labels", "passport x: 649201738 ");
    }
}
