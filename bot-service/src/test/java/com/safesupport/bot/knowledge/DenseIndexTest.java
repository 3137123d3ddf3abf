package com.safesupport.bot.knowledge;

import com.safesupport.bot.embedding.Embedder;
import dev.langchain4j.model.embedding.EmbeddingModel;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The two-pass dense index: exact where it scores, a usable estimate everywhere, deterministic. */
class DenseIndexTest {

    private static final int DIMENSION = 96;
    private static final int ARTICLES = 12;

    private static List<DenseIndex.Row> rows(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<DenseIndex.Row> rows = new ArrayList<>();
        for (int a = ARTICLES - 1; a >= 0; a--) { // out of order on purpose: the index groups by article
            for (int i = 0; i < 20; i++) {
                float[] v = new float[DIMENSION];
                for (int d = 0; d < DIMENSION; d++) {
                    v[d] = (float) (random.nextGaussian() + (d % ARTICLES == a ? 3 : 0));
                }
                rows.add(new DenseIndex.Row(a, i % 3 == 0 ? i / 3 : -1, Embedder.unit(v)));
            }
        }
        return rows;
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    @Test
    void exactScoresAreTheBestCosineOfEachArticle() {
        List<DenseIndex.Row> rows = rows(1);
        DenseIndex index = new DenseIndex(rows, ARTICLES);
        float[] query = rows.get(7).vector();
        DenseIndex.Scores scores = index.exact(query, new int[]{2, 5, rows.get(7).article()}, 1);
        for (int a = 0; a < ARTICLES; a++) {
            final int article = a;
            double expected = rows.stream().filter(r -> r.article() == article).mapToDouble(r -> dot(query, r.vector())).max().orElseThrow();
            if (a == 2 || a == 5 || a == rows.get(7).article()) {
                assertEquals(expected, scores.best()[a], 1e-5);
            } else {
                assertEquals(-1, scores.best()[a], "articles not asked for are not scored");
            }
        }
        assertEquals(1.0, scores.best()[rows.get(7).article()], 1e-5);
    }

    @Test
    void skippingTextsByTheirBoundChangesNoScoreNoPassageAndNoTie() {
        // Near and exact duplicates (ties between a question and a passage, and between two passages), texts of
        // several articles at once, queries on a text, between texts and far from all: bit for bit the result of
        // scoring every text.
        List<DenseIndex.Row> rows = new ArrayList<>(rows(5));
        for (int i = 0; i < 40; i += 3) {
            DenseIndex.Row r = rows.get(i);
            rows.add(new DenseIndex.Row(r.article(), r.passage() >= 0 ? -1 : 7, r.vector().clone()));
            rows.add(new DenseIndex.Row(r.article(), 9, r.vector().clone()));
        }
        DenseIndex index = new DenseIndex(rows, ARTICLES);
        SplittableRandom random = new SplittableRandom(6);
        int[] all = new int[ARTICLES];
        Arrays.setAll(all, a -> a);
        for (int n = 0; n < 300; n++) {
            float[] query;
            if (n < rows.size()) {
                query = rows.get(n).vector();
            } else {
                float[] a = rows.get(random.nextInt(rows.size())).vector();
                float[] b = rows.get(random.nextInt(rows.size())).vector();
                query = new float[DIMENSION];
                double mix = random.nextDouble();
                for (int d = 0; d < DIMENSION; d++) {
                    query[d] = (float) (mix * a[d] + (1 - mix) * b[d] + (n % 3 == 0 ? random.nextGaussian() : 0));
                }
                query = Embedder.unit(query);
            }
            DenseIndex.Estimate estimate = index.estimate(query);
            assertArrayEquals(index.estimates(query), estimate.best());
            int[] which = n % 2 == 0 ? all : new int[]{n % ARTICLES, (n + 5) % ARTICLES};
            DenseIndex.Scores every = index.exact(query, which, 1);
            DenseIndex.Scores skipping = index.exact(query, estimate, which, 1);
            assertArrayEquals(every.best(), skipping.best(), "query " + n);
            assertArrayEquals(every.bestPassage(), skipping.bestPassage(), "query " + n);
        }
    }

    @Test
    void theEstimateRanksTheRightArticleAmongTheCandidates() {
        List<DenseIndex.Row> rows = rows(2);
        DenseIndex index = new DenseIndex(rows, ARTICLES);
        for (DenseIndex.Row r : rows) {
            double[] estimate = index.estimates(r.vector());
            int better = 0;
            for (double e : estimate) {
                better += e > estimate[r.article()] ? 1 : 0;
            }
            assertTrue(better < 3, "the own article is among the best estimates");
        }
    }

    @Test
    void principalDirectionsAreOrthonormalAndDeterministic() {
        List<DenseIndex.Row> rows = rows(3);
        float[] m = new float[rows.size() * DIMENSION];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i).vector(), 0, m, i * DIMENSION, DIMENSION);
        }
        float[] basis = DenseIndex.principalDirections(m, rows.size(), DIMENSION, 16);
        for (int j = 0; j < 16; j++) {
            for (int k = 0; k < 16; k++) {
                double s = DenseIndex.dot(basis, j * DIMENSION, basis, k * DIMENSION, DIMENSION);
                assertEquals(j == k ? 1.0 : 0.0, s, 1e-4);
            }
        }
        float[] again = DenseIndex.principalDirections(m, rows.size(), DIMENSION, 16);
        assertEquals(java.util.Arrays.toString(basis), java.util.Arrays.toString(again));
    }

    @Test
    void storedDirectionsAreUsedOnlyForTheMatrixTheyWereComputedFrom() {
        List<DenseIndex.Row> rows = rows(3);
        DenseIndex.Basis computed = new DenseIndex(rows, ARTICLES).basis();
        float[] other = new float[computed.directions().length];
        other[0] = 1;
        // The right fingerprint: the stored directions are used as they are (start-up skips computing them).
        DenseIndex.Basis stored = new DenseIndex.Basis(computed.fingerprint(), computed.k(), computed.d(), other);
        assertArrayEquals(other, new DenseIndex(rows, ARTICLES, stored).basis().directions());
        // Another matrix (one value changed), another shape or a wrong fingerprint: computed again, bit for bit.
        DenseIndex.Basis stale = new DenseIndex.Basis(computed.fingerprint() + 1, computed.k(), computed.d(), other);
        assertArrayEquals(computed.directions(), new DenseIndex(rows, ARTICLES, stale).basis().directions());
        DenseIndex.Basis shape = new DenseIndex.Basis(computed.fingerprint(), computed.k() - 1, computed.d(),
                Arrays.copyOf(other, other.length - computed.d()));
        assertArrayEquals(computed.directions(), new DenseIndex(rows, ARTICLES, shape).basis().directions());
        List<DenseIndex.Row> changed = new ArrayList<>(rows);
        float[] v = changed.get(5).vector().clone();
        v[0] = Math.nextUp(v[0]);
        changed.set(5, new DenseIndex.Row(changed.get(5).article(), changed.get(5).passage(), v));
        DenseIndex.Basis changedBasis = new DenseIndex(changed, ARTICLES, stored).basis();
        assertNotEquals(computed.fingerprint(), changedBasis.fingerprint());
        assertArrayEquals(new DenseIndex(changed, ARTICLES).basis().directions(), changedBasis.directions());
    }

    @Test
    void storedProjectionsAreUsedOnlyWithTheirDirectionsAndMatrix() {
        List<DenseIndex.Row> rows = rows(4);
        DenseIndex.Basis computed = new DenseIndex(rows, ARTICLES).basis();
        assertEquals(rows.size() * computed.k(), computed.projections().length);
        // Directions stored without projections: the projections computed from them are the ones computed at start-up.
        DenseIndex.Basis directionsOnly = new DenseIndex.Basis(computed.fingerprint(), computed.k(), computed.d(), computed.directions());
        assertArrayEquals(computed.projections(), new DenseIndex(rows, ARTICLES, directionsOnly).basis().projections());
        float[] other = new float[computed.projections().length];
        other[1] = 0.5f;
        DenseIndex.Basis stored = new DenseIndex.Basis(computed.fingerprint(), computed.k(), computed.d(), computed.directions(), other);
        DenseIndex withStored = new DenseIndex(rows, ARTICLES, stored);
        assertArrayEquals(other, withStored.basis().projections());
        // ... and the coarse pass reads them: the estimates follow the stored matrix.
        float[] query = rows.get(7).vector();
        assertNotEquals(Arrays.toString(new DenseIndex(rows, ARTICLES).estimates(query)), Arrays.toString(withStored.estimates(query)));
        // A wrong fingerprint, or projections of another number of rows: computed again, bit for bit.
        DenseIndex.Basis stale = new DenseIndex.Basis(computed.fingerprint() + 1, computed.k(), computed.d(), computed.directions(), other);
        assertArrayEquals(computed.projections(), new DenseIndex(rows, ARTICLES, stale).basis().projections());
        DenseIndex.Basis shorter = new DenseIndex.Basis(computed.fingerprint(), computed.k(), computed.d(), computed.directions(),
                Arrays.copyOf(other, other.length - computed.k()));
        assertArrayEquals(computed.projections(), new DenseIndex(rows, ARTICLES, shorter).basis().projections());
    }

    @Test
    void theBundledVectorsCarryTheDirectionsStartUpWouldCompute() throws IOException {
        VectorCache.Contents stored;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("kb/" + VectorCache.FILE)) {
            stored = VectorCache.readAll(in);
        }
        assertTrue(stored.basis().isPresent(), "kb/vectors.bin has no principal directions: run KnowledgeIndexer --bundled");
        // Every text's vector is in the file: nothing is embedded (and no model loaded beside the Quarkus tests' one).
        EmbeddingModel none = segments -> {
            throw new AssertionError("a bundled text has no vector in kb/vectors.bin");
        };
        KnowledgeBase kb = KnowledgeBase.standalone(none, Optional.empty());
        DenseIndex.Basis used = kb.dense().basis();
        assertEquals(stored.basis().get().fingerprint(), used.fingerprint(), "stale: run KnowledgeIndexer --bundled");
        int n = kb.dense().size();
        float[] matrix = new float[n * used.d()];
        for (int i = 0; i < n; i++) {
            System.arraycopy(kb.dense().vector(i), 0, matrix, i * used.d(), used.d());
        }
        assertArrayEquals(DenseIndex.principalDirections(matrix, n, used.d(), used.k()), used.directions(),
                "the stored directions differ from the computed ones");
        // The stored projections are every row's projection on those directions, as start-up would compute them.
        float[] projections = stored.basis().get().projections();
        assertNotNull(projections, "kb/vectors.bin has no projections: run KnowledgeIndexer --bundled");
        float[] expected = new float[n * used.k()];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < used.k(); k++) {
                expected[i * used.k() + k] = (float) DenseIndex.dot(matrix, i * used.d(), used.directions(), k * used.d(), used.d());
            }
        }
        assertArrayEquals(expected, projections, "the stored projections differ from the computed ones");
        assertArrayEquals(expected, used.projections());
    }
}
