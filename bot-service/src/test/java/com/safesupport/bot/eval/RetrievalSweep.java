package com.safesupport.bot.eval;

import com.safesupport.bot.embedding.Embedder;
import com.safesupport.bot.embedding.MiniLm;
import com.safesupport.bot.knowledge.KnowledgeBase;
import com.safesupport.bot.knowledge.Retrieval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tunes retrieval on Banking77 train questions held out of the index (every 5th; a tune split): right article
 * first for each number of nearest texts averaged per article and each dense share of the blend. Prints only:
 * <pre>
 * ./mvnw -B -q -pl bot-service -am test-compile -Peval -Dexec.mainClass=com.safesupport.bot.eval.RetrievalSweep
 * </pre>
 */
public final class RetrievalSweep {

    public static void main(String[] args) throws Exception {
        Path data = Datasets.locate(args, 0);
        List<String[]> rows = Evaluation.every(Evaluation.csv(data.resolve("banking77").resolve("train.csv")), 5);
        Set<String> heldOut = Set.copyOf(rows.stream().map(r -> r[0]).toList());
        Embedder embedder = Embedder.standalone(MiniLm.instance());
        List<float[]> vectors = new ArrayList<>();
        for (String[] r : rows) {
            vectors.add(embedder.embed(r[0]));
        }
        for (int neighbours : new int[]{1, 2, 3, 4, 5, 8}) {
            KnowledgeBase kb = KnowledgeBase.standalone(embedder, Optional.empty(), q -> !heldOut.contains(q), neighbours);
            int[] ok = new int[9];
            int first = 0;
            for (int i = 0; i < rows.size(); i++) {
                Retrieval r = kb.search(rows.get(i)[0], vectors.get(i), 10);
                first += r.best().article().intent().equals(rows.get(i)[1]) ? 1 : 0;
                for (int w = 0; w < ok.length; w++) {
                    double dw = 0.60 + 0.05 * w;
                    Retrieval.Hit best = r.hits().stream()
                            .max(java.util.Comparator.comparingDouble(h -> dw * h.semantic() + (1 - dw) * h.lexical())).orElseThrow();
                    ok[w] += best.article().intent().equals(rows.get(i)[1]) ? 1 : 0;
                }
            }
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "neighbours %d: right first %.4f; by dense weight", neighbours,
                    (double) first / rows.size()));
            for (int w = 0; w < ok.length; w++) {
                line.append(String.format(Locale.ROOT, " %.2f:%.4f", 0.60 + 0.05 * w, (double) ok[w] / rows.size()));
            }
            System.out.println(line);
        }
    }
}
