package dev.balancelab.resilience;

import dev.balancelab.domain.RetrySpec;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with "full jitter" (AWS Architecture Blog, "Exponential Backoff And Jitter", 2015; gRPC and
 * resilience4j {@code IntervalFunction.ofExponentialRandomBackoff} are the same family): retry {@code n} (from 1)
 * waits a uniformly random time in {@code [0, min(cap, base·2^(n-1))]}.
 */
public final class Backoff {
    private final long baseMs;
    private final long capMs;

    /** @param spec the retry policy whose {@code backoffBaseMs} and {@code backoffMaxMs} apply */
    public Backoff(RetrySpec spec) {
        this.baseMs = spec.backoffBaseMs();
        this.capMs = spec.backoffMaxMs();
    }

    /** The upper bound of retry {@code n}'s wait, in ms: {@code min(cap, base·2^(n-1))}. */
    public long ceilingMs(int retry) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry must be >= 1, was " + retry);
        }
        int shift = Math.min(retry - 1, 30);
        return Math.min(capMs, baseMs << shift);
    }

    /**
     * Draws the wait before retry {@code n}.
     *
     * @param retry 1 for the first retry
     * @param random the source of jitter
     * @return the wait in ms, in {@code [0, ceilingMs(retry)]}
     */
    public long delayMs(int retry, RandomGenerator random) {
        long ceiling = ceilingMs(retry);
        return ceiling == 0 ? 0 : random.nextLong(ceiling + 1);
    }
}
