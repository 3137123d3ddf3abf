package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.covered;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 86 (rb86, {@link ParticleNames}): a person's name with particles is redacted whole — given names, initials,
 * particles and family name. Made-up texts, none from the probe batches. Each name below was found only in part (or not
 * at all) before the round; look-alikes (a particle in running text, a place, a greeting) stay as they were; linear
 * time with inputs growing ×16.
 */
class Rb86ParticleNamesTest {

    @Test
    void aGivenNameBeforeTheParticleJoinsTheFoundFamilyName() {
        // before: only "Rautenberg" / "Heijden" was found, the given name or the initial leaked
        covered("Please use the new card from now on. Leopold von Rautenberg", "PERSON", "Leopold von Rautenberg");
        covered("naam: K. van der Heijden, adres Dorpsstraat 5, 3511 AB Utrecht", "PERSON", "K. van der Heijden");
        // a capitalised particle with no given name before it ("mevrouw Van den [Heuvel]")
        covered("Kunt u het sturen naar mevrouw Van den Heuvel, op de Kade 4?", "PERSON", "Van den Heuvel");
        // lower-case particles opening a record's value before the found family name
        covered("{\"given\":\"Henrique\",\"family\":\"dos Reis Quaresma\",\"city\":\"Braga\"}", "PERSON", "dos Reis Quaresma");
    }

    @Test
    void aFoundGivenNameGoesOnOverTheParticleIntoTheFamilyName() {
        // before: "Cornelius" alone, "ana" alone
        covered("Guten Tag, ich bin Cornelius von Hohenfels, bitte rufen Sie mich an.", "PERSON", "Cornelius von Hohenfels");
        covered("a fatura está em nome de ana do rosário dos reis, obrigado", "PERSON", "ana do rosário");
    }

    @Test
    void aNameWithParticlesThatNothingFoundIsReadWhole() {
        // before: nothing at all (a known given name, an Arabic particle; a lower-case name after an introduction)
        covered("Please refund Ahmed bin Rashid via the card on file.", "PERSON", "Ahmed bin Rashid");
        covered("i'm ciarán ó murchú and my bill is wrong", "PERSON", "ciarán ó murchú");
    }

    @Test
    void particlesInRunningTextStayOrdinaryWords() {
        assertNoPerson("Will do Friday then, thanks.", "do Friday");
        assertNoPerson("Bonjour, merci de noter mon numéro de client.", "merci");
        assertNoPerson("Hi team, the van de Graaff generator broke again.", "Graaff");
        assertNoPerson("Il ristorante Da Mario a Roma ha chiuso.", "Da Mario");
        assertNoPerson("ik ben blij van de week", "blij");
        assertNoPerson("We drove the van to Den Haag on Monday.", "van to");
    }

    @Test
    void theReadingStaysLinear() {
        for (String unit : List.of(" van van van ", "Anna de de de Vries ", "W.W.W.W. van den Berg ", "de la de la de ",
                "Ahmed bin Rashid bin ", "ik ben joost van der meulen ", "HENDRIK VAN DEN BOSCH ", "a b van 't Hoff-de Wit ",
                "Siobhán Ní Bhriain Ó ", "maria do carmo dos santos do ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 86 particle names 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            // x16 input must cost less than x40 time: the ratio is per unit of input
            assertTrue(ratio * 16 < 40, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }

    private static void assertNoPerson(String text, String part) {
        List<String> f = AnalyzerTest.found(text);
        assertFalse(f.stream().anyMatch(x -> x.startsWith("PERSON") && x.contains(part)), () -> part + " must stay out: " + f);
    }
}
