package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 63: a Dutch or German particle inside a person's name ("de", "van der", "von", "ter" …). When the name model tags
 * the family name alone, the particle before it and the given name (or initial) before that join the run. Made-up
 * texts; look-alikes (the Romance "de" before a place, lower-case words) stay as they were; linear time with inputs ×16.
 */
class Rb63RulesTest {

    @Test
    void theParticleAndTheGivenNameJoinTheFamilyName() {
        AnalyzerTest.assertFound("Mit freundlichen Grüßen, Konstantin von Hohenfels", "PERSON=Konstantin von Hohenfels");
        AnalyzerTest.assertFound("naam: J. van der Kolk, adres onbekend", "PERSON=J. van der Kolk");
        AnalyzerTest.assertFound("Dag, met Anouk ter Horst.", "PERSON=Anouk ter Horst");
        AnalyzerTest.assertFound("Groeten, Lotte de Vos", "PERSON=Lotte de Vos");
        AnalyzerTest.assertFound("Naam: Ruben de Haan, geboren 3 maart 1980", "PERSON=Ruben de Haan");
        AnalyzerTest.assertFound("Pay with this card. Willemijn van Oordt", "PERSON=Willemijn van Oordt");
    }

    @Test
    void lookAlikesStayAsTheyWere() {
        List<String> f = AnalyzerTest.found("Vivo en la ciudad de Sevilla con Pedro.");
        assertFalse(f.stream().anyMatch(x -> x.startsWith("PERSON") && x.contains("de")), () -> f.toString());
        List<String> g = AnalyzerTest.found("Saludos desde la oficina de Madrid, Carmen");
        assertFalse(g.stream().anyMatch(x -> x.startsWith("PERSON") && x.contains("de")), () -> g.toString());
        List<String> h = AnalyzerTest.found("the parcel went to van den bosch depot, not to Thomas");
        assertFalse(h.stream().anyMatch(x -> x.startsWith("PERSON") && x.contains("van")), () -> h.toString());
    }

    @Test
    void theParticleReadingStaysLinear() {
        for (String unit : List.of("Groeten, Lotte de Vos ", "Konstantin von Hohenfels, ", "de de de de Vos ", "van der van der Kolk ",
                "J. van den J. van den ", "Anouk ter Horst ter Horst ", "Willemijn van Oordt ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 63 Dutch and German particles 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
