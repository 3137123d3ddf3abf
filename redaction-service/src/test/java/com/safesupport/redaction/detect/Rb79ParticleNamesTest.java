package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.assertNone;
import static com.safesupport.redaction.detect.AnalyzerTest.found;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 79: when the model tags a family name after its lower-case particles ("de", "van den", "von") and leaves the
 * particles and the given name before them untagged, a word there that reads as a given name (round 71's reading:
 * capitalised, known to no English word or place list) joins the run with its particles. Places and institutions with a
 * particle ("Hotel de Ville", "Tour de France", "Rio de Janeiro", "Banque de France") gain no person. Made-up names and
 * texts; linear time with inputs growing ×16.
 */
class Rb79ParticleNamesTest {

    @Test
    void theGivenNameAndParticlesJoinTheTaggedFamilyName() {
        // on main the model's run is the family name alone ("Boerma")
        List<String> all = found("Goedemiddag, met Tjitske de Boerma, mijn router is stuk.");
        assertTrue(all.contains("PERSON=Tjitske de Boerma"), () -> all.toString());
        // already one run on main: unchanged
        List<String> two = found("Het contract staat op naam van Jelmer van den Oosterhout.");
        assertTrue(two.contains("PERSON=Jelmer van den Oosterhout"), () -> two.toString());
    }

    @Test
    void placesAndInstitutionsWithAParticleGainNoPerson() {
        assertNone("We stayed at the Hotel de Ville in Paris.", "PERSON=");
        assertNone("The Tour de France route passes our depot.", "PERSON=");
        assertNone("Our office is in Rio de Janeiro near the beach.", "PERSON=");
        assertNone("Bonjour, la Banque de France a bloqué ma carte.", "PERSON=");
    }

    @Test
    void theReadingStaysLinear() {
        for (String unit : List.of("met Tjitske de Boerma, ", "Tjitske de van de Boerma ", "de van den ", "Tjitske de ",
                "Tjitske de Boerma Tjitske de Boerma ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 79 given name before particles 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
