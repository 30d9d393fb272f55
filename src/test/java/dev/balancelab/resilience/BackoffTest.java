package dev.balancelab.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.RetrySpec;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private final Backoff backoff = new Backoff(new RetrySpec(5, 0, 25, 250, 0, 0));

    @Test
    void ceilingDoublesFromTheBaseUpToTheCap() {
        assertEquals(25, backoff.ceilingMs(1));
        assertEquals(50, backoff.ceilingMs(2));
        assertEquals(100, backoff.ceilingMs(3));
        assertEquals(200, backoff.ceilingMs(4));
        assertEquals(250, backoff.ceilingMs(5));
        assertEquals(250, backoff.ceilingMs(64));
    }

    @Test
    void fullJitterStaysWithinBoundsAndSpreadsOverThem() {
        SplittableRandom random = new SplittableRandom(42);
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        double sum = 0;
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            long d = backoff.delayMs(3, random);
            min = Math.min(min, d);
            max = Math.max(max, d);
            sum += d;
        }
        assertTrue(min >= 0 && max <= 100, "outside [0, 100]: " + min + ".." + max);
        assertTrue(min <= 2 && max >= 98, "jitter should cover the range: " + min + ".." + max);
        assertEquals(50, sum / n, 2, "full jitter is uniform: mean should be ceiling/2");
    }

    @Test
    void zeroBaseMeansRetryAtOnce() {
        assertEquals(0, new Backoff(new RetrySpec(3, 0)).delayMs(4, new SplittableRandom(1)));
    }
}
