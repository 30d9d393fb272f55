package dev.balancelab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rejection-inversion draws Zipf's law: rank k with probability {@code k^-s / H(n, s)}. */
class ZipfTest {
    @ParameterizedTest
    @CsvSource({"10, 1.0", "10, 0.5", "50, 1.2", "3, 3.0", "1, 1.0"})
    void frequenciesMatchTheProbabilities(int n, double s) {
        Zipf zipf = new Zipf(n, s);
        Random random = new Random(42);
        int draws = 200_000;
        int[] counts = new int[n + 1];
        for (int i = 0; i < draws; i++) {
            counts[zipf.sample(random)]++;
        }
        double norm = 0;
        for (int k = 1; k <= n; k++) {
            norm += Math.pow(k, -s);
        }
        for (int k = 1; k <= n; k++) {
            double p = Math.pow(k, -s) / norm;
            double sigma = Math.sqrt(p * (1 - p) / draws);
            assertEquals(p, (double) counts[k] / draws, 5 * sigma + 1e-9, "rank " + k + " of " + n + ", s = " + s);
        }
    }
}
