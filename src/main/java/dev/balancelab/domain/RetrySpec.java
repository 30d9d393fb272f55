package dev.balancelab.domain;

/**
 * Retry policy of the balancer (Envoy {@code retry_policy}, nginx {@code proxy_next_upstream}).
 *
 * @param maxAttempts attempts per request including the first, &gt;= 1 (1 means no retry)
 * @param perTryTimeoutMs how long one attempt may take before it is abandoned and retried, in ms; 0 means no timeout
 */
public record RetrySpec(int maxAttempts, long perTryTimeoutMs) {
    /** Up to 3 attempts, no per-try timeout. */
    public static final RetrySpec DEFAULT = new RetrySpec(3, 0);

    /** @throws IllegalArgumentException if a value is out of range */
    public RetrySpec {
        Checks.atLeast("maxAttempts", maxAttempts, 1);
        Checks.atLeast("perTryTimeoutMs", perTryTimeoutMs, 0);
    }
}
