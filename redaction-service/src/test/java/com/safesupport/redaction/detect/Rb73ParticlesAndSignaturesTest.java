package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.assertNone;
import static com.safesupport.redaction.detect.AnalyzerTest.covered;
import static com.safesupport.redaction.detect.AnalyzerTest.found;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 73, two readings of how names are written (made-up names and texts; each "covered" text below was checked to
 * miss the name on main):
 * (1) a name never ends on its particle — a person run the model closed on "de" / "van" / "da" (or on "-de" after a
 * hyphen) goes on into the family name, and the introduction reading counts three name words, not its particles;
 * (2) a message is signed at its end — two or three capitalised words, known to no English word or place list, after a
 * mark that closes what came before, are the writer's name even when the gazetteers do not know them.
 * Hostile inputs grow ×16 in linear time.
 */
class Rb73ParticlesAndSignaturesTest {

    @Test
    void aRunClosedOnAParticleGoesOnIntoTheFamilyName() {
        // on main: "Fleur de", "Noor van Dijk-de" (the family name after the particle is an English word)
        covered("Dag, met Fleur de Wit. Mijn nummer is veranderd.", "PERSON", "Fleur de Wit");
        covered("Groeten, Noor van Dijk-de Wit", "PERSON", "Noor van Dijk-de Wit");
    }

    @Test
    void anIntroductionCountsNameWordsNotParticles() {
        // on main: "ana luisa da", "tran thi ngoc" (three words, the particle among them)
        covered("hey its ana luisa da costa again, still no refund", "PERSON", "ana luisa da costa");
        covered("hi its tran thi ngoc anh, my order is late", "PERSON", "tran thi ngoc anh");
        // an article opening the words after a greeting keeps the three-word bound of main
        assertEquals(List.of("PERSON=la"), found("Salut, la facture de janvier n'est pas arrivée."));
    }

    @Test
    void aMessageSignedWithANameTheGazetteersDoNotKnow() {
        // on main: nothing
        covered("My parcel never arrived, it was due on Monday. Dagnija Ozoliņa", "PERSON", "Dagnija Ozoliņa");
        covered("The app crashes when I open the settings. Ngaire Wharerau", "PERSON", "Ngaire Wharerau");
    }

    @Test
    void closingsPlacesAndLongerCapitalisedEndingsStayOut() {
        assertNone("Danke für die Info. Liebe Grüße", "PERSON=");
        assertNone("Bitte um Rückruf. Werk Bremen", "PERSON=");
        assertNone("The order is late again. Kind Regards", "PERSON=");
        assertNone("Please cancel the order. Muchas Gracias", "PERSON=");
        // four capitalised unknown words: a heading or a product line, not a signature
        assertNone("Thanks for the update. Qwelt Vornaxi Brudelko Zintara", "PERSON=");
        // no mark before the words: they belong to the sentence
        assertNone("the part number is on the Zintara Qwelt", "PERSON=");
    }

    @Test
    void theReadingsStayLinear() {
        for (String unit : List.of("Fleur de ", "Noor van Dijk-de ", "de la de la ", "hi its ana da da costa, ",
                "Dagnija Ozoliņa. ", "x. Qwelt Vornaxi ", "nguyen thi thu ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 73 particles and signatures 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
