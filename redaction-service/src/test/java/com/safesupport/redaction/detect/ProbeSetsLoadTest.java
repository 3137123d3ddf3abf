package com.safesupport.redaction.detect;

import com.safesupport.redaction.eval.SupportProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every probe set of {@link SupportProbe#SETS} loads and is well formed (TYPE:value, every value in its text; from batch
 * 46 on, no tab inside a text and every type in {@link EntityTypes} — a few older sets label types of their own), the
 * numbered batches stand in ascending order (so the newest, held-out batch is the last one: the rounds' development
 * filter cuts SupportProbe's output at its name), and each batch from 46 on has the counts its header states. Loader
 * only, no detection, so a new held-out batch can be checked before anyone looks at what the engine makes of it; a new
 * batch adds one row to {@link #eachBatchHasItsHeadersCounts}. Failures name the set and the message's index, never a
 * text or a value (the batches may be held out and hold made-up personal data). Stop 56: batches 46–49's four tests
 * (one class each, written with each batch) in one.
 */
class ProbeSetsLoadTest {

    private static final Pattern BATCH = Pattern.compile("support-messages-(\\d+)\\.tsv");

    /** The batch number of a set's name, 1 for the first set (no number), -1 for a set outside the numbering. */
    private static int batch(String set) {
        if (set.equals("support-messages.tsv")) {
            return 1;
        }
        Matcher m = BATCH.matcher(set);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    @Test
    void everySetLoadsWithItsValuesInTheirTexts() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String set : SupportProbe.SETS) {
            boolean strict = batch(set) >= 46;
            List<SupportProbe.Probe> probes = SupportProbe.load(set);
            if (probes.isEmpty()) {
                problems.add(set + ": no messages");
            }
            for (int i = 0; i < probes.size(); i++) {
                SupportProbe.Probe p = probes.get(i);
                if (p.text().isBlank()) {
                    problems.add(set + " message " + i + ": empty text");
                } else if (strict && p.text().contains("\t")) {
                    problems.add(set + " message " + i + ": a tab in its text");
                }
                for (int k = 0; k < p.expected().size(); k++) {
                    String e = p.expected().get(k);
                    int colon = e.indexOf(':');
                    if (colon <= 0 || colon == e.length() - 1) {
                        problems.add(set + " message " + i + " value " + k + ": not TYPE:value");
                    } else if (strict && !EntityTypes.BUILT_IN.containsKey(e.substring(0, colon))) {
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
    void theNumberedBatchesStandInAscendingOrderSoTheNewestIsLast() {
        int previous = 0;
        int last = -1;
        for (String set : SupportProbe.SETS) {
            int n = batch(set);
            if (n > 0) {
                assertTrue(n > previous, set + " stands after batch " + previous);
                previous = n;
                last = n;
            }
        }
        assertEquals(last, batch(SupportProbe.SETS.get(SupportProbe.SETS.size() - 1)), "the last set is the newest batch");
    }

    @ParameterizedTest(name = "batch {0}: {1} values, {2} PERSON")
    @CsvSource({"46, 171, 79", "47, 168, 78", "48, 169, 78", "49, 166, 79", "50, 169, 79", "51, 163, 77", "52, 167, 80", "53, 170, 81", "54, 175, 83", "55, 171, 81", "56, 171, 81",
            "57, 170, 83", "58, 168, 80", "59, 171, 82", "60, 174, 81", "61, 175, 81",
            "62, 171, 82", "63, 175, 83", "64, 174, 82", "65, 169, 82", "66, 169, 81", "67, 167, 82", "68, 170, 80", "69, 170, 80", "70, 170, 80", "71, 170, 80", "72, 170, 80",
            "73, 170, 80", "74, 170, 81", "75, 170, 81", "76, 169, 81"})
    void eachBatchHasItsHeadersCounts(int batch, int values, int persons) throws IOException {
        String set = "support-messages-" + batch + ".tsv";
        assertTrue(SupportProbe.SETS.contains(set), set + " is not in SupportProbe.SETS");
        List<SupportProbe.Probe> probes = SupportProbe.load(set);
        assertEquals(100, probes.size());
        assertEquals(25, probes.stream().filter(p -> p.expected().isEmpty()).count());
        assertEquals(values, probes.stream().mapToInt(p -> p.expected().size()).sum());
        assertEquals(persons, probes.stream().flatMap(p -> p.expected().stream()).filter(e -> e.startsWith("PERSON:")).count());
    }
}
