package com.safesupport.redaction.detect;

import com.safesupport.redaction.eval.SupportProbe;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every probe set of {@link SupportProbe#SETS} loads and is well formed (TYPE:value, every value in its text; batch 46's
 * types are all in {@link EntityTypes} — a few older sets label types of their own): loader only, no detection, so a
 * new held-out batch can be checked before anyone looks at what the engine makes of it. Failures name the set and the
 * message's index, never a text or a value (the batches may be held out and hold made-up personal data).
 */
class Ws46ProbeSetsLoadTest {

    @Test
    void everySetLoadsWithItsValuesInTheirTexts() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String set : SupportProbe.SETS) {
            List<SupportProbe.Probe> probes = SupportProbe.load(set);
            if (probes.isEmpty()) {
                problems.add(set + ": no messages");
            }
            for (int i = 0; i < probes.size(); i++) {
                SupportProbe.Probe p = probes.get(i);
                if (p.text().isBlank()) {
                    problems.add(set + " message " + i + ": empty text");
                }
                for (int k = 0; k < p.expected().size(); k++) {
                    String e = p.expected().get(k);
                    int colon = e.indexOf(':');
                    if (colon <= 0 || colon == e.length() - 1) {
                        problems.add(set + " message " + i + " value " + k + ": not TYPE:value");
                    } else if (set.equals("support-messages-46.tsv") && !EntityTypes.BUILT_IN.containsKey(e.substring(0, colon))) {
                        problems.add(set + " message " + i + " value " + k + ": type not in EntityTypes");
                    } else if (!p.text().contains(e.substring(colon + 1))) {
                        problems.add(set + " message " + i + " value " + k + ": value not in its text");
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void batch46IsInTheSetsWithItsHeadersCounts() throws IOException {
        assertTrue(SupportProbe.SETS.contains("support-messages-46.tsv"));
        List<SupportProbe.Probe> probes = SupportProbe.load("support-messages-46.tsv");
        assertEquals(100, probes.size());
        assertEquals(25, probes.stream().filter(p -> p.expected().isEmpty()).count());
        assertEquals(171, probes.stream().mapToInt(p -> p.expected().size()).sum());
        assertFalse(probes.stream().anyMatch(p -> p.text().contains("\t")));
    }
}
