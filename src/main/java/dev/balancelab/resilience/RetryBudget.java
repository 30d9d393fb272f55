package dev.balancelab.resilience;

import dev.balancelab.domain.RetrySpec;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A retry budget with Envoy's semantics ({@code retry_budget}: {@code budget_percent}, {@code min_retry_concurrency}):
 * a retry may start only while retries in progress stay below
 * {@code max(minRetryConcurrency, budgetPercent/100 × active requests)}. It stops a failure from multiplying the load
 * (a retry storm). Thread-safe and lock-free.
 */
public final class RetryBudget {
    private final AtomicInteger activeRequests = new AtomicInteger();
    private final AtomicInteger activeRetries = new AtomicInteger();
    private final RetrySpec spec;

    /** @param spec the policy; with {@code budgetPercent == 0} every retry is allowed */
    public RetryBudget(RetrySpec spec) {
        this.spec = spec;
    }

    /** A request started. */
    public void requestStarted() {
        activeRequests.incrementAndGet();
    }

    /** A request ended. */
    public void requestEnded() {
        activeRequests.decrementAndGet();
    }

    /**
     * Asks to start a retry; on true the caller must call {@link #retryEnded()} when that retry attempt ends.
     *
     * @return whether the budget allows it
     */
    public boolean tryAcquireRetry() {
        if (!spec.budgeted()) {
            activeRetries.incrementAndGet();
            return true;
        }
        while (true) {
            int current = activeRetries.get();
            double allowed = Math.max(spec.minRetryConcurrency(), spec.budgetPercent() / 100 * activeRequests.get());
            if (current >= allowed) {
                return false;
            }
            if (activeRetries.compareAndSet(current, current + 1)) {
                return true;
            }
        }
    }

    /** A retry that was allowed has ended. */
    public void retryEnded() {
        activeRetries.decrementAndGet();
    }

    /** Retries in progress now. */
    public int activeRetries() {
        return activeRetries.get();
    }
}
