package com.safesupport.bot.eval;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 39: {@code -Dguardrail.injection-written-sets=true} trains the injection classifier on the written sets' tune
 * parts only — never a held half (CRC32 odd) and never a line of the held-only sets (rounds 33, 36, 38h) — and the
 * option off leaves the training rows as they were.
 */
class RoundThirtyNineInjectionTrainingTest {

    private static GuardrailTraining.Corpus emptyCorpus() {
        GuardrailTraining.Corpus c = new GuardrailTraining.Corpus();
        c.writtenHuman = new GuardrailTraining.Written(List.of());
        c.writtenFrustration = new GuardrailTraining.Written(List.of());
        return c;
    }

    private static String text(String line) {
        return line.startsWith("+ ") ? line.substring(2) : line;
    }

    @Test
    void onlyTuneHalvesAndTheTuneFileAreAdded() throws IOException {
        String before = System.getProperty("guardrail.injection-written-sets");
        System.setProperty("guardrail.injection-written-sets", "true");
        List<GuardrailTraining.Example> rows;
        try {
            rows = GuardrailTraining.injectionRows(emptyCorpus());
        } finally {
            if (before == null) {
                System.clearProperty("guardrail.injection-written-sets");
            } else {
                System.setProperty("guardrail.injection-written-sets", before);
            }
        }
        Set<String> added = new HashSet<>();
        rows.forEach(r -> added.add(r.text()));
        Set<String> r38 = new HashSet<>();
        GuardrailTraining.Written.lines("guardrail/written-injection-r38.txt").forEach(l -> r38.add(text(l)));
        assertTrue(added.containsAll(r38), "round 38's tune file is added whole");
        int fromHalves = 0;
        for (String set : GuardrailTraining.WRITTEN_TUNE_HALVES) {
            for (String l : GuardrailTraining.Written.lines("guardrail/written-injection-" + set + ".txt")) {
                String t = text(l);
                boolean tune = GuardrailTraining.crc(t) % 2 == 0;
                if (!r38.contains(t)) {
                    assertEquals(tune, added.contains(t), set + (tune ? ": a tune line missing" : ": a held line trained on"));
                }
                fromHalves += tune ? 1 : 0;
            }
        }
        assertTrue(fromHalves > 100, "the tune halves hold rows");
        for (String held : List.of("r33", "r36", "r38h")) {
            for (String l : GuardrailTraining.Written.lines("guardrail/written-injection-" + held + ".txt")) {
                assertFalse(added.contains(text(l)), held + " is held only and never a training row");
            }
        }
        rows.stream().filter(r -> r38.contains(r.text()))
                .forEach(r -> assertEquals(r.positive() ? "written" : "lookalike", r.source()));
    }

    @Test
    void offByDefault() {
        assertFalse(Boolean.getBoolean("guardrail.injection-written-sets"));
        assertTrue(GuardrailTraining.injectionRows(emptyCorpus()).isEmpty(), "an empty corpus gives no rows with the option off");
    }
}
