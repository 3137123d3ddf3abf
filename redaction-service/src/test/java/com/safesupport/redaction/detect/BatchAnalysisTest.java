package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Analyzer#analyzeAll} (each recogniser over all texts of a batch in turn, round 18 of
 * docs/redaction-benchmarks.md) gives for every text exactly what {@link Analyzer#analyze} gives it alone, whatever the
 * batch's size, the texts' lengths (groups split at {@value Analyzer#BATCH_TEXTS} texts and {@value Analyzer#BATCH_CHARS}
 * characters) and the options; each text keeps its own time limit; and a batch stays linear in its texts' number and size.
 */
class BatchAnalysisTest {

    private static final Analyzer ANALYZER = AnalyzerTest.ANALYZER;
    /** With deployment lists, so that their candidates go through the batch's post-processing too. */
    private static final Analyzer WITH_LISTS = ANALYZER.withLists(List.of("maria kowalski", "support@example.com"),
            List.of("acme", "project bluebird"));

    private static final String[] EXTRA = {"acme", "project bluebird", "support@example.com", "order no. 40021987", "PIN 0000",
            "test password is 000000", "<b>Anna</b>", "passport number 123456789", "call 555 1234 now", "Mrs Jane Roe", "DOB 5-May-1980"};

    static String randomText(Random random, int maxParts) {
        StringBuilder b = new StringBuilder();
        int parts = random.nextInt(maxParts + 1);
        for (int i = 0; i < parts; i++) {
            if (i > 0) {
                b.append(random.nextInt(4) == 0 ? "\n" : " ");
            }
            int pick = random.nextInt(10);
            if (pick == 0) {
                b.appendCodePoint(random.nextInt(0x3000));
            } else if (pick == 1) {
                b.append(EXTRA[random.nextInt(EXTRA.length)]);
            } else {
                b.append(RandomTextTest.PIECES[random.nextInt(RandomTextTest.PIECES.length)]);
            }
        }
        return b.toString();
    }

    private static Analyzer.Options randomOptions(Random random) {
        Set<String> entities = switch (random.nextInt(4)) {
            case 0 -> Set.of("PERSON");
            case 1 -> Set.of("PHONE_NUMBER", "EMAIL_ADDRESS", "DENY_LIST");
            default -> Set.of();
        };
        double threshold = new double[] {0.0, 0.0001, 0.4, 0.7}[random.nextInt(4)];
        List<String> allow = random.nextInt(3) == 0 ? List.of("john.smith@example.com", "paris") : List.of();
        List<String> deny = random.nextInt(3) == 0 ? List.of("baker", "will") : List.of();
        return new Analyzer.Options("en", entities, threshold, allow, deny);
    }

    private static List<List<Finding>> oneByOne(Analyzer analyzer, List<String> texts, Analyzer.Options options) {
        List<List<Finding>> expected = new ArrayList<>();
        for (String t : texts) {
            expected.add(analyzer.analyze(t, options));
        }
        return expected;
    }

    @Test
    void aBatchFindsForEveryTextWhatItsOwnCallFinds() {
        Random random = new Random(18);
        int findings = 0;
        int grouped = 0;
        for (int round = 0; round < 300; round++) {
            Analyzer analyzer = random.nextBoolean() ? ANALYZER : WITH_LISTS;
            int size = random.nextInt(5) == 0 ? 1 + random.nextInt(300) : 1 + random.nextInt(12);
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                // Now and then a long text (several kB), so that groups also end on their character bound.
                texts.add(random.nextInt(40) == 0 ? randomText(random, 14).repeat(400) : randomText(random, 14));
            }
            if (texts.stream().mapToInt(String::length).sum() > Analyzer.BATCH_CHARS || size > Analyzer.BATCH_TEXTS) {
                grouped++;
            }
            Analyzer.Options options = randomOptions(random);
            List<List<Finding>> expected = oneByOne(analyzer, texts, options);
            assertEquals(expected, analyzer.analyzeAll(texts, options), "round " + round);
            long[] generous = new long[size];
            Arrays.fill(generous, 600_000_000_000L);
            assertEquals(expected, analyzer.analyzeAll(texts, options, generous), "round " + round + " with time limits");
            findings += expected.stream().mapToInt(List::size).sum();
        }
        assertTrue(findings > 3000, "the texts hold findings: " + findings);
        assertTrue(grouped > 20, "batches split into several groups: " + grouped);
        assertEquals(List.of(), ANALYZER.analyzeAll(List.of(), Analyzer.Options.defaults("en", 0.4)));
    }

    @Test
    void aBatchStopsAsSoonAsOneTextHasUsedUpItsOwnTime() {
        Random random = new Random(1818);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 140; i++) {
            texts.add(randomText(random, 10));
        }
        // A text with no time left fails the batch wherever it stands (in the first group or the second), as
        // analyze() fails it with a deadline already past.
        for (int spent : new int[] {0, 1, 63, 127, 128, 139}) {
            long[] nanos = new long[texts.size()];
            Arrays.fill(nanos, 600_000_000_000L);
            nanos[spent] = 0;
            assertThrows(Deadline.Exceeded.class, () -> ANALYZER.analyzeAll(texts, Analyzer.Options.defaults("en", 0.4), nanos),
                    "text " + spent);
        }
        // A long hostile text with no time: the recognisers' checks inside their loops see that text's own time.
        List<String> hostile = List.of("call me", "1-2 3.4 5/6 ".repeat(5000), "thanks");
        assertThrows(Deadline.Exceeded.class, () -> ANALYZER.analyzeAll(hostile, Analyzer.Options.defaults("en", 0.4),
                new long[] {600_000_000_000L, 0, 600_000_000_000L}));
        // A time too large to add to the clock is no limit, not an overflow into the past.
        assertEquals(List.of(ANALYZER.analyze("call me", Analyzer.Options.defaults("en", 0.4))),
                ANALYZER.analyzeAll(List.of("call me"), Analyzer.Options.defaults("en", 0.4), new long[] {Long.MAX_VALUE}));
        assertThrows(IllegalArgumentException.class, () -> ANALYZER.analyzeAll(hostile, Analyzer.Options.defaults("en", 0.4),
                new long[2]));
    }

    @Test
    void aBatchStaysLinearInTheNumberAndTheSizeOfItsTexts() {
        Analyzer.Options options = Analyzer.Options.defaults("en", 0.4);
        for (String unit : new String[] {"1-2 3.4 5/6 ", "Maria Kowalski, +44 20 7946 0958; ", "a.b@c.d-e.f_g ", "Street 12 Apt 4 Main St "}) {
            // Many short texts: a string cut into texts of ~200 characters (3 kB: 15 texts; 32 times that: 480).
            String small = unit.repeat(3072 / unit.length());
            double many = CpuLinearity.ratio(small, small.repeat(32), s -> ANALYZER.analyzeAll(pieces(s, 200), options));
            // A few big texts: three texts of ~700 characters against three of ~22 kB.
            double big = CpuLinearity.ratio(small, small.repeat(32), s -> ANALYZER.analyzeAll(pieces(s, (s.length() + 2) / 3), options));
            System.out.printf("batch of %s: many texts %.2f, big texts %.2f (CPU time of 32 times the input over 32 times that of the small one)%n", unit.strip(), many, big);
            assertTrue(many < 8, "linear in the number of texts, ratio " + many + " for " + unit.strip());
            assertTrue(big < 8, "linear in the size of the texts, ratio " + big + " for " + unit.strip());
        }
    }

    private static List<String> pieces(String s, int length) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < s.length(); i += length) {
            out.add(s.substring(i, Math.min(s.length(), i + length)));
        }
        return out;
    }
}
