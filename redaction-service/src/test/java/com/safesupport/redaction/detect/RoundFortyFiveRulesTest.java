package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.assertFound;
import static com.safesupport.redaction.detect.AnalyzerTest.assertNone;
import static com.safesupport.redaction.detect.AnalyzerTest.covered;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 45: the Swiss AHV number, the Austrian social-security number, the Czech / Slovak birth number, names after
 * insurance labels, a name on a signature block's first line, capitals surname-first list entries. Made-up values other
 * than the probe's, check digits computed; look-alikes stay as they were; linear time with inputs growing ×16.
 */
class RoundFortyFiveRulesTest {

    @Test
    void swissAhvNumbers() {
        assertTrue(NationalIdRecognizers.chAhv("7569305172841"));
        assertFalse(NationalIdRecognizers.chAhv("7569305172840"));
        assertFalse(NationalIdRecognizers.chAhv("7579305172841"));
        // printed with its dots, alone; with blanks; a plain run with its word
        assertFound("Meine Nummer ist 756.9305.1728.41, bitte ergänzen.", "CH_AHV=756.9305.1728.41");
        assertFound("numéro 756 4029 1837 77 pour le dossier", "CH_AHV=756 4029 1837 77");
        assertFound("AHV 7564029183777", "CH_AHV=7564029183777");
        // look-alikes: a wrong check digit; a plain 13-digit run without its word
        assertNone("Meine Nummer ist 756.9305.1728.40, bitte ergänzen.", "CH_AHV");
        assertNone("Artikel 7564029183777 ist ausverkauft.", "CH_AHV");
    }

    @Test
    void austrianSocialSecurityNumbers() {
        assertTrue(NationalIdRecognizers.atSvnr("5528170692"));
        assertFalse(NationalIdRecognizers.atSvnr("5529170692"));
        assertFalse(NationalIdRecognizers.atSvnr("0528170692"));
        // with its word, in the e-card's grouping and plain; the 25-letter word the context index does not read
        assertFound("SVNR 5528 170692, bitte um Rückruf", "AT_SVNR=5528 170692");
        assertFound("meine Sozialversicherungsnummer lautet 6174250584", "AT_SVNR=6174250584");
        // look-alikes: no word (an invoice number of the same shape); a check that passes with a day that does not exist
        assertNone("Rechnung 5528 170692 vom letzten Monat", "AT_SVNR");
        assertFalse(NationalIdRecognizers.atSvnr("2980321388"));
        assertNone("SVNR 2980 321388", "AT_SVNR");
    }

    @Test
    void czechBirthNumbers() {
        assertTrue(NationalIdRecognizers.czBirthNumber("9055171004")); // a woman born 17 May 1990
        assertTrue(NationalIdRecognizers.czBirthNumber("7803231007"));
        assertFalse(NationalIdRecognizers.czBirthNumber("9055171005"));
        assertFalse(NationalIdRecognizers.czBirthNumber("9013321004")); // month 13
        assertFound("Rodné číslo: 905517/1004, prosím o kontrolu.", "CZ_BIRTH_NUMBER=905517/1004");
        assertFound("birth number 780323/1007 (Slovakia)", "CZ_BIRTH_NUMBER=780323/1007");
        // look-alikes: a reference of the same shape without the word; a number that fails the mod 11
        assertNone("Objednávka 905517/1004 byla odeslána.", "CZ_BIRTH_NUMBER");
        assertNone("Rodné číslo: 905517/1005", "CZ_BIRTH_NUMBER");
    }

    @Test
    void namesAfterInsuranceLabels() {
        covered("Versicherungsnehmerin: Amalia Rüegsegger", "PERSON", "Amalia Rüegsegger");
        covered("Assurée : Maëlle Quéméner, contrat habitation", "PERSON", "Maëlle Quéméner");
        covered("Verzekerde: Thijs Oudendijk", "PERSON", "Thijs Oudendijk");
        // look-alikes: the adjective and the verb without a colon; a form's instruction after the label
        assertNone("Versicherungsnehmer: Bitte ausfüllen", "PERSON");
        assertNone("je suis assuré chez vous depuis 2019", "PERSON");
    }

    @Test
    void aNameOnASignatureBlocksFirstLine() {
        covered("Thanks for the quick help.\n-- \nMarit Solheim-Dahl\nEinkauf", "PERSON", "Marit Solheim-Dahl");
        covered("--\nNoemi Castellanos | Head of Sales\nTel. 0041 44 512 20 10", "PERSON", "Noemi Castellanos");
        assertTrue(found("--\nNoemi Castellanos | Head of Sales").contains("PERSON=Noemi Castellanos"));
        // look-alikes: a team signs; a dash inside a line; the line after the delimiter is a sentence
        assertNone("--\nSent from my phone", "PERSON");
        assertNone("price -- \nplease check", "PERSON");
    }

    @Test
    void capitalsSurnameFirstListEntries() {
        covered("Passenger list:\nNOWAK, Jan Piotr\n", "PERSON", "NOWAK, Jan Piotr");
        assertTrue(found("Passenger list:\nNOWAK, Jan Piotr\n").contains("PERSON=NOWAK, Jan Piotr"));
        // look-alikes: a capitals word that is no surname before a first name; lower case after the comma
        assertNone("URGENT, Anna please call back", "PERSON=URGENT, Anna");
        assertNone("PLEASE NOTE, the office is closed", "PERSON");
    }

    @Test
    void theNewChecksStayLinear() {
        for (String unit : List.of("756.9305.1728.41 ", "756 756 756 ", "SVNR 5528 170692 ", "sozialversicherungsnummer 1 ",
                "905517/1004 ", "905517/", "Versicherte: Ab ", "versicherte: ", "--\nAb Cd\n", "-- \n", "NOWAK, ",
                "GARRIDO SOTO, Jan ", "AB, Anna ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 45 rules 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }

    private static List<String> found(String text) {
        return AnalyzerTest.found(text);
    }
}
