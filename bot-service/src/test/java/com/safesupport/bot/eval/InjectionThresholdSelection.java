package com.safesupport.bot.eval;

import com.safesupport.bot.eval.GuardrailTraining.Corpus;
import com.safesupport.bot.eval.GuardrailTraining.Example;
import com.safesupport.bot.embedding.Embedder;
import com.safesupport.bot.guardrail.InjectionOperatingPoint;
import com.safesupport.bot.guardrail.LinearModel;
import com.safesupport.bot.guardrail.PromptInjectionDetector;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoublePredicate;

/**
 * Round 41 (docs/bot-evaluation.md): the prompt-injection classifier's threshold chosen on deepset TRAIN only, by the
 * F2 of the classifier alone out of fold, averaged over the training command's 5 folds, under two bounds on ordinary
 * text: (a) the training command's cap on its support rows flagged out of fold (0.5 %), (b) the deployed screen with the
 * shipped weights on negative tune sources (Banking77 train every 4th line, CLINC150 val + oos_val, bitext tune every 4th
 * line: each at most 0.001 above its refusal rate at the shipped threshold; the written look-alike tune lines: none more
 * refused). Report splits, XSTest and the held halves / held-only sets are never read.
 * <p>
 * Round 42 (bi42): with a second argument, a candidate model file trained with
 * {@code -Dguardrail.injection-lookalikes=W} (pass the same option here, so the rows and folds are the candidate's):
 * the fold models are fitted on the candidate's rows and row weights, the screen at each grid threshold scores with the
 * candidate's weights against the shipped screen at the shipped threshold, and the written look-alike bound is on the
 * half kept out of the candidate's training only (the trained half is printed, not bounded).
 */
public final class InjectionThresholdSelection {

    static final double LAMBDA = 0.1;
    static final double SUPPORT_CAP = 0.005;
    static final double RATE_SLACK = 0.001;

    private InjectionThresholdSelection() {
    }

