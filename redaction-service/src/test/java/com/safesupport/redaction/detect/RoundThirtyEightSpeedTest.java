package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.assertNone;
import static com.safesupport.redaction.detect.AnalyzerTest.covered;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 38's exact gates in front of the plate-word pattern (docs/redaction-benchmarks.md): they may not change a
 * finding, and the engine stays linear on hostile input.
 */
class RoundThirtyEightSpeedTest {

    /** Every character RE2/J's case-insensitive match takes for a letter of the plate words is that letter in the lower case. */
    @Test
    void thePlateWordGateKnowsEveryCaseOfItsLetters() {
        ExactGates.knowEveryCaseOfEachLetter(PlateWordRecognizer::mayHoldPlateWord);
    }

    /** On random texts of plate words, their look-alikes and odd cases, a closed gate never hides a match of the pattern. */
    @Test
    void aClosedPlateGateHidesNoMatch() {
        String[] pieces = {"kenteken", "KENTEKEN", "Kennzeichen", "autokennzeichen", "Nummernschild", "nummernſchild", "\u212Aenteken",
                "immatriculation", "plaque d'immatriculation", "matrícula", "MATRÍCULA", "Matricula", "targa", "TARGA", "licence plate",
                "License Plate", "number plate", "numberplate", "plate number", "registration plate", "plat", "kentekn", "targ", "matr",
                "kennzeich", "nummer", "schild", " ", " ", ": ", "\n", ".", "AB-12-CD", "82-KTP-4", "M-AB 2841", "4829 KTR", "12", "X"};
        ExactGates.hideNoMatch(pieces, 38, PlateWordRecognizer::mayHoldPlateWord, PlateWordRecognizer.PLATE);
    }

    @Test
    void platesAfterTheirWordsStillFoundAndLookAlikesNot() {
        covered("KENNZEICHEN: HH-KT 417", "VEHICLE_REGISTRATION", "HH-KT 417");
        covered("my Number Plate is AB 12 CD", "VEHICLE_REGISTRATION", "AB 12 CD");
        covered("la matrícula 4829 KTR", "VEHICLE_REGISTRATION", "4829 KTR");
        assertNone("my plat is AB 12 CD", "VEHICLE_REGISTRATION=");
        assertNone("the kentekn AB-12-CD", "VEHICLE_REGISTRATION=");
        assertNone("targets AB 12 CD", "VEHICLE_REGISTRATION=");
    }

    @Test
    void theNewPathsStayLinear() {
        for (String unit : List.of("plat matr targ kennzeic nummernschil 1 ", "Zxqv Wyvvb Qorp Lumm 9 ", "ZXQV WYVVB QORP ",
                "dear Zsófia Ólafur Kraków ", "plate plate AB 1 ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 38 paths 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
