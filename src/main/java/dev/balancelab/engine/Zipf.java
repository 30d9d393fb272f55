package dev.balancelab.engine;

import java.util.Random;

/**
 * Draws ranks {@code 1..n} with probability proportional to {@code 1 / k^s} (Zipf's law, {@code s > 0}) in constant
 * time and memory, by rejection-inversion: W. Hörmann and G. Derflinger, "Rejection-inversion to generate variates
 * from monotone discrete distributions", ACM TOMACS 6(3), 1996, the method of Apache Commons RNG's
 * {@code RejectionInversionZipfSampler}. The hat is the integral {@code H} of {@code h(x) = 1 / x^s}; a uniform draw
 * between {@code H(1.5) - 1} and {@code H(n + 0.5)} is inverted and accepted by the paper's squeeze test.
 */
final class Zipf {
    private final int n;
    private final double exponent;
    private final double hIntegralX1;
    private final double hIntegralN;
    private final double squeeze;

    /**
     * @param n number of ranks, &gt;= 1
     * @param exponent {@code s}, &gt; 0
     */
    Zipf(int n, double exponent) {
        this.n = n;
        this.exponent = exponent;
        this.hIntegralX1 = hIntegral(1.5) - 1;
        this.hIntegralN = hIntegral(n + 0.5);
        this.squeeze = 2 - hIntegralInverse(hIntegral(2.5) - h(2));
    }

    /** A rank in {@code 1..n}; uses {@code random}'s doubles only. */
    int sample(Random random) {
        while (true) {
            double u = hIntegralN + random.nextDouble() * (hIntegralX1 - hIntegralN);
            double x = hIntegralInverse(u);
            int k = (int) Math.max(1, Math.min(n, (long) (x + 0.5)));
            if (k - x <= squeeze || u >= hIntegral(k + 0.5) - h(k)) {
                return k;
            }
        }
    }

    /** {@code H(x) = (x^(1-s) - 1) / (1 - s)}, or {@code log x} at {@code s = 1}, computed without cancellation. */
    private double hIntegral(double x) {
        double logX = Math.log(x);
        return helper2((1 - exponent) * logX) * logX;
    }

    private double h(double x) {
        return Math.exp(-exponent * Math.log(x));
    }

    private double hIntegralInverse(double x) {
        double t = Math.max(-1, x * (1 - exponent));
        return Math.exp(helper1(t) * x);
    }

    /** {@code log(1 + x) / x}, and its series near 0. */
    private static double helper1(double x) {
        return Math.abs(x) > 1e-8 ? Math.log1p(x) / x : 1 - x * (0.5 - x * (1.0 / 3 - 0.25 * x));
    }

    /** {@code (e^x - 1) / x}, and its series near 0. */
    private static double helper2(double x) {
        return Math.abs(x) > 1e-8 ? Math.expm1(x) / x : 1 + x * 0.5 * (1 + x / 3 * (1 + 0.25 * x));
    }
}
