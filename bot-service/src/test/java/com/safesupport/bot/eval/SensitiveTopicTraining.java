package com.safesupport.bot.eval;

import com.safesupport.bot.embedding.Embedder;
import com.safesupport.bot.guardrail.LinearModel;
import com.safesupport.bot.handoff.Reason;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Round 39 (issue 14): the {@code sensitive-topic} model — logistic regression on the message's MiniLM sentence
 * embedding alone, beside {@link com.safesupport.bot.guardrail.SensitiveTopicDetector}'s rules. Tune data only:
 * positives are the message at the last expected turn of each {@code SENSITIVE_TOPIC} conversation in the tune halves of
 * the written sets r28, r30, r30b, r32, r34, r35 and the tune-only set r38; negatives are every other message of those
 * conversations (and the messages before a sensitive one), the written human-request and frustration tune messages,
 * every 5th Banking77 train row, every 5th bitext tune row and every 2nd CLINC150 train row of the
 * in-domain intents (banking, credit cards). Held-only sets (r33, r36, r38h, r39h) are never read.
 * The threshold is chosen on 5-fold out-of-fold scores: the lowest at which at most {@link #SUPPORT_FP} of the support
 * negatives and at most {@link #WRITTEN_FP} of the written negatives score above it; the lambda with the best
 * out-of-fold recall there is kept. Deterministic (folds by CRC32 of the text).
 * <pre>
 * ./mvnw -B -q -pl bot-service -am test-compile -Peval -Dexec.mainClass=com.safesupport.bot.eval.SensitiveTopicTraining
 * </pre>
 */
public final class SensitiveTopicTraining {

    static final double SUPPORT_FP = 0.001;
    static final double WRITTEN_FP = 0.01;
    static final double[] LAMBDAS = {0.3, 1, 3, 10};
    static final List<String> TUNE_HALVES = List.of("r28", "r30", "r30b", "r32", "r34", "r35");

    record Row(String text, boolean positive, boolean written) {
    }

    public static void main(String[] args) throws Exception {
        Path data = Datasets.locate(args, 0);
        Path module = Files.isDirectory(Path.of("bot-service")) ? Path.of("bot-service") : Path.of(".");
        Path out = args.length > 1 ? Path.of(args[1]) : module.resolve("src/main/resources/guardrail/models");
        GuardrailTraining training = GuardrailTraining.withEmbeddingCache(module);
        GuardrailTraining.Corpus corpus = GuardrailTraining.Corpus.load(data);
        Map<String, Row> byText = new LinkedHashMap<>();
        List<String> rounds = new ArrayList<>(TUNE_HALVES);
        rounds.add("r38");
        for (String round : rounds) {
            boolean tuneOnly = ConversationEvaluation.TUNE_ONLY.contains(round);
            for (ConversationEvaluation.Conversation c : ConversationEvaluation.load(ConversationEvaluation.resource(round))) {
                if (!tuneOnly && !c.tune()) {
                    continue;
                }
                boolean sensitive = c.reasons().contains(Reason.SENSITIVE_TOPIC);
                for (int i = 0; i < c.messages().size(); i++) {
                    if (sensitive && i == c.to() - 1) {
                        add(byText, new Row(c.messages().get(i), true, true));
                    } else if (!sensitive || i < c.from() - 1) {
                        add(byText, new Row(c.messages().get(i), false, true));
                    }
                }
            }
        }
        corpus.writtenHuman.tune().forEach(t -> add(byText, new Row(t, false, true)));
        corpus.writtenFrustration.tune().forEach(t -> add(byText, new Row(t, false, true)));
        GuardrailTraining.every(corpus.banking77Train, 5).forEach(t -> add(byText, new Row(t, false, false)));
        GuardrailTraining.every(corpus.bitextTune, 5).forEach(r -> add(byText, new Row(r[0], false, false)));
        // CLINC150 train, in-domain (banking, credit cards) rows: ordinary questions the assistant must answer.
        GuardrailTraining.every(corpus.clincTrain.stream().filter(r -> Evaluation.CLINC_IN_DOMAIN.contains(r[1])).toList(), 2)
                .forEach(r -> add(byText, new Row(r[0], false, false)));
        List<Row> rows = new ArrayList<>(byText.values());
        training.embedMissing(rows.stream().map(Row::text).toList());
        Map<String, float[]> vectors = training.embeddings();
        double[][] x = new double[rows.size()][];
        boolean[] y = new boolean[rows.size()];
        int[] fold = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            float[] v = vectors.get(Embedder.capped(rows.get(i).text()));
            x[i] = new double[v.length];
            for (int j = 0; j < v.length; j++) {
                x[i][j] = v[j] * GuardrailTraining.SCALE;
            }
            y[i] = rows.get(i).positive();
            fold[i] = (int) (GuardrailTraining.crc(rows.get(i).text()) % 5);
        }
        long positives = rows.stream().filter(Row::positive).count();
        long written = rows.stream().filter(r -> !r.positive() && r.written()).count();
        System.out.printf(Locale.ROOT, "rows %d: positives %d, written negatives %d, support negatives %d%n",
                rows.size(), positives, written, rows.size() - positives - written);
        double bestLambda = LAMBDAS[0], bestThreshold = 1, bestRecall = -1;
        for (double lambda : LAMBDAS) {
            double[] oof = new double[rows.size()];
            for (int f = 0; f < 5; f++) {
                List<Integer> train = new ArrayList<>();
                for (int i = 0; i < rows.size(); i++) {
                    if (fold[i] != f) {
                        train.add(i);
                    }
                }
                double[] w = LogisticRegression.fit(train.stream().map(i -> x[i]).toArray(double[][]::new), toArray(train.stream().map(i -> y[i]).toList()), lambda);
                for (int i = 0; i < rows.size(); i++) {
                    if (fold[i] == f) {
                        oof[i] = LogisticRegression.probability(w, x[i]);
                    }
                }
            }
            double t = threshold(rows, oof);
            int hit = 0;
            for (int i = 0; i < rows.size(); i++) {
                hit += y[i] && oof[i] >= t ? 1 : 0;
            }
            double recall = hit / (double) positives;
            System.out.printf(Locale.ROOT, "lambda %.1f: threshold %.4f, out-of-fold recall %.3f (%d / %d)%n", lambda, t, recall, hit, positives);
            if (recall > bestRecall) {
                bestRecall = recall;
                bestLambda = lambda;
                bestThreshold = t;
            }
        }
        double[] w = LogisticRegression.fit(x, y, bestLambda);
        int d = w.length - 1;
        float[] weights = new float[d];
        for (int j = 0; j < d; j++) {
            weights[j] = (float) (w[j] * GuardrailTraining.SCALE);
        }
        LinearModel model = new LinearModel("sensitive-topic", List.of(), weights, w[d], bestThreshold);
        String comment = "Logistic regression on the all-MiniLM-L6-v2 sentence embedding (" + d + " values), lambda " + bestLambda + ".\n"
                + "Trained by com.safesupport.bot.eval.SensitiveTopicTraining (see docs/bot-evaluation.md, round 39) on the written "
                + "conversation sets' tune halves (r28, r30, r30b, r32, r34, r35) and r38, the written human-request and frustration "
                + "tune messages, every 5th Banking77 train row, every 5th bitext tune row and every 2nd in-domain CLINC150 train row; threshold from 5-fold out-of-fold scores.";
        Files.createDirectories(out);
        Files.writeString(out.resolve("sensitive-topic.model"), model.format(comment), StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "wrote sensitive-topic.model: lambda %.1f, threshold %.4f, out-of-fold recall %.3f%n", bestLambda, bestThreshold, bestRecall);
    }

    private static void add(Map<String, Row> byText, Row row) {
        // A text that is positive anywhere stays positive.
        byText.merge(row.text(), row, (a, b) -> a.positive() ? a : b);
    }

    private static boolean[] toArray(List<Boolean> list) {
        boolean[] out = new boolean[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }

    /** The lowest score bar at which the negatives' out-of-fold false-positive shares stay within bounds. */
    static double threshold(List<Row> rows, double[] oof) {
        List<Double> support = new ArrayList<>();
        List<Double> written = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).positive()) {
                (rows.get(i).written() ? written : support).add(oof[i]);
            }
        }
        return Math.max(bar(support, SUPPORT_FP), bar(written, WRITTEN_FP));
    }

    private static double bar(List<Double> negatives, double share) {
        double[] s = negatives.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int allowed = (int) Math.floor(share * s.length);
        // Strictly above the (allowed + 1)-th highest negative.
        double above = s[s.length - 1 - allowed];
        return Math.min(1, Math.nextUp(above));
    }

    private SensitiveTopicTraining() {
    }
}
