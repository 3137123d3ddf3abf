package com.safesupport.bot.knowledge;

import org.apache.lucene.util.VectorUtil;

import java.util.Arrays;
import java.util.List;

/**
 * The embedded texts of the knowledge base as a flat matrix of unit vectors, scored by dot product (= cosine)
 * against the query. At this size (about ten thousand 384-dimensional vectors) an exact scan beats an HNSW graph
 * once the per-article maximum is needed (see docs/bot.md, "Retrieval"); Lucene's {@link VectorUtil} uses SIMD
 * when the JDK's vector module is present and a plain loop otherwise (as in a native image).
 */
final class DenseIndex {

    /** One embedded text: which article it belongs to and, for passages, which one (-1 for title and questions). */
    record Row(int article, int passage, float[] vector) {
    }

    /** Per article: the best cosine of any of its texts, and the index of its passage closest to the query. */
    record Scores(double[] best, int[] bestPassage) {
    }

    private final float[][] vectors;
    private final int[] article;
    private final int[] passage;
    private final int articles;

    DenseIndex(List<Row> rows, int articles) {
        this.articles = articles;
        vectors = new float[rows.size()][];
        article = new int[rows.size()];
        passage = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            vectors[i] = rows.get(i).vector();
            article[i] = rows.get(i).article();
            passage[i] = rows.get(i).passage();
        }
    }

    int size() {
        return vectors.length;
    }

    Scores scores(float[] query) {
        double[] best = new double[articles];
        Arrays.fill(best, -1);
        double[] bestPassageScore = new double[articles];
        Arrays.fill(bestPassageScore, -2);
        int[] bestPassage = new int[articles];
        for (int i = 0; i < vectors.length; i++) {
            double s = VectorUtil.dotProduct(query, vectors[i]);
            int a = article[i];
            if (s > best[a]) {
                best[a] = s;
            }
            if (passage[i] >= 0 && s > bestPassageScore[a]) {
                bestPassageScore[a] = s;
                bestPassage[a] = passage[i];
            }
        }
        return new Scores(best, bestPassage);
    }
}
