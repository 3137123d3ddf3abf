package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.assertNone;
import static com.safesupport.redaction.detect.AnalyzerTest.covered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 72: (1) a date next to a booking, a reservation, a rental, a plan or a tariff, or a contract's term, notice or
 * cancellation in German, Dutch, French, Spanish, Italian, Portuguese or Polish is the provider's calendar (DATE_TIME
 * dropped, as round 55's English contract words); (2) digits named as an order's, a contract's, an invoice's, an
 * article's or a customer account's key ("Vertrag Nr.", "customer number", "注文番号") are no phone. Made-up texts;
 * look-alikes stay as they were; linear time with inputs growing ×16.
 */
class Rb72RecordsAndTermsTest {

    @Test
    void aBookingsOrAContractsDateIsNoPersonalData() {
        assertNone("The table reservation for 8 people is on Saturday 12 June.", "DATE_TIME");
        assertNone("Car rental from 3 August, pick-up in the morning.", "DATE_TIME");
        assertNone("Is the family plan still 25 euros after 1 March?", "DATE_TIME");
        assertNone("Ich kündige meinen Handyvertrag zum 30.04.2027.", "DATE_TIME");
        assertNone("Die Kündigung gilt fristgerecht zum 31. Mai 2027.", "DATE_TIME");
        assertNone("Graag bevestiging van de opzegging per 1 juli 2027.", "DATE_TIME");
        assertNone("La résiliation prend effet le 15/05/2027.", "DATE_TIME");
        assertNone("La disdetta del contratto vale dal 01/06/2027.", "DATE_TIME");
        assertNone("Wypowiedzenie umowy od 01.07.2027.", "DATE_TIME");
    }

    @Test
    void otherDatesStay() {
        covered("Flight 2231 to Porto on 19 May, can I bring a bike?", "DATE_TIME", "19 May");
        covered("My appointment is on 14/10/2026 at the Leeds clinic.", "DATE_TIME", "14/10/2026");
        // a word that merely holds a booking word is not one ("planner", "Vertragsrecht" does not end in "vertrag")
        covered("The planner app crashed on 14/10/2026.", "DATE_TIME", "14/10/2026");
        covered("Please add my son to the booking, date of birth 12/03/2011.", "DATE_OF_BIRTH", "12/03/2011");
        covered("Geburtsdatum 12.03.1984, bitte den Vertrag auf mich umschreiben.", "DATE_OF_BIRTH", "12.03.1984");
    }

    /** The probe's wider set of regions: these record numbers read as German or Polish phones there (and on main did). */
    private static final Analyzer WIDE = Analyzer.builtIn(List.of("en"), List.of("US", "GB", "DE", "FR", "NL", "PL", "JP", "IT", "ES"),
            List.of());

    private static List<String> phones(String text) {
        return WIDE.analyze(text, Analyzer.Options.defaults("en", 0.4)).stream().filter(f -> f.type().equals("PHONE_NUMBER"))
                .map(f -> text.substring(f.start(), f.end())).toList();
    }

    @Test
    void aRecordsNumberIsNoPhone() {
        for (String text : List.of("Bitte kündigen Sie den Vertrag Nr. 3318-502-77 zum nächsten Termin.",
                "Ich kündige meinen Vertrag Nr. 6613-208-41 fristgerecht.",
                "Vertragsnummer 5502-7781-36, bitte bestätigen Sie den Eingang.",
                "Customer number 732904518, the router light is red.",
                "Why is the lamp (art. 6620913) 45 € here but 39 € online?")) {
            assertEquals(List.of(), phones(text), text);
        }
        assertTrue(PhoneRecognizer.afterReferenceLabel("注文番号 6620-1187", 5));
        assertTrue(PhoneRecognizer.afterReferenceLabel("zamówienie 5512-903", 11));
        assertTrue(PhoneRecognizer.afterReferenceLabel("contract no. 4471", 13));
    }

    @Test
    void phonesStay() {
        // a chat's speaker label is no record's label; phone words and a glued "Tel.-Nr." keep the phone
        assertEquals(List.of("024 318 7765"), phones("agent: can you confirm your number?\ncustomer: 024 318 7765"));
        assertEquals(List.of("030 31234567"), phones("Meine Telefonnummer ist 030 31234567."));
        assertEquals(List.of("030 31234567"), phones("Tel.-Nr. 030 31234567, bitte rufen Sie zurück."));
        assertEquals(List.of("07700 900 461"), phones("About my order: please call me on 07700 900 461."));
        assertFalse(PhoneRecognizer.afterReferenceLabel("phone no. 4471", 10));
        assertFalse(PhoneRecognizer.afterReferenceLabel("customer 4471", 9));
        assertFalse(PhoneRecognizer.afterReferenceLabel("tel.-nr. 4471", 9));
    }

    @Test
    void theNewReadingsStayLinear() {
        for (String unit : List.of("reservation 12/03/2026 ", "Stromvertrag zum 01.02.2027 ", "Vertrag Nr. 4471-2290-11 ",
                "customer number 07700 900 461 ", "注文番号 4471-0098 ", "no. no. nr. 030 31234567 ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 72 records and terms 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
