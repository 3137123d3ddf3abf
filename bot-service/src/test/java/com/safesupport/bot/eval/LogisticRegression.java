package com.safesupport.bot.eval;

/**
 * L2-regularised, class-weighted logistic regression fitted by Newton's method, each step solved by conjugate
 * gradients on Hessian-vector products (truncated Newton: no d × d matrix, so a thousand hashed word features cost
 * little more than the embedding alone). Deterministic: no random initialisation, no shuffling, so the same rows give the
 * same weights on every machine. Small on purpose: a few thousand rows of a few hundred features train in seconds.
 * The intercept is not regularised.
 */
final class LogisticRegression {

    private LogisticRegression() {
    }

    /** Weights {@code w[0..d-1]} for the features and {@code w[d]} for the intercept. */
    static double[] fit(double[][] x, boolean[] y, double lambda) {
        return fit(x, y, lambda, null);
    }

    /**
     * The same with a weight per row ({@code null}: every row 1) multiplying its class weight (round 42, bi42: the
     * written look-alikes as negatives weighed apart from deepset's rows). A weight of 1 changes nothing.
     */
    static double[] fit(double[][] x, boolean[] y, double lambda, double[] rowWeight) {
        int n = x.length;
        int d = x[0].length;
        int positives = 0;
        for (boolean b : y) {
            positives += b ? 1 : 0;
        }
        // Each class weighs half of the data, however rare it is.
        double wPos = positives == 0 ? 0 : n / (2.0 * positives);
        double wNeg = positives == n ? 0 : n / (2.0 * (n - positives));
        // The non-zero features of each row: hashed word slots are mostly zero.
        int[][] nz = new int[n][];
        double[][] values = new double[n][];
        for (int i = 0; i < n; i++) {
            int count = 0;
            for (double v : x[i]) {
                count += v != 0 ? 1 : 0;
            }
            int[] idx = new int[count];
            double[] val = new double[count];
            for (int j = 0, k = 0; j < d; j++) {
                if (x[i][j] != 0) {
                    idx[k] = j;
                    val[k++] = x[i][j];
                }
            }
            nz[i] = idx;
            values[i] = val;
        }
        double[] w = new double[d + 1];
        double[] h = new double[n];
        for (int iteration = 0; iteration < 30; iteration++) {
            // Newton's step solved by conjugate gradients on Hessian-vector products (the Hessian of a thousand
            // features is never formed): the same minimum as a direct solve, at a fraction of the cost.
            double[] gradient = new double[d + 1];
            for (int i = 0; i < n; i++) {
                double z = w[d];
                int[] idx = nz[i];
                double[] val = values[i];
                for (int a = 0; a < idx.length; a++) {
                    z += w[idx[a]] * val[a];
                }
                double p = 1 / (1 + Math.exp(-z));
                double weight = (y[i] ? wPos : wNeg) * (rowWeight == null ? 1 : rowWeight[i]);
                double g = weight * (p - (y[i] ? 1 : 0));
                h[i] = weight * Math.max(p * (1 - p), 1e-10);
                for (int a = 0; a < idx.length; a++) {
                    gradient[idx[a]] += g * val[a];
                }
                gradient[d] += g;
            }
            for (int j = 0; j < d; j++) {
                gradient[j] += lambda * w[j];
            }
            double[] step = conjugateGradient(nz, values, h, lambda, gradient);
            double change = 0;
            for (int j = 0; j <= d; j++) {
                w[j] -= step[j];
                change = Math.max(change, Math.abs(step[j]));
            }
            if (change < 1e-3) {
                break;
            }
        }
        return w;
    }

    /** Solves {@code H s = g} for the regularised Hessian {@code H = X' diag(h) X + lambda I} (intercept last). */
    private static double[] conjugateGradient(int[][] nz, double[][] values, double[] h, double lambda, double[] g) {
        int d = g.length - 1;
        double[] s = new double[d + 1];
        double[] r = g.clone();
        double[] p = r.clone();
        double rr = dot(r, r);
        // Truncated: each step is solved to 1 % of the gradient's norm; the next Newton step corrects the rest.
        double stop = rr * 1e-4;
        for (int k = 0; k < 100 && rr > stop; k++) {
            double[] hp = hessianTimes(nz, values, h, lambda, p);
            double alpha = rr / dot(p, hp);
            for (int j = 0; j <= d; j++) {
                s[j] += alpha * p[j];
                r[j] -= alpha * hp[j];
            }
            double next = dot(r, r);
            double beta = next / rr;
            rr = next;
            for (int j = 0; j <= d; j++) {
                p[j] = r[j] + beta * p[j];
            }
        }
        return s;
    }

    private static double[] hessianTimes(int[][] nz, double[][] values, double[] h, double lambda, double[] v) {
        int d = v.length - 1;
        double[] out = new double[d + 1];
        for (int i = 0; i < nz.length; i++) {
            int[] idx = nz[i];
            double[] val = values[i];
            double xv = v[d];
            for (int a = 0; a < idx.length; a++) {
                xv += val[a] * v[idx[a]];
            }
            double c = h[i] * xv;
            for (int a = 0; a < idx.length; a++) {
                out[idx[a]] += c * val[a];
            }
            out[d] += c;
        }
        for (int j = 0; j < d; j++) {
            out[j] += lambda * v[j];
        }
        out[d] += 1e-6 * v[d];
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    static double probability(double[] w, double[] x) {
        double z = w[x.length];
        for (int j = 0; j < x.length; j++) {
            z += w[j] * x[j];
        }
        return 1 / (1 + Math.exp(-z));
    }
}