    /** F-beta of one fold's rows ({@code primary} rows of fold {@code f} only) at threshold {@code t}; 0 with no positive. */
    static double foldF(double[] p, boolean[] y, int[] fold, boolean[] primary, int f, double t, double beta) {
        int tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < p.length; i++) {
            if (!primary[i] || fold[i] != f) {
                continue;
            }
            boolean said = p[i] >= t;
            tp += said && y[i] ? 1 : 0;
            fp += said && !y[i] ? 1 : 0;
            fn += !said && y[i] ? 1 : 0;
        }
        double b2 = beta * beta;
        return (1 + b2) * tp / Math.max(1e-9, (1 + b2) * tp + b2 * fn + fp);
    }

    /** The mean over the 5 folds of {@link #foldF} with beta 2. */
    static double meanFoldF2(double[] p, boolean[] y, int[] fold, boolean[] primary, double t) {
        double sum = 0;
        for (int f = 0; f < 5; f++) {
            sum += foldF(p, y, fold, primary, f, t, 2);
        }
        return sum / 5;
    }

    /** Share of the {@code support} rows scored at or above {@code t}. */
    static double supportFlagged(double[] p, boolean[] support, double t) {
        int n = 0, flagged = 0;
        for (int i = 0; i < p.length; i++) {
            if (support[i]) {
                n++;
                flagged += p[i] >= t ? 1 : 0;
            }
        }
        return n == 0 ? 0 : (double) flagged / n;
    }

    /** The grid the threshold is chosen from: 0.05 to 0.95 in steps of 0.01. */
    static double[] grid() {
        double[] g = new double[91];
        for (int i = 0; i < g.length; i++) {
            g[i] = Math.round((0.05 + 0.01 * i) * 100) / 100.0;
        }
        return g;
    }

    /**
     * The threshold of {@link #grid} with the highest {@link #meanFoldF2} among those with at most {@link #SUPPORT_CAP}
     * of the support rows flagged and {@code allowed} (bound (b)); a tie goes to the higher threshold. NaN if none.
     */
    static double choose(double[] p, boolean[] y, int[] fold, boolean[] primary, boolean[] support, DoublePredicate allowed) {
        double best = Double.NaN, bestF = -1;
        for (double t : grid()) {
            if (supportFlagged(p, support, t) > SUPPORT_CAP || !allowed.test(t)) {
                continue;
            }
            double f = meanFoldF2(p, y, fold, primary, t);
            if (f >= bestF) {
                bestF = f;
                best = t;
            }
        }
        return best;
    }

    /** Refusals per source at every threshold of the grid, and at the shipped one (index {@code grid().length}). */
    static boolean allowed(Map<String, int[]> refused, Map<String, Integer> sizes, int index, int shipped) {
        for (var e : refused.entrySet()) {
            int[] r = e.getValue();
            if (e.getKey().startsWith("written look-alikes")) {
                if (r[index] > r[shipped]) {
                    return false;
                }
            } else if ((double) r[index] / sizes.get(e.getKey()) > (double) r[shipped] / sizes.get(e.getKey()) + RATE_SLACK) {
                return false;
            }
        }
        return true;
    }

    public static void main(String[] args) throws Exception {
        Path data = Datasets.locate(args, 0);
        Path module = Files.isDirectory(Path.of("bot-service")) ? Path.of("bot-service") : Path.of(".");
        GuardrailTraining training = GuardrailTraining.withEmbeddingCache(module);
        Corpus c = Corpus.load(data);
        LinearModel candidate = args.length > 1 ? LinearModel.parse(Files.readString(Path.of(args[1]))) : null;

        // The training command's prompt-injection rows, features and folds (default options), lambda 0.1.
        List<Example> rows = GuardrailTraining.dedupe(GuardrailTraining.injectionRows(c));
        Map<String, List<String>> negatives = negatives(c);
        List<String> trainedLookalikes = List.of();
        if (candidate != null) {
            List<String> look = negatives.remove("written look-alikes (tune)");
            negatives.put("written look-alikes kept out (tune)", look.stream().filter(GuardrailTraining::lookalikeKeptOut).toList());
            trainedLookalikes = look.stream().filter(t -> !GuardrailTraining.lookalikeKeptOut(t)).toList();
        }
        List<String> all = new ArrayList<>(rows.stream().map(Example::text).toList());
        negatives.values().forEach(all::addAll);
        training.embedMissing(all);
        double[][] x = training.features(rows, GuardrailTraining.WORDS, GuardrailTraining.CHARS.contains("prompt-injection"),
                t -> GuardrailTraining.scaled(PromptInjectionDetector.signals(t), GuardrailTraining.INJECTION_SIGNAL_SCALE));
        boolean[] y = GuardrailTraining.labels(rows);
        int[] fold = training.folds(rows, 0);
        double[] oof = GuardrailTraining.outOfFold(x, y, fold, LAMBDA, 0, GuardrailTraining.rowWeights(rows));
        boolean[] primary = new boolean[rows.size()];
        boolean[] support = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            primary[i] = rows.get(i).source().equals("deepset");
            support[i] = !y[i] && !primary[i] && !rows.get(i).source().equals("lookalike");
        }

        // Bound (b): the deployed screen with the shipped weights on the negative tune sources.
        double[] grid = grid();
        double shippedT = InjectionOperatingPoint.shippedThreshold();
        Map<String, int[]> refused = new LinkedHashMap<>();
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (var e : negatives.entrySet()) {
            int[] r = new int[grid.length + 1];
            for (String t : e.getValue()) {
                float[] v = training.embeddings().get(Embedder.capped(t));
                InjectionOperatingPoint s = candidate == null ? InjectionOperatingPoint.of(t, v) : InjectionOperatingPoint.of(candidate, t, v);
                for (int k = 0; k < grid.length; k++) {
                    r[k] += s.refused(grid[k]) ? 1 : 0;
                }
                // The reference: the shipped screen at the shipped threshold.
                r[grid.length] += InjectionOperatingPoint.of(t, v).refused(shippedT) ? 1 : 0;
            }
            refused.put(e.getKey(), r);
            sizes.put(e.getKey(), e.getValue().size());
        }
        System.out.printf(Locale.ROOT, "rows %d (deepset %d); shipped threshold %.2f; negatives %s%n", rows.size(), count(primary), shippedT, sizes);
        System.out.printf(Locale.ROOT, "at the shipped threshold: mean-fold F2 %.3f, support flagged %.4f, refused %s%n",
                meanFoldF2(oof, y, fold, primary, shippedT), supportFlagged(oof, support, shippedT), at(refused, grid.length));
        for (int k = 0; k < grid.length; k++) {
            if (grid[k] >= 0.15 && grid[k] <= 0.60) {
                System.out.printf(Locale.ROOT, "t %.2f: mean-fold F2 %.3f, F1 %.3f; deepset injections caught %d; support flagged %.4f; refused %s%s%n", grid[k],
                        meanFoldF2(oof, y, fold, primary, grid[k]), meanFoldF1(oof, y, fold, primary, grid[k]), caught(oof, y, primary, grid[k]),
                        supportFlagged(oof, support, grid[k]), at(refused, k), allowed(refused, sizes, k, grid.length) ? "" : " (bound b fails)");
            }
        }
        double chosen = choose(oof, y, fold, primary, support, t -> {
            for (int k = 0; k < grid.length; k++) {
                if (Math.abs(grid[k] - t) < 1e-9) {
                    return allowed(refused, sizes, k, grid.length);
                }
            }
            return false;
        });
        if (candidate != null) {
            // Printed only: the trained half is in-sample for the candidate.
            int shippedTrained = 0;
            int[] trained = new int[grid.length];
            for (String t : trainedLookalikes) {
                float[] v = training.embeddings().get(Embedder.capped(t));
                shippedTrained += InjectionOperatingPoint.of(t, v).refused(shippedT) ? 1 : 0;
                InjectionOperatingPoint s = InjectionOperatingPoint.of(candidate, t, v);
                for (int k = 0; k < grid.length; k++) {
                    trained[k] += s.refused(grid[k]) ? 1 : 0;
                }
            }
            int ck = (int) Math.round((candidate.threshold() - 0.05) * 100);
            System.out.printf(Locale.ROOT, "written look-alikes trained on (%d, not bounded): shipped %d; candidate at its file's %.2f: %d%n",
                    trainedLookalikes.size(), shippedTrained, candidate.threshold(), ck >= 0 && ck < grid.length ? trained[ck] : -1);
            double chosenF = chosen;
            for (int k = 0; k < grid.length; k++) {
                if (Math.abs(grid[k] - chosenF) < 1e-9) {
                    System.out.printf(Locale.ROOT, "at the chosen threshold: trained-on look-alikes refused %d; deepset train injections caught out of fold %d / %d%n",
                            trained[k], caught(oof, y, primary, grid[k]), count(positives(y, primary)));
                }
            }
        }
        System.out.printf(Locale.ROOT, "chosen threshold %.2f%n", chosen);
    }

    private static double meanFoldF1(double[] p, boolean[] y, int[] fold, boolean[] primary, double t) {
        double sum = 0;
        for (int f = 0; f < 5; f++) {
            sum += foldF(p, y, fold, primary, f, t, 1);
        }
        return sum / 5;
    }

    private static String at(Map<String, int[]> refused, int k) {
        StringBuilder s = new StringBuilder();
        refused.forEach((name, r) -> s.append(s.isEmpty() ? "" : ", ").append(name).append(' ').append(r[k]));
        return s.toString();
    }

    private static int caught(double[] p, boolean[] y, boolean[] primary, double t) {
        int n = 0;
        for (int i = 0; i < p.length; i++) {
            n += primary[i] && y[i] && p[i] >= t ? 1 : 0;
        }
        return n;
    }

    private static boolean[] positives(boolean[] y, boolean[] primary) {
        boolean[] out = new boolean[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = y[i] && primary[i];
        }
        return out;
    }

    private static int count(boolean[] b) {
        int n = 0;
        for (boolean v : b) {
            n += v ? 1 : 0;
        }
        return n;
    }

    /** The negative tune sources of bound (b); no report split, no held half, no held-only set, not XSTest. */
    static Map<String, List<String>> negatives(Corpus c) throws java.io.IOException {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("Banking77 train /4", every(c.banking77Train, 4));
        m.put("CLINC150 val + oos_val", c.clincVal.stream().map(r -> r[0]).toList());
        m.put("bitext tune /4", every(c.bitextTune.stream().map(r -> r[0]).toList(), 4));
        m.put("written look-alikes (tune)", GuardrailTraining.tuneLookalikes(c));
        return m;
    }

    private static List<String> every(List<String> l, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < l.size(); i += n) {
            out.add(l.get(i));
        }
        return out;
    }
}
