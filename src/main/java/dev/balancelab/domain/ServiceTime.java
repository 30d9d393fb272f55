package dev.balancelab.domain;

import java.util.Objects;

/**
 * How long one request keeps a worker thread busy, at lab speed 1×.
 *
 * @param distribution the shape of the distribution
 * @param meanMs the mean service time in milliseconds, &gt;= 0
 */
public record ServiceTime(Distribution distribution, double meanMs) {
    /** The default of files and editor: a fixed 100 ms. */
    public static final ServiceTime DEFAULT = fixed(100);

    /** @throws IllegalArgumentException if {@code meanMs} is negative or not finite */
    public ServiceTime {
        Objects.requireNonNull(distribution, "distribution");
        if (!(meanMs >= 0) || Double.isInfinite(meanMs)) {
            throw new IllegalArgumentException("meanMs must be a finite number >= 0, was " + meanMs);
        }
    }

    /** A fixed service time of {@code ms} milliseconds. */
    public static ServiceTime fixed(double ms) {
        return new ServiceTime(Distribution.FIXED, ms);
    }

    /** An exponential service time with mean {@code ms} milliseconds. */
    public static ServiceTime exponential(double ms) {
        return new ServiceTime(Distribution.EXPONENTIAL, ms);
    }

    /** A copy with another {@code distribution}, checked as the constructor checks it. */
    public ServiceTime withDistribution(Distribution value) {
        return new ServiceTime(value, meanMs);
    }

    /** A copy with another {@code meanMs}, checked as the constructor checks it. */
    public ServiceTime withMeanMs(double value) {
        return new ServiceTime(distribution, value);
    }
}
