package dev.balancelab.domain;

/**
 * Passive health checking: ejection of servers whose real requests fail, with Envoy's outlier detection semantics
 * ({@code consecutive_5xx}, {@code base_ejection_time}, {@code max_ejection_percent}). An ejected server returns after
 * {@code baseEjectionTimeMs × times ejected}; at most {@code maxEjectionPercent} of servers are ejected at once, but
 * at least one may be.
 *
 * @param consecutiveErrors failed attempts in a row that eject a server, &gt;= 1; 0 turns outlier detection off
 * @param baseEjectionTimeMs ejection time of the first ejection, in lab ms, &gt; 0
 * @param maxEjectionPercent most servers ejected at once, in percent of all servers, 0..100
 */
public record OutlierDetectionSpec(int consecutiveErrors, long baseEjectionTimeMs, double maxEjectionPercent) {
    /** Off. */
    public static final OutlierDetectionSpec OFF = new OutlierDetectionSpec(0, 10_000, 50);
    /** Envoy-like defaults scaled for a lab: 5 errors in a row, 10 s base ejection, at most 50 %. */
    public static final OutlierDetectionSpec DEFAULT = new OutlierDetectionSpec(5, 10_000, 50);

    /** @throws IllegalArgumentException if a value is out of range */
    public OutlierDetectionSpec {
        Checks.atLeast("consecutiveErrors", consecutiveErrors, 0);
        Checks.positive("baseEjectionTimeMs", baseEjectionTimeMs);
        Checks.atLeast("maxEjectionPercent", maxEjectionPercent, 0);
        if (maxEjectionPercent > 100) {
            throw new IllegalArgumentException("maxEjectionPercent must be <= 100, was " + maxEjectionPercent);
        }
    }

    /** Whether outlier detection is on. */
    public boolean enabled() {
        return consecutiveErrors > 0;
    }

    /** A copy with another {@code consecutiveErrors}, checked as the constructor checks it. */
    public OutlierDetectionSpec withConsecutiveErrors(int value) {
        return new OutlierDetectionSpec(value, baseEjectionTimeMs, maxEjectionPercent);
    }

    /** A copy with another {@code baseEjectionTimeMs}, checked as the constructor checks it. */
    public OutlierDetectionSpec withBaseEjectionTimeMs(long value) {
        return new OutlierDetectionSpec(consecutiveErrors, value, maxEjectionPercent);
    }

    /** A copy with another {@code maxEjectionPercent}, checked as the constructor checks it. */
    public OutlierDetectionSpec withMaxEjectionPercent(double value) {
        return new OutlierDetectionSpec(consecutiveErrors, baseEjectionTimeMs, value);
    }
}
