package com.safesupport.bot.eval;

import com.safesupport.bot.embedding.Embedder;
import com.safesupport.bot.embedding.MiniLm;
import com.safesupport.bot.knowledge.KnowledgeBase;
import com.safesupport.bot.knowledge.Retrieval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tune-split experiment: a softmax intent classifier on the MiniLM embedding, trained on the Banking77 train rows
 * kept in the index, blended into the article ranking; measured on every 5th train row (held out of the index and
 * of the classifier's training). Prints right article first per blend weight. Never reads a report split:
 * <pre>
 * ./mvnw -B -q -pl bot-service -am test-compile -Peval -Dexec.mainClass=com.safesupport.bot.eval.IntentExperiment \
 *   -Dexec.args="../shared/datasets 1e-5,1e-4,1e-3"
 * </pre>
 */
public final class IntentExperiment {

    public static void main(String[] args) throws Exception {
        Path data = Datasets.locate(args, 0);
        Embedder embedder = Embedder.standalone(MiniLm.instance());
        List<String[]> train = Evaluation.csv(data.resolve("banking77").resolve("train.csv"));
        List<String[]> heldRows = Evaluation.every(train, 5);
        Set<String> heldOut = Set.copyOf(heldRows.stream().map(r -> r[0]).toList());
        KnowledgeBase kb = KnowledgeBase.standalone(embedder, Optional.empty(), q -> !heldOut.contains(q), Optional.empty());
        Map<String, float[]> cache = KnowledgeBase.standalone(embedder, Optional.empty()).vectorsByText();
        List<String> intents = new ArrayList<>(new java.util.TreeSet<>(train.stream().map(r -> r[1]).toList()));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < intents.size(); i++) {
            index.put(intents.get(i), i);
        }
        List<float[]> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (String[] r : train) {
            if (!heldOut.contains(r[0])) {
                float[] v = cache.get(r[0]);
                if (v == null) {
                    v = embedder.embed(r[0]);
                }
                xs.add(v);
                ys.add(index.get(r[1]));
            }
        }
        double[] lambdas = args.length > 1 ? java.util.Arrays.stream(args[1].split(",")).mapToDouble(Double::parseDouble).toArray() : new double[]{1e-4};
        List<float[]> qv = new ArrayList<>();
        List<Retrieval> rs = new ArrayList<>();
        for (String[] r : heldRows) {
            float[] v = embedder.embed(r[0]);
            qv.add(v);
            rs.add(kb.search(r[0], v, kb.articles().size()));
        }
        for (double lambda : lambdas) {
            long t0 = System.nanoTime();
            com.safesupport.bot.knowledge.IntentModel model = IntentTraining.train(intents, xs, ys, lambda, 60, 42);
            System.out.printf(Locale.ROOT, "lambda %g trained in %d ms%n", lambda, (System.nanoTime() - t0) / 1_000_000);
            int clsOk = 0;
            int[] ok = new int[21];
            int[] okLog = new int[21];
            for (int i = 0; i < heldRows.size(); i++) {
                String truth = heldRows.get(i)[1];
                double[] p = model.probabilities(qv.get(i));
                int arg = 0;
                for (int c = 1; c < p.length; c++) {
                    if (p[c] > p[arg]) {
                        arg = c;
                    }
                }
                clsOk += intents.get(arg).equals(truth) ? 1 : 0;
                for (int w = 0; w <= 20; w++) {
                    double weight = w * 0.025;
                    Retrieval.Hit best = null;
                    double bestKey = -1e9;
                    for (Retrieval.Hit h : rs.get(i).hits()) {
                        Integer c = h.article().intent() == null ? null : index.get(h.article().intent());
                        double key = h.score() + weight * (c == null ? 0 : p[c]);
                        if (key > bestKey) {
                            bestKey = key;
                            best = h;
                        }
                    }
                    ok[w] += truth.equals(best.article().intent()) ? 1 : 0;
                }
            }
            System.out.printf(Locale.ROOT, "classifier alone: %.4f (n=%d)%n", clsOk / (double) heldRows.size(), heldRows.size());
            for (int w = 0; w <= 20; w++) {
                System.out.printf(Locale.ROOT, "lambda %g weight %.3f: right article first %.4f%n", lambda, w * 0.025, ok[w] / (double) heldRows.size());
            }
        }
    }
}
