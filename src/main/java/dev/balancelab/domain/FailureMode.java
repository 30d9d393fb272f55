package dev.balancelab.domain;

import java.util.Objects;

/**
 * A failure with its parameters, as injected into a server.
 *
 * @param kind what fails
 * @param slowFactor {@link FailureKind#SLOW}: service-time multiplier, &gt;= 1
 * @param errorRate {@link FailureKind#ERROR_RATE}: probability that one request fails, 0..1 (0 means never)
 * @param flapPeriodMs {@link FailureKind#FLAPPING}: one down + up cycle, in lab ms, &gt; 0
 */
public record FailureMode(FailureKind kind, double slowFactor, double errorRate, long flapPeriodMs) {
    /** Healthy. */
    public static final FailureMode NONE = of(FailureKind.NONE);

    /** @throws IllegalArgumentException if a parameter is out of range */
    public FailureMode {
        Objects.requireNonNull(kind, "kind");
        Checks.atLeast("slowFactor", slowFactor, 1);
        Checks.atLeast("errorRate", errorRate, 0);
        if (errorRate > 1) {
            throw new IllegalArgumentException("errorRate must be <= 1, was " + errorRate);
        }
        Checks.positive("flapPeriodMs", flapPeriodMs);
    }

    /** {@code kind} with the lab's defaults: slow ×5, error rate 0.5, flapping period 6000 ms. */
    public static FailureMode of(FailureKind kind) {
        return new FailureMode(kind, 5, 0.5, 6_000);
    }
}
