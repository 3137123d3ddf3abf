package com.safesupport.bot.eval;

/**
 * L2-regularised, class-weighted logistic regression fitted by Newton's method (iteratively reweighted least
 * squares with a Cholesky solve). Deterministic: no random initialisation, no shuffling, so the same rows give the
 * same weights on every machine. Small on purpose: a few thousand rows of a few hundred features train in seconds.
 * The intercept is not regularised.
 */
final class LogisticRegression {

    private LogisticRegression() {
    }

    /** Weights {@code w[0..d-1]} for the features and {@code w[d]} for the intercept. */
    static double[] fit(double[][] x, boolean[] y, double lambda) {
        int n = x.length;
        int d = x[0].length;
        int positives = 0;
        for (boolean b : y) {
            positives += b ? 1 : 0;
        }
        // Each class weighs half of the data, however rare it is.
        double wPos = positives == 0 ? 0 : n / (2.0 * positives);
        double wNeg = positives == n ? 0 : n / (2.0 * (n - positives));
        double[] w = new double[d + 1];
        for (int iteration = 0; iteration < 30; iteration++) {
            double[] gradient = new double[d + 1];
            double[][] hessian = new double[d + 1][d + 1];
            for (int i = 0; i < n; i++) {
                double z = w[d];
                double[] xi = x[i];
                for (int j = 0; j < d; j++) {
                    z += w[j] * xi[j];
                }
                double p = 1 / (1 + Math.exp(-z));
                double weight = y[i] ? wPos : wNeg;
                double g = weight * (p - (y[i] ? 1 : 0));
                double h = weight * Math.max(p * (1 - p), 1e-10);
                for (int j = 0; j < d; j++) {
                    gradient[j] += g * xi[j];
                    double hx = h * xi[j];
                    double[] row = hessian[j];
                    for (int k = 0; k <= j; k++) {
                        row[k] += hx * xi[k];
                    }
                    hessian[d][j] += hx;
                }
                gradient[d] += g;
                hessian[d][d] += h;
            }
            for (int j = 0; j < d; j++) {
                gradient[j] += lambda * w[j];
                hessian[j][j] += lambda;
            }
            hessian[d][d] += 1e-6;
            for (int j = 0; j <= d; j++) {
                for (int k = 0; k < j; k++) {
                    hessian[k][j] = hessian[j][k];
                }
            }
            double[] step = solve(hessian, gradient);
            double change = 0;
            for (int j = 0; j <= d; j++) {
                w[j] -= step[j];
                change = Math.max(change, Math.abs(step[j]));
            }
            if (change < 1e-6) {
                break;
            }
        }
        return w;
    }

    static double probability(double[] w, double[] x) {
        double z = w[x.length];
        for (int j = 0; j < x.length; j++) {
            z += w[j] * x[j];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Solves {@code a x = b} for a symmetric positive-definite {@code a} (Cholesky). */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = a[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    l[i][i] = Math.sqrt(Math.max(sum, 1e-12));
                } else {
                    l[i][j] = sum / l[j][j];
                }
            }
        }
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = b[i];
            for (int k = 0; k < i; k++) {
                sum -= l[i][k] * z[k];
            }
            z[i] = sum / l[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = z[i];
            for (int k = i + 1; k < n; k++) {
                sum -= l[k][i] * x[k];
            }
            x[i] = sum / l[i][i];
        }
        return x;
    }
}
