package com.safesupport.bot.eval;

import com.safesupport.bot.embedding.Embedder;
import com.safesupport.bot.embedding.MiniLm;
import com.safesupport.bot.guardrail.LinearModel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Round 68 (bh68, issue 14): trains the sensitive-situation model — logistic regression on the message's MiniLM
 * sentence embedding alone — and writes {@code src/main/resources/guardrail/models/sensitive-situation.model}.
 * Deterministic: the same rows give the same file.
 * <pre>
 * ./mvnw -B -q -pl bot-service -am test-compile -Peval -Dsensitive.tune=r33,r36,... -Dexec.mainClass=com.safesupport.bot.eval.SensitiveTraining
 * </pre>
 * Rows: {@code guardrail/sensitive-situations.tsv} (test resources; written for this model in the writer's own words:
 * the customer's own sensitive situation in the eight languages, and look-alikes) and, as ordinary support messages,
 * every {@value #BANKING_EVERY}th question of the Banking77 train split the knowledge base already ships
 * ({@code kb/banking77-examples.tsv}), and the customer lines of the tune-only conversation sets named by {@code
 * -Dsensitive.tune} (the message at which a sensitive situation is to be handed over positive, the others negative;
 * a held set is refused). The regularisation is the one with the best 5-fold log loss; the threshold
 * is {@code -Dsensitive.threshold} (default {@value #DEFAULT_THRESHOLD}), chosen on the tune conversations only
 * (docs/bot-evaluation.md, round 68). The 5-fold recall at that threshold and the ordinary messages above it are printed.
 */
public final class SensitiveTraining {

    static final int BANKING_EVERY = 10;
    static final double DEFAULT_THRESHOLD = 0.995;
    static final double[] LAMBDAS = {0.3, 1, 3, 10};
    static final String NAME = "sensitive-situation";

    private SensitiveTraining() {
    }

    record Row(String text, boolean positive) {
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : lines("guardrail/sensitive-situations.tsv")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            rows.add(new Row(line.substring(tab + 1).strip(), line.substring(0, tab).equals("1")));
        }
        int n = 0;
        for (String line : lines("kb/banking77-examples.tsv")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (n++ % BANKING_EVERY == 0) {
                rows.add(new Row(line.substring(line.indexOf('\t') + 1).strip(), false));
            }
        }
        // The customer lines of the tune-only conversation sets (never a held set): the message at which a sensitive
        // situation is to be handed over is a positive; every other message read before it, and every message of the
        // other conversations, a negative.
        for (String set : System.getProperty("sensitive.tune", "").split(",")) {
            if (set.isBlank()) {
                continue;
            }
            if (!ConversationEvaluation.TUNE_ONLY.contains(set)) {
                throw new IllegalArgumentException(set + " is not a tune-only set");
            }
            for (ConversationEvaluation.Conversation c : ConversationEvaluation.load(ConversationEvaluation.resource(set))) {
                boolean sensitive = c.reasons().contains(com.safesupport.bot.handoff.Reason.SENSITIVE_TOPIC);
                for (int i = 0; i < c.messages().size(); i++) {
                    if (sensitive && i == c.from() - 1) {
                        rows.add(new Row(c.messages().get(i), true));
                    } else if (!sensitive || i < c.from() - 1) {
                        rows.add(new Row(c.messages().get(i), false));
                    }
                }
            }
        }
        return rows;
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    public static void main(String[] args) throws Exception {
        Path module = Files.isDirectory(Path.of("bot-service")) ? Path.of("bot-service") : Path.of(".");
        Path out = args.length > 0 ? Path.of(args[0]) : module.resolve("src/main/resources/guardrail/models");
        double threshold = Double.parseDouble(System.getProperty("sensitive.threshold", String.valueOf(DEFAULT_THRESHOLD)));
        List<Row> rows = rows();
        Embedder embedder = Embedder.standalone(MiniLm.instance());
        double[][] x = new double[rows.size()][];
        boolean[] y = new boolean[rows.size()];
        int[] fold = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            float[] v = embedder.embed(rows.get(i).text());
            x[i] = new double[v.length];
            for (int j = 0; j < v.length; j++) {
                x[i][j] = v[j] * GuardrailTraining.SCALE;
            }
            y[i] = rows.get(i).positive();
            fold[i] = (int) (GuardrailTraining.crc(rows.get(i).text()) % 5);
        }
        double bestLoss = Double.MAX_VALUE;
        double bestLambda = LAMBDAS[0];
        double[] bestOof = null;
        for (double lambda : LAMBDAS) {
            double[] oof = GuardrailTraining.outOfFold(x, y, fold, lambda);
            double loss = 0;
            for (int i = 0; i < oof.length; i++) {
                double p = Math.min(1 - 1e-9, Math.max(1e-9, oof[i]));
                loss -= y[i] ? Math.log(p) : Math.log(1 - p);
            }
            System.out.printf(Locale.ROOT, "lambda %s: 5-fold log loss %.4f%n", lambda, loss / oof.length);
            if (loss < bestLoss) {
                bestLoss = loss;
                bestLambda = lambda;
                bestOof = oof;
            }
        }
        int positives = 0;
        int found = 0;
        int negatives = 0;
        int above = 0;
        for (int i = 0; i < y.length; i++) {
            if (y[i]) {
                positives++;
                found += bestOof[i] >= threshold ? 1 : 0;
            } else {
                negatives++;
                above += bestOof[i] >= threshold ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "%d rows (%d positive), lambda %s: at threshold %.2f 5-fold recall %d / %d, negatives above %d / %d%n",
                rows.size(), positives, bestLambda, threshold, found, positives, above, negatives);
        double[] w = LogisticRegression.fit(x, y, bestLambda);
        int d = w.length - 1;
        float[] weights = new float[d];
        for (int j = 0; j < d; j++) {
            // The training scale folded in: the service scores the raw unit vector.
            weights[j] = (float) (w[j] * GuardrailTraining.SCALE);
        }
        LinearModel model = new LinearModel(NAME, List.of(), weights, w[d], threshold);
        String comment = "Logistic regression on the all-MiniLM-L6-v2 sentence embedding (" + d + " values): the customer's own sensitive situation.\n"
                + "Trained by com.safesupport.bot.eval.SensitiveTraining (see docs/bot-evaluation.md, round 68) on " + rows.size()
                + " rows (" + positives + " positive): guardrail/sensitive-situations.tsv, every " + BANKING_EVERY
                + "th Banking77 train question and the customer lines of the tune-only sets " + System.getProperty("sensitive.tune", "")
                + "; lambda " + bestLambda + "; threshold chosen on the tune conversations.";
        Files.createDirectories(out);
        Files.writeString(out.resolve(NAME + ".model"), model.format(comment), StandardCharsets.UTF_8);
        System.out.println("wrote " + out.resolve(NAME + ".model"));
    }
}
