package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.assertFound;
import static com.safesupport.redaction.detect.AnalyzerTest.assertNone;
import static com.safesupport.redaction.detect.AnalyzerTest.covered;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 50: round 49's leftovers as general shapes — a lower-case IBAN after the word "iban", the Verhoeff table's
 * fourth row (Aadhaar), a name after a card's or a booking's label, Yoruba and Igbo self-introductions, Welsh
 * "Heol/Ffordd/Stryd" streets, a lower-case Polish "ul." street, lower-case names after a holder's lead-in or after an
 * identifier and "for", a name after a thank-you closing. Made-up values (check digits computed for this test); look-alikes stay as they were; linear
 * time with inputs growing ×16.
 */
class Rb50RulesTest {

    @Test
    void aLowerCaseIbanAfterItsLabel() {
        assertFound("my iban: gb15midl40051512345678, please refund there", "IBAN_CODE=gb15midl40051512345678");
        assertFound("the iban is nl91 abna 0417 1643 00", "IBAN_CODE=nl91 abna 0417 1643 00");
        assertFound("IBAN:\nfr7630004000031234567890143\nthanks", "IBAN_CODE=fr7630004000031234567890143");
        assertFound("Iban no. Gb15Midl40051512345678", "IBAN_CODE=Gb15Midl40051512345678");
    }

    @Test
    void aLowerCaseRunWithoutTheLabelOrTheCheckStaysSilent() {
        assertNone("order ref gb15midl40051512345678 shipped", "IBAN_CODE");
        assertNone("my iban: gb15midl40051512345679, please refund there", "IBAN_CODE");
        assertNone("the ibanez guitar gb15midl40051512345678", "IBAN_CODE");
        assertNone("my iban: gb15midl4005151234567899", "IBAN_CODE");
    }

    @Test
    void verhoeffsFourthRowAcceptsValidAadhaarNumbers() {
        // valid under the published table, rejected under the old row 4
        assertTrue(NationalIdRecognizers.aadhaar("945375185385"));
        assertTrue(NationalIdRecognizers.aadhaar("369187688273"));
        assertFalse(NationalIdRecognizers.aadhaar("945375185386"));
        assertTrue(NationalIdRecognizers.verhoeff("2363"));
        assertFalse(NationalIdRecognizers.verhoeff("2364"));
        assertFound("aadhaar no 9453 7518 5385 pls update", "IN_AADHAAR=9453 7518 5385");
        assertNone("aadhaar no 9453 7518 5386 pls update", "IN_AADHAAR");
    }

    @Test
    void aNameAfterACardOrPassengerLabel() {
        assertFound("VISA ENDING 4411, NAME ON CARD: TEMITOPE ADEBAYO-COLE", "PERSON=TEMITOPE ADEBAYO-COLE");
        covered("Passenger name: Oksana Levchenko, seat 14C", "PERSON", "Oksana Levchenko");
        assertNone("name on it: Please Call Me Back", "PERSON");
        assertNone("Passenger: Two Adults", "PERSON");
    }

    @Test
    void yorubaAndIgboSelfIntroductions() {
        covered("E kaaro, orúkọ mi ni Folasade Ogunleye, jọwọ pe mi.", "PERSON", "Folasade Ogunleye");
        covered("Ndewo, aha m bụ Chidinma Okonkwo.", "PERSON", "Chidinma Okonkwo");
        assertNone("orúkọ mi ni ko si nibi", "PERSON");
    }

    @Test
    void welshStreetsWithTheirArticle() {
        covered("Deliver to 14 Heol yr Ysgol, Caerphilly CF83 1AB please", "STREET_ADDRESS", "14 Heol yr Ysgol");
        covered("New address: 3 Ffordd y Coleg, Bangor LL57 2DG", "STREET_ADDRESS", "3 Ffordd y Coleg");
        assertNone("Heol y Nant is the name of the song", "STREET_ADDRESS");
    }

    @Test
    void aLowerCasePolishStreet() {
        covered("prosze wyslac na ul. kwiatowa 12/3, 02-791 warszawa", "STREET_ADDRESS", "ul. kwiatowa 12/3");
        assertNone("ul. kwiatowa is closed today", "STREET_ADDRESS");
        assertNone("Ul. kwiatowa 12 dni", "STREET_ADDRESS");
    }

    @Test
    void lowerCaseNamesAfterAHolderOrAnIdentifier() {
        covered("card ending 4411, holder: priya sharma", "PERSON", "priya sharma");
        covered("my aadhaar is 9453 7518 5385 and the name on it is suresh patel", "PERSON", "suresh patel");
        covered("aadhaar no 9453 7518 5385 for rahul gupta", "PERSON", "rahul gupta");
        assertNone("account holder: the same as before", "PERSON");
        assertNone("aadhaar no 9453 7518 5385 for the new sim", "PERSON");
        assertNone("the shareholder: annual report", "PERSON");
    }

    @Test
    void aNameAfterAThankYouClosing() {
        covered("O pedido chegou partido. Obrigado, Rodrigo Mendes", "PERSON", "Rodrigo Mendes");
        covered("Die Rechnung stimmt nicht.\nVielen Dank, Jonas Weber", "PERSON", "Jonas Weber");
        assertNone("Obrigado, Customer Service", "PERSON");
        assertNone("Danke, Best Regards", "PERSON");
    }

    @Test
    void theNewReadingsStayLinear() {
        for (String unit : List.of("my iban: gb15midl40051512345678 ", "iban iban iban: gb15 ", "iban:\n\n\n\niban is is ",
                "NAME ON CARD: TEMITOPE ADEBAYO ", "orúkọ mi ni Folasade Ogunleye, ", "aha m bụ aha m bụ ",
                "14 Heol yr Ysgol, Caerphilly CF83 1AB\n", "Heol y y y Heol ", "ul. kwiatowa 12/3, 02-791 warszawa\n",
                "ul. ul. kwiatowa ", "holder: priya sharma\n", "holder: holder: priya ", "aadhaar no 9453 7518 5385 for rahul gupta\n",
                "name on it is name on it is priya ", "Obrigado, Rodrigo Mendes\n", "danke danke, , Jonas ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 50 readings 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
