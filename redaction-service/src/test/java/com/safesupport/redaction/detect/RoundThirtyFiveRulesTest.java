package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.assertNone;
import static com.safesupport.redaction.detect.AnalyzerTest.covered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 35: the Belgian national number (printed with its dots and hyphen, or a plain run after its word), a codice
 * fiscale typed in lower case, "personnr" as the personnummer's word, a registration plate of any European country after
 * its word. (Round 35's user-name rule was reverted after the report run.) Made-up values other than the probe's;
 * look-alikes stay unreported; linear time on the new checks with inputs growing ×16.
 */
class RoundThirtyFiveRulesTest {

    @Test
    void belgianNationalNumber() {
        assertEquals(List.of("88.12.03-245.45"), NationalIdTest.values("Rijksregisternummer 88.12.03-245.45", "BE_NATIONAL_NUMBER"));
        // the printed shape is specific on its own; a birth from 2000 checks with the leading 2
        assertEquals(List.of("05.06.14-112.32"), NationalIdTest.values("kaart: 05.06.14-112.32", "BE_NATIONAL_NUMBER"));
        assertEquals(List.of("88120324545"), NationalIdTest.values("mon numéro national: 88120324545", "BE_NATIONAL_NUMBER"));
        // a plain run without its word, a wrong check, a longer dotted chain: nothing
        assertEquals(List.of(), NationalIdTest.values("order 88120324545 shipped", "BE_NATIONAL_NUMBER"));
        assertEquals(List.of(), NationalIdTest.values("Rijksregisternummer 88.12.03-245.46", "BE_NATIONAL_NUMBER"));
        assertEquals(List.of(), NationalIdTest.values("build 88.12.03-245.45.7", "BE_NATIONAL_NUMBER"));
    }

    @Test
    void lowerCaseCodiceFiscaleAndPersonnr() {
        assertEquals(List.of("vrdpla79d22l219b"), NationalIdTest.values("cf vrdpla79d22l219b grazie", "IT_FISCAL_CODE"));
        // the wrong check letter, or a word of sixteen letters and digits of another shape, is no fiscal code
        assertEquals(List.of(), NationalIdTest.values("cf vrdpla79d22l219c grazie", "IT_FISCAL_CODE"));
        assertEquals(List.of(), NationalIdTest.values("token abcdefgh12345678 here", "IT_FISCAL_CODE"));
        assertEquals(List.of("19860517-3429"), NationalIdTest.values("mitt personnr: 19860517-3429", "SE_PERSONNUMMER"));
        assertEquals(List.of(), NationalIdTest.values("ref 19860517-3429", "SE_PERSONNUMMER"));
    }

    @Test
    void registrationPlateAfterItsWord() {
        covered("Het kenteken is 37-HVX-9, klopt dat?", "VEHICLE_REGISTRATION", "37-HVX-9");
        covered("Kennzeichen: HH-KT 417", "VEHICLE_REGISTRATION", "HH-KT 417");
        covered("la targa della mia auto è FR 392 KT", "VEHICLE_REGISTRATION", "FR 392 KT");
        covered("número de matrícula 7310 LBD", "VEHICLE_REGISTRATION", "7310 LBD");
        // no word, the word in another sentence, letters or digits only, lower case: nothing
        assertNone("SKU 37-HVX-9 is back in stock", "VEHICLE_REGISTRATION=");
        assertNone("Kennzeichen fehlt. Bestellung HH-KT 417 folgt", "VEHICLE_REGISTRATION=");
        assertNone("Kennzeichen ist HH-KT", "VEHICLE_REGISTRATION=");
        assertNone("kenteken ab-12-cd", "VEHICLE_REGISTRATION=");
    }

    @Test
    void theNewChecksStayLinear() {
        for (String unit : List.of("Rijksregisternummer 88.12.03-245.45 ", "88.12.03-245.", "numéro national 88120324545 ",
                "vrdpla79d22l219b ", "personnr 19860517-3429 ", "kenteken ", "Kennzeichen ist HH-KT 417 ", "kenteken a b c d e f ",
                "matrícula 7 ", "targa AB 1 ", "Kennzeichen 1-2-3-4-5-6 ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 35 rules 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
        // one long run of plate-like groups after a plate word
        CpuLinearity.assertAnalyzerLinear("round 35 plate run", "kenteken " + "AB-1-".repeat(20) + " ");
    }
}
