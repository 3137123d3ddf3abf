package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.assertFound;
import static com.safesupport.redaction.detect.AnalyzerTest.covered;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 54: the lower-case verb of a self-introduction ("ik ben", "jestem") that the name model took into a name's run
 * is kept out of the name. (The round's two other rules, a name in capitals after a closing and a one-word name before
 * "and" after a self-introduction, showed no held-out gain and were reverted with their tests.) Made-up texts; a
 * look-alike stays as it was; linear time with inputs growing ×16.
 */
class Rb54RulesTest {

    @Test
    void theVerbOfASelfIntroductionIsNotTheName() {
        assertFound("Hallo, ik ben Femke Dijkstra en mijn pakket is zoek.", "PERSON=Femke Dijkstra");
        assertFound("Dzień dobry, jestem Kowalczyk i mam pytanie.", "PERSON=Kowalczyk");
        // "bin" and "ben" are name particles too: without their pronoun they stay in the name
        covered("Ahmed bin Rashid called yesterday.", "PERSON", "Ahmed bin Rashid");
    }

    @Test
    void theNewReadingStaysLinear() {
        for (String unit : List.of("ik ben Femke en ", "jestem Nowak i ", "ik ben ik ben ", "Ahmed bin Rashid ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 54 reading 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
