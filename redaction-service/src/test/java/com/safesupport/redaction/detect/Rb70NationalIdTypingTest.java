package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 69 (as round 68) takes up round 67's parked typing fix (commit e93f8401): a Norwegian fødselsnummer written "DDMMYY NNNNN",
 * an inflected Norwegian label, and the French "NAS" naming a Canadian SIN give the id's own type, not a phone number's.
 * Made-up numbers with valid check digits; a look-alike without its checks stays no id; linear time with inputs ×16.
 */
class Rb70NationalIdTypingTest {

    @Test
    void aFodselsnummerWrittenInTwoGroupsIsOne() {
        AnalyzerTest.assertFound("Fødselsnummeret mitt er 170683 10016, takk.", "NO_FNR=170683 10016");
    }

    @Test
    void theFrenchNameOfTheSinNamesIt() {
        AnalyzerTest.assertFound("Bonjour, mon NAS est 273 812 941, merci.", "CA_SIN=273 812 941");
    }

    @Test
    void groupsWithoutTheirCheckDigitsAreNoFodselsnummer() {
        AnalyzerTest.assertNone("Fødselsnummeret mitt er 170683 10017, takk.", "NO_FNR");
    }

    @Test
    void theGroupingStaysLinear() {
        for (String unit : List.of("170683 10016 ", "170683 10016 17068 ", "920305 5118 088 ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 70 national id groupings 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
