package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.assertNone;
import static com.safesupport.redaction.detect.AnalyzerTest.covered;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 77, places that name a seller's or an organisation's sites (made-up texts; each place below that must stay out was
 * checked to be flagged LOCATION on main with {@code -Deval.args="say …"}):
 * (1) a list of places before one site noun names a site of every item ("the Rome and Naples branches"), not only of the
 * last; (2) an office, a clinic, a pick-up point, a locker or a help desk is a site noun like a store or a depot.
 * A place where the writer lives stays a finding; hostile inputs grow ×16 in linear time.
 */
class Rb77SiteListsTest {

    @Test
    void aListOfPlacesBeforeOneSiteNounNamesSites() {
        assertNone("The Rome and Naples branches close at 18:00 on Fridays.", "LOCATION=");
        assertNone("Can I collect it at the Leiden or the Delft store?", "LOCATION=");
        assertNone("Returns are taken at any Tartu, Pärnu or Narva branch.", "LOCATION=");
    }

    @Test
    void anOfficeAClinicAPickUpPointOrALockerIsASite() {
        assertNone("The parcel waits at the Ghent pickup point until Friday.", "LOCATION=");
        assertNone("The code for the Bilbao locker does not work.", "LOCATION=");
    }

    @Test
    void whereTheWriterLivesStaysAFinding() {
        covered("I live in Porto and my name is Ana Sousa.", "LOCATION", "Porto");
        covered("I live in Bilbao. The Madrid store is closed.", "LOCATION", "Bilbao");
        covered("My sister lives in Leiden, and Delft is where I work.", "LOCATION", "Leiden");
        covered("I moved from Ghent to Antwerp, my new address is Kerkstraat 12.", "LOCATION", "Antwerp");
    }

    @Test
    void theReadingStaysLinear() {
        for (String unit : List.of("Rome and ", "Rome, Naples or ", "the Leiden or the ", "Tartu, Pärnu, ", "Ghent pickup ",
                "and the Bilbao Delft Narva ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 77 site lists 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
