package com.safesupport.redaction.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Analyzer#precedence} (docs/redaction-benchmarks.md, round 14) orders candidates exactly as the chained
 * comparator it replaced: the same sign for every pair, and the same sorted list, on random candidates whose lengths,
 * scores and starts collide often (ties decided by the later keys), with -0.0, 0.0 and NaN among the scores.
 */
class PrecedenceOrderTest {

    /** The comparator of rounds 1–13, kept here as the reference. */
    private static final Comparator<Candidate> CHAINED = Comparator.comparingInt((Candidate c) -> c.end - c.start).reversed()
            .thenComparing(Comparator.comparingDouble((Candidate c) -> c.score).reversed())
            .thenComparing(Comparator.comparingDouble((Candidate c) -> c.baseScore).reversed())
            .thenComparingInt(c -> c.start);

    private static final double[] SCORES = {0.05, 0.3, 0.4, 0.75, 0.85, 1.0, 0.0, -0.0, Double.NaN};

    @Test
    void sameSignForEveryPairAndSameSortedOrder() {
        Random random = new Random(14);
        for (int round = 0; round < 2_000; round++) {
            List<Candidate> candidates = new ArrayList<>();
            int size = 1 + random.nextInt(24);
            for (int k = 0; k < size; k++) {
                int start = random.nextInt(12);
                int end = start + 1 + random.nextInt(6);
                Candidate c = new Candidate("T" + random.nextInt(3), start, end, SCORES[random.nextInt(SCORES.length)], null, null);
                if (random.nextBoolean()) {
                    c.score = SCORES[random.nextInt(SCORES.length)];
                }
                candidates.add(c);
            }
            for (Candidate a : candidates) {
                for (Candidate b : candidates) {
                    assertEquals(Integer.signum(CHAINED.compare(a, b)), Integer.signum(Analyzer.precedence(a, b)));
                }
            }
            List<Candidate> reference = new ArrayList<>(candidates);
            reference.sort(CHAINED);
            List<Candidate> sorted = new ArrayList<>(candidates);
            sorted.sort(Analyzer::precedence);
            for (int k = 0; k < size; k++) {
                // The same objects in the same places (a stable sort: equal candidates keep their input order in both).
                assertSame(reference.get(k), sorted.get(k), "position " + k);
            }
        }
    }
}
