package dev.balancelab.resilience;

/** What the retry policy decided for a failed attempt (see {@link RetryPolicy#decide}). */
public enum RetryDecision {
    /** Retry after {@link RetryPolicy#backoffMs}: the failure is retryable, attempts are left and the budget allows. */
    RETRY,
    /** The failure is not in the policy's {@code retryOn} set (Envoy {@code retry_on}). */
    NOT_RETRYABLE,
    /** The request used its {@code maxAttempts} (nginx {@code proxy_next_upstream_tries}). */
    NO_ATTEMPTS_LEFT,
    /** The retry budget was spent (Envoy {@code retry_budget}). */
    BUDGET_SPENT;

    /** Whether another attempt will be made. */
    public boolean willRetry() {
        return this == RETRY;
    }
}
