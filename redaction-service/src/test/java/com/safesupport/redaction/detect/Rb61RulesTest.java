package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.assertNone;
import static com.safesupport.redaction.detect.AnalyzerTest.covered;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 61: a Greek name after "I am" and the article ("είμαι ο …", "είμαι η …", with or without the accent), its
 * words capitalised. Made-up texts; look-alikes stay as they were; linear time with inputs ×16.
 */
class Rb61RulesTest {

    @Test
    void greekNamesAfterIAmAndTheArticle() {
        covered("Καλημέρα, είμαι ο Σπύρος Κωνσταντίνου και η σύνδεση πέφτει συνέχεια.", "PERSON", "Σπύρος Κωνσταντίνου");
        covered("Είμαι η Ελένη Μαυρίδου, ο λογαριασμός μου κλειδώθηκε.", "PERSON", "Ελένη Μαυρίδου");
        covered("γεια σας ειμαι ο Θανάσης, δεν ήρθε το δέμα", "PERSON", "Θανάσης");
        List<String> f = AnalyzerTest.found("Καλημέρα, είμαι ο Σπύρος Κωνσταντίνου και η σύνδεση πέφτει συνέχεια.");
        assertFalse(f.stream().anyMatch(x -> x.contains("και")), () -> f.toString());
    }

    @Test
    void lookAlikesStayAsTheyWere() {
        assertNone("Καλημέρα, είμαι ο πελάτης με το νέο συμβόλαιο.", "PERSON");
        assertNone("είμαι η μητέρα του, μπορώ να πληρώσω εγώ;", "PERSON");
        assertNone("Δεν είμαι ορκισμένος εχθρός σας, απλά θέλω επιστροφή.", "PERSON");
        assertNone("είμαι ο 2ος στη σειρά", "PERSON");
    }

    @Test
    void theNewReadingsStayLinear() {
        for (String unit : List.of("είμαι ο Σπύρος ", "είμαι ο είμαι η ", "ειμαι η Ελένη Μαυρίδου Α ", "είμαι ο ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 61 Greek 'I am the' names 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
