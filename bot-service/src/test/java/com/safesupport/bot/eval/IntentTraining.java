package com.safesupport.bot.eval;

import com.safesupport.bot.embedding.Embedder;
import com.safesupport.bot.embedding.MiniLm;
import com.safesupport.bot.knowledge.IntentModel;
import com.safesupport.bot.knowledge.KnowledgeBase;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Trains {@link IntentModel} (softmax regression by mini-batch gradient descent with momentum and L2, deterministic)
 * on the Banking77 train split and writes {@code bot-service/src/main/resources/kb/intents.model}:
 * <pre>
 * ./mvnw -B -q -pl bot-service -am test-compile -Peval -Dexec.mainClass=com.safesupport.bot.eval.IntentTraining
 * </pre>
 * The regularisation ({@value #LAMBDA}) and the blend weight ({@value #WEIGHT}) were chosen by {@code IntentExperiment}
 * on every 5th train row, held out of the index and of this training.
 */
public final class IntentTraining {

    static final double LAMBDA = 1e-5;
    static final int EPOCHS = 60;
    static final double WEIGHT = 0.125;

    private IntentTraining() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Datasets.locate(args, 0);
        Path out = Path.of(args.length > 1 ? args[1] : "bot-service/src/main/resources/kb/intents.model");
        Embedder embedder = Embedder.standalone(MiniLm.instance());
        IntentModel model = train(embedder, data, q -> true);
        Files.writeString(out, model.format("""
                Softmax regression on the all-MiniLM-L6-v2 sentence embedding (384 values) over the 77 Banking77 intents.
                Trained by com.safesupport.bot.eval.IntentTraining (see docs/bot-evaluation.md) on Banking77 train
                (PolyAI-LDN/task-specific-datasets, CC BY 4.0), L2 %s, %d epochs; retrieval adds weight x p(intent).""".formatted(LAMBDA, EPOCHS)),
                StandardCharsets.UTF_8);
        System.out.println("wrote " + out + " (" + model.intents().size() + " intents)");
    }

    /** The model on the Banking77 train rows {@code keep} accepts, with the shipped blend weight. */
    static IntentModel train(Embedder embedder, Path data, Predicate<String> keep) throws Exception {
        List<String[]> rows = Evaluation.csv(data.resolve("banking77").resolve("train.csv"));
        Map<String, float[]> cache = KnowledgeBase.standalone(embedder, Optional.empty()).vectorsByText();
        List<String> intents = new ArrayList<>(new TreeSet<>(rows.stream().map(r -> r[1]).toList()));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < intents.size(); i++) {
            index.put(intents.get(i), i);
        }
        List<float[]> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (String[] r : rows) {
            if (keep.test(r[0])) {
                float[] v = cache.get(r[0]);
                xs.add(v != null ? v : embedder.embed(r[0]));
                ys.add(index.get(r[1]));
            }
        }
        return train(intents, xs, ys, LAMBDA, EPOCHS, 42).withWeight(WEIGHT);
    }

    static IntentModel train(List<String> intents, List<float[]> xs, List<Integer> ys, double lambda, int epochs, long seed) {
        int k = intents.size();
        int d = xs.getFirst().length;
        int n = xs.size();
        double[] w = new double[k * d];
        double[] b = new double[k];
        double[] vw = new double[k * d];
        double[] vb = new double[k];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        int batch = 32;
        double momentum = 0.9;
        double[] z = new double[k];
        double[] gw = new double[k * d];
        double[] gb = new double[k];
        for (int epoch = 0; epoch < epochs; epoch++) {
            double rate = 0.5 * (1 - epoch / (double) epochs) + 0.01;
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int start = 0; start < n; start += batch) {
                int end = Math.min(n, start + batch);
                java.util.Arrays.fill(gw, 0);
                java.util.Arrays.fill(gb, 0);
                for (int s = start; s < end; s++) {
                    float[] x = xs.get(order[s]);
                    int y = ys.get(order[s]);
                    double max = Double.NEGATIVE_INFINITY;
                    for (int c = 0; c < k; c++) {
                        double v = b[c];
                        int at = c * d;
                        for (int i = 0; i < d; i++) {
                            v += w[at + i] * x[i];
                        }
                        z[c] = v;
                        max = Math.max(max, v);
                    }
                    double sum = 0;
                    for (int c = 0; c < k; c++) {
                        z[c] = Math.exp(z[c] - max);
                        sum += z[c];
                    }
                    for (int c = 0; c < k; c++) {
                        double g = z[c] / sum - (c == y ? 1 : 0);
                        gb[c] += g;
                        int at = c * d;
                        for (int i = 0; i < d; i++) {
                            gw[at + i] += g * x[i];
                        }
                    }
                }
                int m = end - start;
                for (int i = 0; i < w.length; i++) {
                    vw[i] = momentum * vw[i] - rate * (gw[i] / m + lambda * w[i]);
                    w[i] += vw[i];
                }
                for (int c = 0; c < k; c++) {
                    vb[c] = momentum * vb[c] - rate * gb[c] / m;
                    b[c] += vb[c];
                }
            }
        }
        float[] fw = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            fw[i] = (float) w[i];
        }
        float[] fb = new float[k];
        for (int c = 0; c < k; c++) {
            fb[c] = (float) b[c];
        }
        return new IntentModel(intents, d, fw, fb, 0);
    }
}
