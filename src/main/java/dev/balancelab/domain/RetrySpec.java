package dev.balancelab.domain;

import java.util.Set;

/**
 * Retry policy of the balancer (Envoy {@code retry_policy} and {@code retry_budget}; nginx
 * {@code proxy_next_upstream_tries}). A retry always prefers a server not tried yet for the request.
 *
 * @param maxAttempts attempts per request including the first, &gt;= 1 (1 means no retry)
 * @param perTryTimeoutMs how long one attempt may take before it is abandoned as a timeout, in lab ms; 0 = none
 * @param backoffBaseMs exponential backoff base in lab ms; retry {@code n} waits a uniformly random time in
 *     {@code [0, min(backoffMaxMs, backoffBaseMs·2^(n-1))]} ("full jitter"); 0 retries at once
 * @param backoffMaxMs backoff cap in lab ms, &gt;= backoffBaseMs
 * @param budgetPercent retry budget: retries in progress may be at most this percent of active requests (Envoy
 *     {@code budget_percent}); 0 turns the budget off (a retry storm can follow)
 * @param minRetryConcurrency retries always allowed whatever the budget (Envoy {@code min_retry_concurrency})
 * @param retryOn which failures are retried; the others fail the request at once
 */
public record RetrySpec(
        int maxAttempts,
        long perTryTimeoutMs,
        long backoffBaseMs,
        long backoffMaxMs,
        double budgetPercent,
        int minRetryConcurrency,
        Set<RetryOn> retryOn) {
    /** Every kind of failure. */
    public static final Set<RetryOn> ALL_FAILURES = Set.of(RetryOn.values());
    /**
     * Up to 3 attempts on any failure, no per-try timeout, 25 ms backoff base capped at 250 ms, budget 20 % with
     * minimum 3.
     */
    public static final RetrySpec DEFAULT = new RetrySpec(3, 0, 25, 250, 20, 3);

    /** @throws IllegalArgumentException if a value is out of range */
    public RetrySpec {
        Checks.atLeast("maxAttempts", maxAttempts, 1);
        Checks.atLeast("perTryTimeoutMs", perTryTimeoutMs, 0);
        Checks.atLeast("backoffBaseMs", backoffBaseMs, 0);
        Checks.atLeast("backoffMaxMs", backoffMaxMs, backoffBaseMs);
        Checks.atLeast("budgetPercent", budgetPercent, 0);
        Checks.atLeast("minRetryConcurrency", minRetryConcurrency, 0);
        retryOn = Set.copyOf(retryOn);
    }

    /** A policy that retries every kind of failure. */
    public RetrySpec(
            int maxAttempts,
            long perTryTimeoutMs,
            long backoffBaseMs,
            long backoffMaxMs,
            double budgetPercent,
            int minRetryConcurrency) {
        this(
                maxAttempts,
                perTryTimeoutMs,
                backoffBaseMs,
                backoffMaxMs,
                budgetPercent,
                minRetryConcurrency,
                ALL_FAILURES);
    }

    /** No backoff and no budget: the simple policy of the walking skeleton. */
    public RetrySpec(int maxAttempts, long perTryTimeoutMs) {
        this(maxAttempts, perTryTimeoutMs, 0, 0, 0, 0);
    }

    /** Whether a retry budget limits retries. */
    public boolean budgeted() {
        return budgetPercent > 0;
    }

    /** A copy with another {@code maxAttempts}, checked as the constructor checks it. */
    public RetrySpec withMaxAttempts(int value) {
        return new RetrySpec(
                value, perTryTimeoutMs, backoffBaseMs, backoffMaxMs, budgetPercent, minRetryConcurrency, retryOn);
    }

    /** A copy with another {@code perTryTimeoutMs}, checked as the constructor checks it. */
    public RetrySpec withPerTryTimeoutMs(long value) {
        return new RetrySpec(
                maxAttempts, value, backoffBaseMs, backoffMaxMs, budgetPercent, minRetryConcurrency, retryOn);
    }

    /** A copy with another {@code backoffBaseMs}, checked as the constructor checks it. */
    public RetrySpec withBackoffBaseMs(long value) {
        return new RetrySpec(
                maxAttempts, perTryTimeoutMs, value, backoffMaxMs, budgetPercent, minRetryConcurrency, retryOn);
    }

    /** A copy with another {@code backoffMaxMs}, checked as the constructor checks it. */
    public RetrySpec withBackoffMaxMs(long value) {
        return new RetrySpec(
                maxAttempts, perTryTimeoutMs, backoffBaseMs, value, budgetPercent, minRetryConcurrency, retryOn);
    }

    /** A copy with another {@code budgetPercent}, checked as the constructor checks it. */
    public RetrySpec withBudgetPercent(double value) {
        return new RetrySpec(
                maxAttempts, perTryTimeoutMs, backoffBaseMs, backoffMaxMs, value, minRetryConcurrency, retryOn);
    }

    /** A copy with another {@code minRetryConcurrency}, checked as the constructor checks it. */
    public RetrySpec withMinRetryConcurrency(int value) {
        return new RetrySpec(maxAttempts, perTryTimeoutMs, backoffBaseMs, backoffMaxMs, budgetPercent, value, retryOn);
    }

    /** A copy with another {@code retryOn}, checked as the constructor checks it. */
    public RetrySpec withRetryOn(Set<RetryOn> value) {
        return new RetrySpec(
                maxAttempts, perTryTimeoutMs, backoffBaseMs, backoffMaxMs, budgetPercent, minRetryConcurrency, value);
    }
}
