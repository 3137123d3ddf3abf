package com.safesupport.bot.knowledge;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The embedded texts of the knowledge base as contiguous matrices of unit vectors, scored by dot product
 * (= cosine) against the query, in two passes:
 * <ol>
 *   <li><b>coarse</b>: every text projected on the {@value #COARSE_DIMENSIONS} principal directions of the
 *   knowledge base's vectors (computed at start-up) gives each article an estimate of its best cosine at a sixth
 *   of the cost of the full vectors;</li>
 *   <li><b>exact</b>: the caller picks the few articles worth it (the best estimates, blended with BM25) and only
 *   their texts are scored with the full 384 values.</li>
 * </ol>
 * The scores of the articles picked are exact; an article is missed only if its estimate ranks it below the
 * candidates while its exact score would have ranked it first ({@code DenseBench} measures how often: see
 * docs/bot.md, "Retrieval"). Plain Java loops over flat {@code float[]} arrays, with several accumulators so
 * the JIT (or a native image) keeps the multiply-adds independent; no vector module needed.
 */
final class DenseIndex {

    /** One embedded text: which article it belongs to and, for passages, which one (-1 for title and questions). */
    record Row(int article, int passage, float[] vector) {
    }

    /** Per article: the best cosine of any of its texts (-1 if not scored), and its passage closest to the query. */
    record Scores(double[] best, int[] bestPassage) {
    }

    /**
     * Principal directions ({@code k} rows of {@code d} values) with the {@link #fingerprint} of the matrix they were
     * computed from, and optionally every row projected on them (row-major, {@code k} values per row): stored in
     * {@code vectors.bin} so that start-up can skip computing them (about a second, and the projections a few
     * hundred milliseconds of the native executable's start).
     */
    record Basis(long fingerprint, int k, int d, float[] directions, float[] projections) {

        /** Directions without the rows' projections (computed at start-up from the directions). */
        Basis(long fingerprint, int k, int d, float[] directions) {
            this(fingerprint, k, d, directions, null);
        }
    }

    /** Principal directions kept for the coarse pass. */
    static final int COARSE_DIMENSIONS = 64;

    private final int dimension;
    private final int articles;
    private final int size;
    /** Row-major: text i at {@code [i * dimension, (i + 1) * dimension)}; texts grouped by article. */
    private final float[] full;
    /** The same texts projected on the principal directions, row-major. */
    private final float[] coarse;
    /** {@code COARSE_DIMENSIONS} unit directions of {@code dimension} values each, row-major. */
    private final float[] basis;
    private final int coarseDimensions;
    private final int[] passage;
    /** Article a owns texts {@code [start[a], start[a + 1])}. */
    private final int[] start;

    private final long fingerprint;

    DenseIndex(List<Row> rows, int articles) {
        this(rows, articles, null);
    }

    /**
     * The index of these rows; {@code stored} directions are used when they were computed from exactly this matrix
     * (same fingerprint and shape), so the result is the same as computing them, bit for bit.
     */
    DenseIndex(List<Row> rows, int articles, Basis stored) {
        this.articles = articles;
        this.size = rows.size();
        List<Row> byArticle = rows.stream().sorted(Comparator.comparingInt(Row::article)).toList();
        dimension = byArticle.isEmpty() ? 0 : byArticle.getFirst().vector().length;
        full = new float[size * dimension];
        passage = new int[size];
        start = new int[articles + 1];
        for (int i = 0; i < size; i++) {
            Row r = byArticle.get(i);
            System.arraycopy(r.vector(), 0, full, i * dimension, dimension);
            passage[i] = r.passage();
            start[r.article() + 1] = i + 1;
        }
        for (int a = 1; a <= articles; a++) {
            start[a] = Math.max(start[a], start[a - 1]);
        }
        coarseDimensions = Math.min(COARSE_DIMENSIONS, dimension);
        fingerprint = fingerprint(full, size, dimension, coarseDimensions);
        boolean matches = stored != null && stored.fingerprint() == fingerprint && stored.k() == coarseDimensions
                && stored.d() == dimension && stored.directions().length == coarseDimensions * dimension;
        basis = matches ? stored.directions().clone() : principalDirections(full, size, dimension, coarseDimensions);
        if (matches && stored.projections() != null && stored.projections().length == size * coarseDimensions) {
            // Written with these directions from this very matrix (the fingerprint): what the loop below computes,
            // bit for bit (Java's float arithmetic is the same everywhere), without its 260 M multiply-adds.
            coarse = stored.projections().clone();
        } else {
            coarse = new float[size * coarseDimensions];
            for (int i = 0; i < size; i++) {
                project(full, i * dimension, coarse, i * coarseDimensions);
            }
        }
    }

    int size() {
        return size;
    }

    /** The principal directions in use, for {@code vectors.bin}. */
    Basis basis() {
        return new Basis(fingerprint, coarseDimensions, dimension, basis.clone(), coarse.clone());
    }

    /** The vector of text {@code i} (in row order). */
    float[] vector(int i) {
        return Arrays.copyOfRange(full, i * dimension, (i + 1) * dimension);
    }

    /**
     * A 64-bit fingerprint of the matrix and the shape asked for: every value's bits, mixed (splitmix64's finaliser
     * per value). Equal fingerprints of different matrices are not expected outside a deliberate collision, and the
     * knowledge base is the operator's, not the customer's.
     */
    static long fingerprint(float[] m, int n, int d, int k) {
        long h = 0x9E3779B97F4A7C15L ^ n;
        h = mix(h + d);
        h = mix(h + k);
        for (int i = 0; i < n * d; i++) {
            h = mix(h + Float.floatToRawIntBits(m[i]));
        }
        return h;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Per article, the estimate of its best cosine from the coarse pass. */
    double[] estimates(float[] query) {
        float[] q = new float[coarseDimensions];
        project(query, 0, q, 0);
        double[] best = new double[articles];
        for (int a = 0; a < articles; a++) {
            double b = -1;
            for (int i = start[a]; i < start[a + 1]; i++) {
                b = Math.max(b, dot(q, coarse, i * coarseDimensions, coarseDimensions));
            }
            best[a] = b;
        }
        return best;
    }

    /**
     * The exact score and closest passage of the given articles; every other article stays at -1. An article's
     * score is the mean of its {@code neighbours} best cosines (1: its single closest text), as a k-nearest-
     * neighbour vote is steadier than one lucky example question.
     */
    Scores exact(float[] query, int[] which, int neighbours) {
        double[] best = new double[articles];
        Arrays.fill(best, -1);
        int[] bestPassage = new int[articles];
        double[] top = new double[neighbours];
        for (int a : which) {
            double passageScore = -2;
            Arrays.fill(top, -1);
            for (int i = start[a]; i < start[a + 1]; i++) {
                double s = dot(query, full, i * dimension, dimension);
                if (s > top[neighbours - 1]) {
                    // Insert into the descending list of the best few.
                    int k = neighbours - 1;
                    while (k > 0 && top[k - 1] < s) {
                        top[k] = top[k - 1];
                        k--;
                    }
                    top[k] = s;
                }
                if (passage[i] >= 0 && s > passageScore) {
                    passageScore = s;
                    bestPassage[a] = passage[i];
                }
            }
            int n = Math.min(neighbours, start[a + 1] - start[a]);
            double sum = 0;
            for (int k = 0; k < n; k++) {
                sum += top[k];
            }
            best[a] = n == 0 ? -1 : sum / n;
        }
        return new Scores(best, bestPassage);
    }

    /** Every article scored exactly (the reference the two passes are measured against). */
    Scores exhaustive(float[] query, int neighbours) {
        int[] all = new int[articles];
        Arrays.setAll(all, a -> a);
        return exact(query, all, neighbours);
    }

    private void project(float[] v, int offset, float[] out, int outOffset) {
        for (int k = 0; k < coarseDimensions; k++) {
            out[outOffset + k] = (float) dot(v, offset, basis, k * dimension, dimension);
        }
    }

    static double dot(float[] q, float[] m, int offset, int length) {
        return dot(q, 0, m, offset, length);
    }

    /** A dot product with eight independent accumulators (length a multiple of 8 runs fastest). */
    static double dot(float[] a, int aOffset, float[] b, int bOffset, int length) {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
        int j = 0;
        for (; j + 7 < length; j += 8) {
            int x = aOffset + j;
            int y = bOffset + j;
            s0 += a[x] * b[y];
            s1 += a[x + 1] * b[y + 1];
            s2 += a[x + 2] * b[y + 2];
            s3 += a[x + 3] * b[y + 3];
            s4 += a[x + 4] * b[y + 4];
            s5 += a[x + 5] * b[y + 5];
            s6 += a[x + 6] * b[y + 6];
            s7 += a[x + 7] * b[y + 7];
        }
        for (; j < length; j++) {
            s0 += a[aOffset + j] * b[bOffset + j];
        }
        return (s0 + s1) + (s2 + s3) + (s4 + s5) + (s6 + s7);
    }

    /**
     * The {@code k} leading eigenvectors of the vectors' second-moment matrix (uncentred: cosine is what is
     * preserved), by orthogonal iteration from a fixed seed: deterministic, about a second at start-up for ten
     * thousand texts. A subsample of at most 4,096 texts estimates the matrix.
     */
    static float[] principalDirections(float[] m, int n, int d, int k) {
        double[][] c = new double[d][d];
        int step = Math.max(1, n / 4096);
        double[] v = new double[d];
        for (int i = 0; i < n; i += step) {
            for (int x = 0; x < d; x++) {
                v[x] = m[i * d + x];
            }
            for (int x = 0; x < d; x++) {
                double vx = v[x];
                double[] row = c[x];
                for (int y = x; y < d; y++) {
                    row[y] += vx * v[y];
                }
            }
        }
        for (int x = 0; x < d; x++) {
            for (int y = 0; y < x; y++) {
                c[x][y] = c[y][x];
            }
        }
        SplittableRandom random = new SplittableRandom(14);
        double[][] q = new double[k][d];
        for (double[] row : q) {
            for (int x = 0; x < d; x++) {
                row[x] = random.nextDouble() - 0.5;
            }
        }
        orthonormalise(q);
        for (int iteration = 0; iteration < 30; iteration++) {
            double[][] z = new double[k][d];
            for (int j = 0; j < k; j++) {
                for (int x = 0; x < d; x++) {
                    double s = 0;
                    double[] row = c[x];
                    double[] qj = q[j];
                    for (int y = 0; y < d; y++) {
                        s += row[y] * qj[y];
                    }
                    z[j][x] = s;
                }
            }
            orthonormalise(z);
            q = z;
        }
        float[] out = new float[k * d];
        for (int j = 0; j < k; j++) {
            for (int x = 0; x < d; x++) {
                out[j * d + x] = (float) q[j][x];
            }
        }
        return out;
    }

    /** Modified Gram-Schmidt on the rows. */
    private static void orthonormalise(double[][] rows) {
        for (int j = 0; j < rows.length; j++) {
            double[] r = rows[j];
            for (int p = 0; p < j; p++) {
                double s = 0;
                for (int x = 0; x < r.length; x++) {
                    s += r[x] * rows[p][x];
                }
                for (int x = 0; x < r.length; x++) {
                    r[x] -= s * rows[p][x];
                }
            }
            double norm = 0;
            for (double x : r) {
                norm += x * x;
            }
            norm = Math.sqrt(norm);
            for (int x = 0; x < r.length; x++) {
                r[x] = norm == 0 ? 0 : r[x] / norm;
            }
        }
    }
}
