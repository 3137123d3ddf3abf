package com.safesupport.redaction.detect;

import com.safesupport.redaction.eval.AdversarialCorpus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every hostile shape of {@link AdversarialCorpus} at the largest size the service accepts (64 kB): detection
 * finishes, gives in-range non-overlapping findings, and never needs more than a generous deadline (seconds, where
 * the engine takes milliseconds: the bound catches a hang or a quadratic blow-up, not a slow machine). The time per
 * kB is measured, not asserted, by {@code AdversarialBenchmark}.
 */
class AdversarialCorpusTest {

    static final long GENEROUS_MS = 10_000;

    @Test
    void everyHostileShapeFinishesWithSaneFindingsAt64Kb() {
        Analyzer analyzer = AnalyzerTest.ANALYZER;
        for (Map.Entry<String, String> e : AdversarialCorpus.units().entrySet()) {
            String text = AdversarialCorpus.build(e.getValue(), 65536);
            List<Finding> findings;
            try {
                findings = analyzer.analyze(text, Analyzer.Options.defaults("en", 0.0), Deadline.in(GENEROUS_MS * 1_000_000L));
            } catch (Deadline.Exceeded timeout) {
                fail("no result within " + GENEROUS_MS + " ms for: " + e.getKey());
                return;
            }
            int previousEnd = 0;
            for (Finding f : findings) {
                assertTrue(f.start() >= previousEnd && f.start() < f.end() && f.end() <= text.length(), e.getKey());
                previousEnd = f.end();
            }
        }
    }

    @Test
    void theOldCatastrophicInputsAreFoundWhereTheyHoldData() {
        // 49-digit runs hold no phone number; a real number after them is still found.
        String text = "1234567890123456789012345678901234567890123456789 ".repeat(40) + "call +44 20 7946 0958";
        List<Finding> findings = AnalyzerTest.ANALYZER.analyze(text, Analyzer.Options.defaults("en", 0.4));
        assertTrue(findings.stream().anyMatch(f -> f.type().equals("PHONE_NUMBER") && text.substring(f.start(), f.end()).equals("+44 20 7946 0958")),
                findings.toString());
    }
}
