package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.assertNone;
import static com.safesupport.redaction.detect.AnalyzerTest.covered;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 52: a place's or a person's name before a goods noun that closes a phrase of up to three lower-case words, after
 * a determiner, names a product (no PERSON, LOCATION or NRP); a dotted year-first number after a release word is a
 * release, no DATE_TIME. Made-up texts; look-alikes stay as they were; linear time with inputs growing ×16.
 */
class Rb52RulesTest {

    @Test
    void aNameBeforeAGoodsPhraseNamesAProduct() {
        assertNone("the Helsinki oak side table wobbles on tiles", "LOCATION");
        assertNone("The Vienna porcelain tea set arrived cracked.", "LOCATION");
        assertNone("Can I still order the Charlotte hamper for next week?", "LOCATION");
        assertNone("Is the Naomi scented soy candle back in stock?", "PERSON");
        assertNone("We love the Kyoto cast iron teapot.", "LOCATION");
    }

    @Test
    void namesAndPlacesWithoutAGoodsPhraseStay() {
        covered("Charlotte sent the hamper yesterday.", "PERSON", "Charlotte");
        covered("I moved to Lisbon and the dress arrived late.", "LOCATION", "Lisbon");
        covered("The Victoria I know would never buy that dress.", "PERSON", "Victoria");
        covered("Please tell the Anna Weber team about it.", "PERSON", "Anna Weber");
    }

    @Test
    void aReleaseNumberIsNoDate() {
        assertNone("Changelog for 2025.10.3: bug fixes only.", "DATE_TIME");
        assertNone("the app build 2026.2.14 crashes on start", "DATE_TIME");
        assertNone("firmware 2025.12.01 bricked my router", "DATE_TIME");
        covered("My appointment is on 2026.11.02 at the clinic.", "DATE_TIME", "2026.11.02");
        covered("Since 2026.03.14 the app crashes every hour.", "DATE_TIME", "2026.03.14");
    }

    @Test
    void theNewReadingsStayLinear() {
        for (String unit : List.of("the Kyoto cast iron teapot ", "the Naomi a b c d e f ", "the the the Oslo ",
                "the Oslo oak oak oak oak set ", "build 2026.2.14 ", "notes for 2025.10.3 ", "update update 2025.1.1 ",
                "2026.11.02 2026.11.02 ", "Anna the Anna set ", "...... ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 52 readings 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
