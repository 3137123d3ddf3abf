package com.safesupport.redaction.detect;

import com.safesupport.redaction.anonymize.Anonymizer;
import com.safesupport.redaction.anonymize.Operator;
import com.safesupport.redaction.anonymize.ValueKeys;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Property test over seeded random texts mixing personal-data fragments, evasion characters and noise
 * (deterministic: fixed seed): no exception, offsets in range and non-overlapping, and redacting an
 * already-redacted text finds nothing new that overlaps a tag, and no new pattern entity at all. The learned name
 * model reads words in their context, and a redacted neighbour is different context: on a second pass it may find a
 * name or place it scored below the threshold the first time (more redaction, never a tag), so the types of the model
 * (PERSON, LOCATION, NRP) are held to "never inside a tag" only. Jazzer would search harder; this is what the
 * default run affords.
 */
class RandomTextTest {

    static final String[] PIECES = {"john.smith@example.com", "+44 20 7946 0958", "4111 1111 1111 1111", "GB82 WEST 1234 5698 7654 32",
            "536-22-1234", "192.168.0.1", "2001:db8::1", "Maria Kowalski", "Mr. Iwase", "221B Baker Street", "SW1A 1AA", "born 12/03/1985",
            "password is hunter2x", "jane dot doe at example dot com", "\u200B", "\u202E", "ｊｏｅ＠ｅｘａｍｐｌｅ．ｃｏｍ", "４１１１", "\uD83D\uDE00", "é",
            "Will", "May", " ", " ", "\n", ",", ".", "-", "(", ")", "@", ":", "'", "\"", "<PERSON_1>", "Paris", "in", "my name is", "0", "7"};

    private static final java.util.Set<String> MODEL_TYPES = java.util.Set.of("PERSON", "LOCATION", "NRP");

    @Test
    void anyTextGivesInRangeNonOverlappingFindingsAndTagsAreNeverDetectedAgain() {
        Analyzer analyzer = AnalyzerTest.ANALYZER;
        ValueKeys keys = new ValueKeys("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8));
        Anonymizer anonymizer = new Anonymizer('*', Map.of(), keys);
        Random random = new Random(20261123L);
        for (int round = 0; round < 1500; round++) {
            StringBuilder b = new StringBuilder();
            int parts = 1 + random.nextInt(14);
            for (int i = 0; i < parts; i++) {
                // Fragments glued without a blank ("...dot com4111 1111...") can change meaning once one of them
                // becomes a tag; real messages separate words, so the generator does too.
                if (i > 0) {
                    b.append(random.nextInt(4) == 0 ? "\n" : " ");
                }
                if (random.nextInt(5) == 0) {
                    b.appendCodePoint(random.nextInt(0x3000));
                } else {
                    b.append(PIECES[random.nextInt(PIECES.length)]);
                }
            }
            String text = b.toString();
            List<Finding> findings = analyzer.analyze(text, Analyzer.Options.defaults("en", 0.4));
            int previousEnd = 0;
            for (Finding f : findings) {
                assertTrue(f.start() >= previousEnd && f.start() < f.end() && f.end() <= text.length(), "bad offsets in round " + round);
                previousEnd = f.end();
            }
            String redacted = anonymizer.apply(text, findings, Operator.TAG, new Anonymizer.LocalTagBook(keys)).text();
            // The tags themselves are never detected again. (Known gap: a value that lost an overlap to a
            // longer, wrong span can surface on a second pass; see docs/redaction.md.)
            java.util.BitSet tags = Analyzer.tags(redacted);
            List<String> again = analyzer.analyze(redacted, Analyzer.Options.defaults("en", 0.4)).stream()
                    .filter(f -> !MODEL_TYPES.contains(f.type()) || tags != null && tags.nextSetBit(f.start()) >= 0
                            && tags.nextSetBit(f.start()) < f.end())
                    .map(f -> f.type() + "=" + redacted.substring(f.start(), f.end())).toList();
            assertEquals(List.of(), again, "round " + round + " found something new after redaction: " + text.replace("\n", "\\n"));
        }
    }
}
