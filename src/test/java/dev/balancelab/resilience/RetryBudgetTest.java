package dev.balancelab.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.RetrySpec;
import org.junit.jupiter.api.Test;

class RetryBudgetTest {
    private static RetryBudget budget(double percent, int min, int activeRequests) {
        RetryBudget b = new RetryBudget(new RetrySpec(3, 0, 0, 0, percent, min));
        for (int i = 0; i < activeRequests; i++) {
            b.requestStarted();
        }
        return b;
    }

    @Test
    void allowsBudgetPercentOfActiveRequestsThenDenies() {
        RetryBudget b = budget(20, 3, 100);
        for (int i = 0; i < 20; i++) {
            assertTrue(b.tryAcquireRetry(), "retry " + i + " is within 20 % of 100");
        }
        assertFalse(b.tryAcquireRetry(), "the 21st concurrent retry exceeds the budget");
        b.retryEnded();
        assertTrue(b.tryAcquireRetry(), "a finished retry frees budget");
    }

    @Test
    void minRetryConcurrencyAppliesWhenFewRequestsAreActive() {
        RetryBudget b = budget(20, 3, 2);
        assertTrue(b.tryAcquireRetry());
        assertTrue(b.tryAcquireRetry());
        assertTrue(b.tryAcquireRetry());
        assertFalse(b.tryAcquireRetry());
        assertEquals(3, b.activeRetries());
    }

    @Test
    void zeroPercentTurnsTheBudgetOff() {
        RetryBudget b = budget(0, 0, 1);
        for (int i = 0; i < 1000; i++) {
            assertTrue(b.tryAcquireRetry());
        }
    }
}
