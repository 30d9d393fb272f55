package dev.balancelab.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.RetryOn;
import dev.balancelab.domain.RetrySpec;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private static RetryPolicy policy(RetrySpec spec) {
        return new RetryPolicy(spec, new SplittableRandom(1));
    }

    @Test
    void retriesARetryableFailureWhileAttemptsAreLeft() {
        RetryPolicy p = policy(new RetrySpec(3, 0));
        p.requestStarted();
        assertEquals(RetryDecision.RETRY, p.decide(1, RetryOn.CONNECT_FAILURE));
        p.attemptEnded(2);
        assertEquals(RetryDecision.RETRY, p.decide(2, RetryOn.TIMEOUT));
        p.attemptEnded(3);
        assertEquals(RetryDecision.NO_ATTEMPTS_LEFT, p.decide(3, RetryOn.ERROR), "3 of 3 attempts were made");
    }

    @Test
    void aFailureOutsideRetryOnIsNeverRetried() {
        RetryPolicy p = policy(new RetrySpec(3, 0, 0, 0, 0, 0, Set.of(RetryOn.TIMEOUT)));
        assertEquals(RetryDecision.NOT_RETRYABLE, p.decide(1, RetryOn.ERROR));
        assertFalse(p.decide(1, RetryOn.CONNECT_FAILURE).willRetry());
        assertTrue(p.decide(1, RetryOn.TIMEOUT).willRetry());
    }

    @Test
    void theBudgetDeniesOnceRetriesInProgressReachItAndAFinishedRetryGivesItBack() {
        RetryPolicy p = policy(new RetrySpec(5, 0, 0, 0, 20, 1));
        p.requestStarted();
        assertEquals(RetryDecision.RETRY, p.decide(1, RetryOn.ERROR), "min retry concurrency 1 allows one");
        assertEquals(RetryDecision.BUDGET_SPENT, p.decide(1, RetryOn.ERROR), "a second concurrent retry is denied");
        p.attemptEnded(2);
        assertEquals(RetryDecision.RETRY, p.decide(2, RetryOn.ERROR));
    }

    @Test
    void theFirstAttemptEndingGivesNoBudgetBack() {
        RetryPolicy p = policy(new RetrySpec(5, 0, 0, 0, 20, 1));
        p.requestStarted();
        assertEquals(RetryDecision.RETRY, p.decide(1, RetryOn.ERROR));
        p.attemptEnded(1);
        assertEquals(RetryDecision.BUDGET_SPENT, p.decide(1, RetryOn.ERROR));
    }

    @Test
    void aSeededJitterSourceDrawsTheSameBackoffs() {
        RetrySpec spec = new RetrySpec(5, 0, 10, 1_000, 0, 0);
        RetryPolicy a = policy(spec);
        RetryPolicy b = policy(spec);
        for (int retry = 1; retry <= 4; retry++) {
            long wait = a.backoffMs(retry);
            assertEquals(wait, b.backoffMs(retry));
            assertTrue(wait >= 0 && wait <= 10L << (retry - 1), "full jitter within [0, base*2^(n-1)]: " + wait);
        }
    }
}
