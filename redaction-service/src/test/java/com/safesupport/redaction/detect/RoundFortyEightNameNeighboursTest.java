package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.covered;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 48 ({@link NameNeighbours}): a particle surname written first with its given name after a comma, the name
 * closing an address line after a dash, the name right after a national identifier. Made-up texts other than the
 * probes'; look-alikes stay as they were; linear time with inputs growing ×16.
 */
class RoundFortyEightNameNeighboursTest {

    @Test
    void aParticleSurnameFirstWithItsGivenNameIsOneName() {
        // fires: only the surname's last word or the given name was found before
        covered("Policy holder: van der Meulen, Fenna", "PERSON", "van der Meulen, Fenna");
        covered("Kontoinhaber (laut Vertrag): von Hohenfels, Cornelius", "PERSON", "von Hohenfels, Cornelius");
        covered("Titular: de los Santos, Ximena\nMotivo: baja", "PERSON", "de los Santos, Ximena");
        // look-alikes: a request after the comma, a particle in running text, a place after the comma
        assertNotCovered("Status: de la Cruz, Please call back tomorrow", ", Please");
        assertNotCovered("We stayed at the Hotel de la Paix, Geneva, last spring", "de la Paix, Geneva");
        assertNotCovered("Route: van Amsterdam, Utrecht and Leiden", "van Amsterdam, Utrecht");
    }

    @Test
    void aNameAfterADashClosesAnAddressLine() {
        // fires: the address was found, the name after the dash was not
        covered("Send it to Calle del Olmo 12, 46003 Valencia — Ainhoa Zubizarreta", "PERSON", "Ainhoa Zubizarreta");
        covered("Return address: 5 Larch Avenue, Ipswich IP4 2LP - attn Callum Braithwaite", "PERSON", "Callum Braithwaite");
        // look-alikes: English words, a place's part, a single word after the dash
        assertNotCovered("Deliver to 8 Mill Lane, Bath BA1 2QT — Thank You", "Thank You");
        assertNotCovered("Ship to 14 Oak Street, Leeds LS2 7HY - Second Floor", "Second Floor");
        assertNotCovered("Deliver to 8 Mill Lane, Bath BA1 2QT — Gracias", "PERSON=Gracias");
    }

    @Test
    void aNameRightAfterANationalIdentifier() {
        // fires: the identifier was found, the name after its comma or dash was not
        covered("personnummer 790523-4170, Sigrid Lundqvist", "PERSON", "Sigrid Lundqvist");
        covered("NRIC S7316042A, Goh Mei Xin, please update the contact number", "PERSON", "Goh Mei Xin");
        // look-alikes: an office, a nationality after the identifier
        assertNotCovered("personnummer 790523-4170, Skatteverket Stockholm", "PERSON=Skatteverket");
        assertNotCovered("NRIC S7316042A, Singapore Citizen", "PERSON=Singapore");
        assertNotCovered("NRIC T0418265G - Permanent Resident", "PERSON=Permanent");
    }

    @Test
    void theNewReadingsStayLinear() {
        for (String unit : List.of("Name: van der Meulen, Fenna ", ": de la de la Cruz, ", ", , , , ", ": van van van Berg, Anna ",
                "Holder: van Berg, Anna Anna Anna\n", "5 Larch Avenue, Ipswich IP4 2LP - Callum Braithwaite\n", " - - - Anna Lima ",
                "personnummer 790523-4170, Sigrid Lundqvist\n", "NRIC S7316042A, Goh Mei Xin, ", "NRIC S7316042A - Goh ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 48 readings 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }

    private static void assertNotCovered(String text, String word) {
        List<String> f = AnalyzerTest.found(text);
        assertFalse(f.stream().anyMatch(x -> x.contains(word)), () -> word + " must stay out: " + f);
    }
}
