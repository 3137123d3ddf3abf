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
 *
 * <p>The exact pass skips the texts that provably cannot change its result: a text's cosine is its coarse estimate
 * plus the dot product of the parts of both vectors outside the principal directions, which is at most the product
 * of their lengths (Cauchy-Schwarz). A text whose estimate plus that bound is below a score already computed for its
 * article can be neither the article's best text nor its best passage, so the scores, the passages and their ties
 * are exactly those of scoring every text. On Banking77 questions the exact pass then takes about a third of the
 * time it took scoring every text of the candidates.
 */
final class DenseIndex {

    /** One embedded text: which article it belongs to and, for passages, which one (-1 for title and questions). */
    record Row(int article, int passage, float[] vector) {
    }

    /** Per article: the best cosine of any of its texts (-1 if not scored), and its passage closest to the query. */
    record Scores(double[] best, int[] bestPassage) {
    }

    /**
     * The coarse pass of one query: per article its estimate ({@code best}), per text its own estimate
     * ({@code rows}, in row order) and the length of the query's part outside the principal directions, which
     * the exact pass bounds the texts' remaining contribution with.
     */
    record Estimate(double[] best, float[] rows, double queryResidual) {
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
    /** Per text: the length of its part outside the principal directions (slightly over, never under). */
    private final float[] residual;
    /**
     * Whether the directions are orthonormal, which the exact pass's bound assumes (computed ones always are; a
     * stored set is used only for the matrix it was computed from): otherwise every text is scored.
     */
    private final boolean boundsHold;
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
        boundsHold = orthonormal(basis, coarseDimensions, dimension);
        residual = new float[size];
        for (int i = 0; i < size; i++) {
            double inside = dot(coarse, i * coarseDimensions, coarse, i * coarseDimensions, coarseDimensions);
            residual[i] = (float) residualLength(dot(full, i * dimension, full, i * dimension, dimension), inside);
        }
    }

    /**
     * The length of a vector's part outside the principal directions from its squared length and that of its
     * projection. The {@code 1e-6} under the root keeps the value an upper bound when rounding makes the difference
     * come out at (or below) zero: a bound too large only skips fewer texts.
     */
    private static double residualLength(double squaredLength, double squaredProjection) {
        return Math.sqrt(Math.max(0, squaredLength - squaredProjection) + 1e-6);
    }

    private static boolean orthonormal(float[] directions, int k, int d) {
        for (int j = 0; j < k; j++) {
            for (int l = j; l < k; l++) {
                if (Math.abs(dot(directions, j * d, directions, l * d, d) - (j == l ? 1 : 0)) > 1e-4) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * What the exact pass adds to a text's estimate before comparing it: covers the float rounding of the estimate,
     * of the exact score and of the directions' orthonormality (each well under 1e-4 for unit vectors of 384 values).
     */
    private static final double BOUND_MARGIN = 1e-3;

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
        return estimate(query).best();
    }

    /** The coarse pass: per article the estimate of its best cosine, per text its estimate. */
    Estimate estimate(float[] query) {
        float[] q = new float[coarseDimensions];
        project(query, 0, q, 0);
        double[] best = new double[articles];
        float[] rows = new float[size];
        for (int a = 0; a < articles; a++) {
            double b = -1;
            for (int i = start[a]; i < start[a + 1]; i++) {
                double e = dot(q, coarse, i * coarseDimensions, coarseDimensions);
                rows[i] = (float) e;
                b = Math.max(b, e);
            }
            best[a] = b;
        }
        return new Estimate(best, rows, residualLength(dot(query, query, 0, dimension), dot(q, q, 0, coarseDimensions)));
    }

    /**
     * The exact score and closest passage of the given articles; every other article stays at -1. An article's
     * score is the mean of its {@code neighbours} best cosines (1: its single closest text), as a k-nearest-
     * neighbour vote is steadier than one lucky example question.
     */
    Scores exact(float[] query, int[] which, int neighbours) {
        return exact(query, null, which, neighbours);
    }

    /**
     * The same, skipping the texts that the coarse pass's {@code estimate} of this query proves cannot change the
     * result (see the class comment); {@code null}, or more than one neighbour, scores every text.
     */
    Scores exact(float[] query, Estimate estimate, int[] which, int neighbours) {
        double[] best = new double[articles];
        Arrays.fill(best, -1);
        int[] bestPassage = new int[articles];
        double[] top = new double[neighbours];
        boolean skip = estimate != null && neighbours == 1 && boundsHold;
        for (int a : which) {
            double passageScore = -2;
            Arrays.fill(top, -1);
            // Scores the bounds are compared with: the exact score of the text estimated best, and of the passage
            // estimated best. Neither text can itself be skipped (its bound is at least its own score).
            double floor = Double.POSITIVE_INFINITY;
            double passageFloor = Double.POSITIVE_INFINITY;
            if (skip) {
                int seed = -1;
                int passageSeed = -1;
                for (int i = start[a]; i < start[a + 1]; i++) {
                    if (seed < 0 || estimate.rows()[i] > estimate.rows()[seed]) {
                        seed = i;
                    }
                    if (passage[i] >= 0 && (passageSeed < 0 || estimate.rows()[i] > estimate.rows()[passageSeed])) {
                        passageSeed = i;
                    }
                }
                if (seed >= 0) {
                    floor = dot(query, full, seed * dimension, dimension);
                    passageFloor = passageSeed < 0 ? floor : Math.min(floor, dot(query, full, passageSeed * dimension, dimension));
                }
            }
            for (int i = start[a]; i < start[a + 1]; i++) {
                if (skip && estimate.rows()[i] + estimate.queryResidual() * residual[i] + BOUND_MARGIN
                        < (passage[i] >= 0 ? passageFloor : floor)) {
                    // Below a score of this article already known: neither its best text nor its best passage.
                    continue;
                }
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
