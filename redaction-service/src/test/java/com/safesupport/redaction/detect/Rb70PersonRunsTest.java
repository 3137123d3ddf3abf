package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.assertNone;
import static com.safesupport.redaction.detect.AnalyzerTest.covered;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 70 narrows round 69's place readings for a run the model read as a person: the places of a service's reach, a
 * journey and a foreign site drop place runs only, and round 68's product readings (a site noun with no determiner, the
 * product noun as the third word, round 68's nouns "set", "lock", "clock" …) drop a person's run only when quotation marks
 * enclose it. Made-up texts; linear time with inputs growing ×16.
 */
class Rb70PersonRunsTest {

    @Test
    void aPersonBeforeASiteNounOrARound68NounStaysAPerson() {
        // a site noun right after a person, no determiner: round 69's candidate dropped these runs
        covered("Ingrid Thorsdottir store staff refused my return.", "PERSON", "Ingrid Thorsdottir");
        covered("Mark Ellison store credit was never applied to my order.", "PERSON", "Mark Ellison");
        // a given name without quotation marks before round 68's nouns "set" and "clock": read as before round 68 (the
        // narrowing's price: without quotation marks a product's name and a person's things look alike)
        covered("Is the Rosalind dinner set dishwasher safe?", "PERSON", "Rosalind");
        covered("The Beatrix wall clock stopped after two days.", "PERSON", "Beatrix");
    }

    @Test
    void aPersonOnAJourneyStaysAPerson() {
        covered("The train was late, so Ingrid Thorsdottir to me said the refund is hers.", "PERSON", "Ingrid Thorsdottir");
        covered("Flights booked from Ingrid Thorsdottir account were charged twice.", "PERSON", "Ingrid Thorsdottir");
    }

    @Test
    void aQuotedNameBeforeAProductNounIsAProduct() {
        assertNone("Is the \"Rosalind\" dinner set dishwasher safe?", "PERSON=Rosalind");
        assertNone("The 'Beatrix' wall clock stopped after two days.", "PERSON=Beatrix");
    }

    @Test
    void theNarrowedReadingStaysLinear() {
        for (String unit : List.of("the \"Rosalind\" dinner set ", "the \"Rosalind\" \"Beatrix\" ", "Ingrid Thorsdottir store ",
                "the Ingrid Thorsdottir signed poster set ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 70 person runs 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
