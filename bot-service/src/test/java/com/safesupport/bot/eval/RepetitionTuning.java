package com.safesupport.bot.eval;

import com.safesupport.bot.embedding.Embedder;
import com.safesupport.bot.embedding.MiniLm;
import com.safesupport.bot.guardrail.Repetition;
import com.safesupport.bot.knowledge.VectorCache;
import dev.langchain4j.data.segment.TextSegment;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Chooses {@link Repetition#REPHRASED} on Banking77 <b>train</b> only: two questions of the same intent stand for a
 * customer asking the same thing again in other words, two questions of different intents for a new question.
 * Prints, per cosine threshold, the share of same-intent pairs counted as a repeat and of different-intent pairs
 * (all, and the nearest other-intent question of each row: the hard case) wrongly counted. The 8-bit vectors the
 * service stores are what is compared. Deterministic.
 * <pre>
 * ./mvnw -B -q -pl bot-service -am test-compile -Peval -Dexec.mainClass=com.safesupport.bot.eval.RepetitionTuning
 * </pre>
 */
public final class RepetitionTuning {

    private RepetitionTuning() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Datasets.locate(args, 0);
        Path module = Files.isDirectory(Path.of("bot-service")) ? Path.of("bot-service") : Path.of(".");
        Map<String, float[]> cache = new HashMap<>();
        Path cacheFile = module.resolve("target/guardrail-embeddings.bin");
        if (Files.exists(cacheFile)) {
            try (InputStream in = Files.newInputStream(cacheFile)) {
                cache.putAll(VectorCache.read(in));
            }
        }
        // Every 4th training row: ~2,500 questions, ~31 per intent.
        Map<String, List<String>> byIntent = new LinkedHashMap<>();
        List<String[]> rows = Evaluation.csv(data.resolve("banking77/train.csv"));
        for (int i = 0; i < rows.size(); i += 4) {
            byIntent.computeIfAbsent(rows.get(i)[1], k -> new ArrayList<>()).add(rows.get(i)[0]);
        }
        List<String> texts = byIntent.values().stream().flatMap(List::stream).toList();
        List<TextSegment> missing = texts.stream().filter(t -> !cache.containsKey(Embedder.capped(t))).map(TextSegment::from).toList();
        if (!missing.isEmpty()) {
            var embedded = MiniLm.instance().embedAll(missing).content();
            for (int i = 0; i < missing.size(); i++) {
                cache.put(missing.get(i).text(), Embedder.unit(embedded.get(i).vector()));
            }
        }
        List<byte[]> stored = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        List<String> intent = new ArrayList<>();
        byIntent.forEach((name, list) -> list.forEach(t -> {
            float[] v = cache.get(Embedder.capped(t));
            vectors.add(v);
            stored.add(Repetition.remember(null, v));
            intent.add(name);
        }));
        int n = vectors.size();
        double[] thresholds = {0.70, 0.75, 0.80, 0.85, 0.90, 0.95};
        long[] sameHit = new long[thresholds.length], otherHit = new long[thresholds.length], nearestHit = new long[thresholds.length];
        long same = 0, other = 0;
        for (int i = 0; i < n; i++) {
            double nearestOther = 0;
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                double c = Repetition.of(stored.get(j), vectors.get(i), 0).similarity();
                boolean sameIntent = intent.get(i).equals(intent.get(j));
                if (sameIntent) {
                    same++;
                } else {
                    other++;
                    nearestOther = Math.max(nearestOther, c);
                }
                for (int k = 0; k < thresholds.length; k++) {
                    if (c >= thresholds[k]) {
                        if (sameIntent) {
                            sameHit[k]++;
                        } else {
                            otherHit[k]++;
                        }
                    }
                }
            }
            for (int k = 0; k < thresholds.length; k++) {
                nearestHit[k] += nearestOther >= thresholds[k] ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "Banking77 train (every 4th row): %d questions, %d intents; %d same-intent and %d other-intent pairs%n",
                n, byIntent.size(), same, other);
        System.out.println("threshold | same intent counted as a repeat | other intent counted | rows whose nearest other-intent question is counted");
        for (int k = 0; k < thresholds.length; k++) {
            System.out.printf(Locale.ROOT, "%.2f | %.3f | %.4f | %.3f%n", thresholds[k], (double) sameHit[k] / same,
                    (double) otherHit[k] / other, (double) nearestHit[k] / n);
        }
    }
}
