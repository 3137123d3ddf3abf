package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 67: particles inside a person's name. Dutch and German ("de", "van der", "von", "ter" …; round 63's reading,
 * revived): when the name model tags the family name alone, the particle before it and the given name (or initial)
 * before that join the run; when the model ends its run on the particle, the family name after it joins. Irish ("Ní",
 * "Nic", "Uí", "Mhic" before a lenited family name, "Ó" after a given name): the name is read by the grammar. Made-up
 * texts (each found only in part, or not at all, without the rule); look-alikes (the Romance "de" before a place,
 * lower-case words, Irish "Ní" opening a sentence, "Ó" without a given name, "Mac") stay as they were; linear time with
 * inputs ×16.
 */
class Rb68ParticlesTest {

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
    void theFamilyNameJoinsARunThatEndsOnTheParticle() {
        // Without the rule the model's run stops at "de".
        AnalyzerTest.assertFound("Dag, met Joris de Wit. Mijn nummer is nieuw.", "PERSON=Joris de Wit");
        AnalyzerTest.assertFound("Naam: Tess de Wit, adres onbekend", "PERSON=Tess de Wit");
    }

    @Test
    void irishNamesAreReadWithTheirParticle() {
        // Without the rule: "Caoimhe Ní" and "Úna" alone.
        AnalyzerTest.assertFound("Caoimhe Ní hAodha", "PERSON=Caoimhe Ní hAodha");
        AnalyzerTest.assertFound("I met Úna Uí Bhraonáin yesterday", "PERSON=Úna Uí Bhraonáin");
        for (String text : List.of("Ní Bhfuil an siopa oscailte", "Ó Connell Street is closed", "Take the N7 from Naas")) {
            List<String> f = AnalyzerTest.found(text);
            assertFalse(f.stream().anyMatch(x -> x.startsWith("PERSON")), () -> text + " " + f);
        }
        List<String> mac = AnalyzerTest.found("Sent from my Mac Mini");
        assertFalse(mac.stream().anyMatch(x -> x.startsWith("PERSON") && x.contains("Mac")), () -> mac.toString());
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
                "J. van den J. van den ", "Anouk ter Horst ter Horst ", "Willemijn van Oordt ", "Tess de Wit de ",
                "Caoimhe Ní hAodha ", "Ní Ní Bhriain Uí ", "Ó Ó Murchú ", "Nic Mhic Nic ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 67 name particles 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
