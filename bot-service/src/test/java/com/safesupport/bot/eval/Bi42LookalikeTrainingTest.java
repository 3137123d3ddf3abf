package com.safesupport.bot.eval;

import com.safesupport.bot.guardrail.InjectionOperatingPoint;
import com.safesupport.bot.guardrail.LinearModel;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 42 (bi42): {@code -Dguardrail.injection-lookalikes=W} trains the injection classifier on the written look-alike
 * tune lines not kept out, as weighted negatives outside the support cap; the kept-out half, the held halves and the
 * held-only sets are never training rows; off by default nothing changes; a weight of 1 fits what no weight fits; a
 * candidate's weights score the deployed screen.
 */
class Bi42LookalikeTrainingTest {

    private static GuardrailTraining.Corpus corpus() throws IOException {
        GuardrailTraining.Corpus c = new GuardrailTraining.Corpus();
        c.writtenHuman = new GuardrailTraining.Written(List.of());
        c.writtenFrustration = new GuardrailTraining.Written(List.of());
        c.writtenLookalikesR11 = GuardrailTraining.Written.load("guardrail/written-injection-lookalikes-r11.txt");
        c.writtenLookalikesR12 = GuardrailTraining.Written.load("guardrail/written-injection-lookalikes-r12.txt");
        return c;
    }

    private static String text(String line) {
        return line.startsWith("+ ") ? line.substring(2) : line;
    }

    @Test
    void theTrainedHalfOfTheTuneLookalikesIsAddedWeightedAndNothingHeld() throws IOException {
        GuardrailTraining.Corpus c = corpus();
        String before = System.getProperty("guardrail.injection-lookalikes");
        System.setProperty("guardrail.injection-lookalikes", "2");
        List<GuardrailTraining.Example> rows;
        double[] weights;
        try {
            rows = GuardrailTraining.injectionRows(c);
            weights = GuardrailTraining.rowWeights(rows);
        } finally {
            if (before == null) {
                System.clearProperty("guardrail.injection-lookalikes");
            } else {
                System.setProperty("guardrail.injection-lookalikes", before);
            }
        }
        List<String> tune = GuardrailTraining.tuneLookalikes(c);
        Set<String> added = new HashSet<>();
        rows.forEach(r -> added.add(r.text()));
        long keptOut = tune.stream().filter(GuardrailTraining::lookalikeKeptOut).count();
        assertTrue(keptOut > 100 && tune.size() - keptOut > 100, "both halves hold rows: " + keptOut + " of " + tune.size());
        for (String t : tune) {
            assertEquals(!GuardrailTraining.lookalikeKeptOut(t), added.contains(t), t);
        }
        for (int i = 0; i < rows.size(); i++) {
            assertFalse(rows.get(i).positive());
            assertEquals("lookalike", rows.get(i).source());
            assertEquals(2.0, weights[i], 0);
        }
        // No held half of rounds 11 / 12 / 19-35 and no line of the held-only sets.
        c.writtenLookalikesR11.report().forEach(t -> assertFalse(added.contains(t), "round 11 report line"));
        c.writtenLookalikesR12.report().forEach(t -> assertFalse(added.contains(t), "round 12 report line"));
        for (String set : GuardrailTraining.WRITTEN_TUNE_HALVES) {
            for (String l : GuardrailTraining.Written.lines("guardrail/written-injection-" + set + ".txt")) {
                if (GuardrailTraining.crc(text(l)) % 2 == 1 || l.startsWith("+ ")) {
                    assertFalse(added.contains(text(l)) && !tune.contains(text(l)), set + ": a held or injection line trained on");
                }
            }
        }
        for (String held : List.of("r33", "r36", "r38h")) {
            for (String l : GuardrailTraining.Written.lines("guardrail/written-injection-" + held + ".txt")) {
                assertFalse(added.contains(text(l)), held + " is held only");
            }
        }
    }

    @Test
    void offByDefault() throws IOException {
        assertEquals(0, GuardrailTraining.lookalikeWeight());
        assertTrue(GuardrailTraining.injectionRows(corpus()).isEmpty(), "no look-alike rows without the option");
        assertNull(GuardrailTraining.rowWeights(List.of(new GuardrailTraining.Example("a", false, "lookalike"))));
        assertEquals(0.37, GuardrailTraining.injectionThreshold(0.37), 0);
    }

    @Test
    void weightOneFitsTheSameAndAHeavierNegativeScoresLower() {
        double[][] x = {{1, 0}, {0.9, 0.2}, {0, 1}, {0.2, 0.8}, {0.6, 0.5}};
        boolean[] y = {true, true, false, false, false};
        assertArrayEquals(LogisticRegression.fit(x, y, 0.1), LogisticRegression.fit(x, y, 0.1, new double[]{1, 1, 1, 1, 1}), 0);
        double light = LogisticRegression.probability(LogisticRegression.fit(x, y, 0.1), x[4]);
        double heavy = LogisticRegression.probability(LogisticRegression.fit(x, y, 0.1, new double[]{1, 1, 1, 1, 5}), x[4]);
        assertTrue(heavy < light, heavy + " < " + light);
    }

    @Test
    void aCandidatesWeightsScoreTheScreen() {
        LinearModel shipped = LinearModel.load("prompt-injection");
        float[] vector = new float[384];
        vector[0] = 1;
        String plain = "My card payment to the garden centre was taken twice yesterday.";
        // The same weights with a bias far up: every message scores near 1, so the screen refuses at 0.5.
        LinearModel always = new LinearModel(shipped.name(), shipped.signals(), shipped.words(), shipped.chars(), shipped.weights(), 50, 0.5);
        assertTrue(InjectionOperatingPoint.of(always, plain, vector).refused(0.5));
        assertFalse(InjectionOperatingPoint.of(shipped, plain, vector).refused(1.01));
        assertEquals(InjectionOperatingPoint.of(plain, vector).refused(0.5), InjectionOperatingPoint.of(shipped, plain, vector).refused(0.5));
    }
}
