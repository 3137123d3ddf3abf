package com.safesupport.redaction.detect;

import com.safesupport.redaction.eval.SupportProbe;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Batch 49 (a held-out set, written by ws49) is the last of {@link SupportProbe#SETS} and loads with its header's
 * counts, every label a type of {@link EntityTypes}: loader only, no detection. Failures name the message's index, never a text or a value.
 */
class Ws49ProbeSetLoadTest {

    private static final String SET = "support-messages-49.tsv";

    @Test
    void batch49IsTheLastSetWithItsHeadersCounts() throws IOException {
        assertEquals(SET, SupportProbe.SETS.get(SupportProbe.SETS.size() - 1));
        List<SupportProbe.Probe> probes = SupportProbe.load(SET);
        assertEquals(100, probes.size());
        assertEquals(25, probes.stream().filter(p -> p.expected().isEmpty()).count());
        assertEquals(166, probes.stream().mapToInt(p -> p.expected().size()).sum());
        assertEquals(79, probes.stream().flatMap(p -> p.expected().stream()).filter(e -> e.startsWith("PERSON:")).count());
    }

    @Test
    void everyLabelOfBatch49IsAnEntityTypeAndItsValueIsInItsText() throws IOException {
        List<SupportProbe.Probe> probes = SupportProbe.load(SET);
        for (int i = 0; i < probes.size(); i++) {
            SupportProbe.Probe p = probes.get(i);
            assertTrue(!p.text().isBlank() && !p.text().contains("\t"), "message " + i + ": empty or with a tab");
            for (int k = 0; k < p.expected().size(); k++) {
                String e = p.expected().get(k);
                int colon = e.indexOf(':');
                String where = "message " + i + " value " + k;
                assertTrue(colon > 0 && colon < e.length() - 1, where + ": not TYPE:value");
                assertTrue(EntityTypes.BUILT_IN.containsKey(e.substring(0, colon)), where + ": type not in EntityTypes");
                assertTrue(p.text().contains(e.substring(colon + 1)), where + ": value not in its text");
            }
        }
    }
}
