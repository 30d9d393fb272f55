package dev.balancelab.resilience;

import dev.balancelab.domain.RetryOn;
import dev.balancelab.domain.RetrySpec;
import java.util.random.RandomGenerator;

/**
 * The one place that decides whether a failed attempt is retried: retry-on set, attempts left and retry budget, in
 * that order (Envoy's router checks {@code retry_on}, then {@code num_retries}, then the budget), plus the backoff
 * before the retry. Thread-safe: the budget is lock-free and the jitter source is used under its own monitor.
 */
public final class RetryPolicy {
    private final RetrySpec spec;
    private final RetryBudget budget;
    private final Backoff backoff;
    private final RandomGenerator jitter;

    /**
     * @param spec the policy
     * @param jitter the source of backoff jitter; seeded, so a seeded run draws the same waits
     */
    public RetryPolicy(RetrySpec spec, RandomGenerator jitter) {
        this.spec = spec;
        this.budget = new RetryBudget(spec);
        this.backoff = new Backoff(spec);
        this.jitter = jitter;
    }

    /** A request started (it counts towards the budget's active requests). */
    public void requestStarted() {
        budget.requestStarted();
    }

    /** A request ended. */
    public void requestEnded() {
        budget.requestEnded();
    }

    /**
     * Decides about a failed attempt. On {@link RetryDecision#RETRY} one retry of the budget is taken: call
     * {@link #attemptEnded(int)} when that retry ends.
     *
     * @param attemptsSoFar attempts the request has made, including the failed one, &gt;= 1
     * @param failure what the failed attempt falls under
     * @return the decision
     */
    public RetryDecision decide(int attemptsSoFar, RetryOn failure) {
        if (!spec.retryOn().contains(failure)) {
            return RetryDecision.NOT_RETRYABLE;
        }
        if (attemptsSoFar >= spec.maxAttempts()) {
            return RetryDecision.NO_ATTEMPTS_LEFT;
        }
        return budget.tryAcquireRetry() ? RetryDecision.RETRY : RetryDecision.BUDGET_SPENT;
    }

    /** Attempt {@code number} (from 1) ended; a retry gives its budget back. */
    public void attemptEnded(int number) {
        if (number > 1) {
            budget.retryEnded();
        }
    }

    /**
     * Draws the wait before retry {@code n} ({@link Backoff}, full jitter).
     *
     * @param retry 1 for the first retry
     * @return the wait in lab ms
     */
    public long backoffMs(int retry) {
        synchronized (jitter) {
            return backoff.delayMs(retry, jitter);
        }
    }
}
