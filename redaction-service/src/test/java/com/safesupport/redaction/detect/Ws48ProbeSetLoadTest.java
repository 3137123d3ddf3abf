package com.safesupport.redaction.detect;

import com.safesupport.redaction.eval.SupportProbe;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Batch 48 (a held-out set, written by ws48) is one of {@link SupportProbe#SETS}, just before batch 49 (ws49), and loads
 * with its header's counts, every label a type of {@link EntityTypes}: loader only, no detection. Failures name the message's index, never a text or a value.
 */
class Ws48ProbeSetLoadTest {

    private static final String SET = "support-messages-48.tsv";

    @Test
    void batch48IsInTheSetsBeforeBatch49WithItsHeadersCounts() throws IOException {
        assertEquals(SupportProbe.SETS.indexOf("support-messages-49.tsv") - 1, SupportProbe.SETS.indexOf(SET));
        List<SupportProbe.Probe> probes = SupportProbe.load(SET);
        assertEquals(100, probes.size());
        assertEquals(25, probes.stream().filter(p -> p.expected().isEmpty()).count());
        assertEquals(169, probes.stream().mapToInt(p -> p.expected().size()).sum());
        assertEquals(78, probes.stream().flatMap(p -> p.expected().stream()).filter(e -> e.startsWith("PERSON:")).count());
    }

    @Test
    void everyLabelOfBatch48IsAnEntityTypeAndItsValueIsInItsText() throws IOException {
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
