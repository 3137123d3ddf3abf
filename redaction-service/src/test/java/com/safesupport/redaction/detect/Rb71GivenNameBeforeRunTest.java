package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.covered;
import static com.safesupport.redaction.detect.AnalyzerTest.found;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 71: when the model tags a person's family name and leaves the given name right before it untagged, a word there
 * that reads as a given name — capitalised before a capitalised run and known to no English word or place list, or
 * lower-case before a lower-case run and a given name of the gazetteer — joins the run, unless another reading already
 * covers it. Made-up texts; linear time with inputs growing ×16.
 */
class Rb71GivenNameBeforeRunTest {

    @Test
    void anUnlistedGivenNameJoinsTheFamilyNameTheModelTagged() {
        // on main the model's run is the family name alone ("Kerbrat", "Murphy", "Saarinen", "Lemarchand-Dubois")
        covered("Bonjour, je suis Gwénaëlle Kerbrat, née le 4 mai 1971.", "PERSON", "Gwénaëlle Kerbrat");
        covered("The parcel for Ailbhe Murphy should go to the back door.", "PERSON", "Ailbhe Murphy");
        covered("Moi, olen Tuulikki Saarinen ja haluan päivittää osoitteeni.", "PERSON", "Tuulikki Saarinen");
        covered("Bonjour, je suis Hélier Lemarchand-Dubois, né le 3 juin 1966.", "PERSON", "Hélier Lemarchand-Dubois");
    }

    @Test
    void anEnglishWordBeforeTheRunStaysOut() {
        assertEquals(List.of("PERSON=Morrison"), found("Thanks Morrison for the help."));
        assertEquals(List.of("PERSON=Morrison"), found("Please call Morrison tomorrow."));
    }

    @Test
    void theReadingStaysLinear() {
        for (String unit : List.of("The parcel for Ailbhe Murphy should go to the back door. ", "Ailbhe Murphy ",
                "Tuulikki Tuulikki Tuulikki Saarinen ", "torsten lindqvist, ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 71 given name before a run 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
