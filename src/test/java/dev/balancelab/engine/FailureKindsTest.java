package dev.balancelab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.balancing.Endpoint;
import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.AlgorithmParams;
import dev.balancelab.domain.BalancerSpec;
import dev.balancelab.domain.FailureKind;
import dev.balancelab.domain.FailureMode;
import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.HealthState;
import dev.balancelab.domain.OutlierDetectionSpec;
import dev.balancelab.domain.RetryOn;
import dev.balancelab.domain.RetrySpec;
import dev.balancelab.domain.ServerId;
import dev.balancelab.telemetry.Accounting;
import dev.balancelab.telemetry.ServerMetrics;
import org.junit.jupiter.api.Test;

/** The observable effect of each failure kind, in virtual time. */
class FailureKindsTest {
    private static final HealthCheckSpec HEALTH = new HealthCheckSpec(50, 30, 3, 2);
    private static final ServerId S1 = ServerId.of("s1");
    private static final ServerId S2 = ServerId.of("s2");

    private static EngineProbe engine(RetrySpec retry, OutlierDetectionSpec outliers) {
        return engine(retry, outliers, 300, 10);
    }

    private static EngineProbe engine(RetrySpec retry, OutlierDetectionSpec outliers, double rate, double serviceMs) {
        var balancer = new BalancerSpec(AlgorithmKind.ROUND_ROBIN, AlgorithmParams.DEFAULT, HEALTH, retry, outliers);
        return new EngineProbe(Topologies.of(3, rate, serviceMs, balancer), 5, 0);
    }

    @Test
    void hangIsRevealedOnlyByTimeoutsAndMissedHeartbeats() throws Exception {
        try (EngineProbe lab = engine(new RetrySpec(2, 60), OutlierDetectionSpec.OFF)) {
            lab.engine.inject(S2, FailureMode.of(FailureKind.HANG));
            lab.engine.start();
            lab.await(S2, HealthState.DOWN);
            lab.run(200);
            Accounting.Counts c = lab.engine.snapshot().counts();
            assertTrue(c.timeouts() > 0, "hung attempts must time out: " + c);
            assertEquals(
                    c.timeouts(),
                    lab.engine.snapshot().perServer().get(S2).failed(),
                    "every failed attempt at s2 is a timeout, none a reset");
            assertEquals(0, c.failed(), "the retry on another server absorbs each timeout: " + c);
        }
    }

    @Test
    void slowMultipliesServiceTime() throws Exception {
        try (EngineProbe lab = engine(RetrySpec.DEFAULT, OutlierDetectionSpec.OFF, 60, 40)) {
            lab.engine.inject(S2, new FailureMode(FailureKind.SLOW, 5, 0, 1000));
            lab.engine.start();
            lab.run(1200);
            double slow = ewma(lab.engine, S2);
            double normal = ewma(lab.engine, S1);
            assertTrue(slow >= 5 * 40 && normal < 2 * 40, "s2 EWMA " + slow + " ms vs s1 " + normal + " ms");
        }
    }

    @Test
    void errorRateFailsThatFractionOfRequestsAndZeroMeansNever() throws Exception {
        try (EngineProbe lab = engine(new RetrySpec(1, 0), OutlierDetectionSpec.OFF)) {
            lab.engine.inject(S1, new FailureMode(FailureKind.ERROR_RATE, 1, 0.0, 1000));
            lab.engine.inject(S2, new FailureMode(FailureKind.ERROR_RATE, 1, 0.5, 1000));
            lab.engine.start();
            lab.run(1500);
            ServerMetrics s1 = lab.engine.snapshot().perServer().get(S1);
            ServerMetrics s2 = lab.engine.snapshot().perServer().get(S2);
            assertEquals(0, s1.failed(), "error rate 0 must never fail");
            double rate = s2.failed() / (double) (s2.failed() + s2.completed());
            assertTrue(s2.failed() + s2.completed() > 100, "too few requests: " + s2);
            assertEquals(0.5, rate, 0.12, "observed error rate " + rate);
        }
    }

    @Test
    void grayFailurePassesHeartbeatsButOutlierDetectionEjectsIt() throws Exception {
        try (EngineProbe lab = engine(RetrySpec.DEFAULT, new OutlierDetectionSpec(5, 60_000, 50))) {
            lab.engine.inject(S2, FailureMode.of(FailureKind.GRAY));
            lab.engine.start();
            lab.awaitEjected(S2);
            assertTrue(
                    lab.transitions(S2).stream().noneMatch(s -> s == HealthState.DOWN),
                    "heartbeats pass, so active checks never mark it DOWN");
            long failedAtEjection = lab.engine.snapshot().perServer().get(S2).failed();
            lab.run(300);
            assertEquals(
                    failedAtEjection,
                    lab.engine.snapshot().perServer().get(S2).failed(),
                    "an ejected server gets no more requests");
        }
    }

    @Test
    void flappingAlternatesDownAndUp() throws Exception {
        try (EngineProbe lab = engine(RetrySpec.DEFAULT, OutlierDetectionSpec.OFF)) {
            lab.engine.inject(S2, new FailureMode(FailureKind.FLAPPING, 1, 0, 800));
            lab.engine.start();
            lab.run(2_200);
            long downs = lab.transitions(S2).stream()
                    .filter(s -> s == HealthState.DOWN)
                    .count();
            long ups = lab.transitions(S2).stream()
                    .filter(s -> s == HealthState.UP)
                    .count();
            assertTrue(downs >= 2 && ups >= 1, "expected repeated DOWN/UP, got " + lab.transitions(S2));
        }
    }

    @Test
    void errorsAreNotRetriedWhenRetryOnLeavesThemOut() throws Exception {
        var retry = new RetrySpec(3, 0, 0, 0, 0, 0, java.util.Set.of(RetryOn.CONNECT_FAILURE, RetryOn.TIMEOUT));
        try (EngineProbe lab = engine(retry, OutlierDetectionSpec.OFF)) {
            lab.engine.inject(S2, FailureMode.of(FailureKind.GRAY));
            lab.engine.start();
            lab.run(500);
            Accounting.Counts c = lab.engine.snapshot().counts();
            assertTrue(c.failed() > 0, "gray-failed requests reach the client: " + c);
            assertEquals(0, c.retries(), "an error is not a retry condition here: " + c);
        }
    }

    @Test
    void retryBudgetStopsARetryStorm() throws Exception {
        long deniedWithBudget = stormRetries(20);
        long deniedWithout = stormRetries(0);
        assertTrue(deniedWithBudget > 0, "the budget must deny retries when every server fails");
        assertEquals(0, deniedWithout, "with the budget off nothing is denied");
    }

    /** Every server hangs, so every attempt times out after 20 ms and retries overlap. */
    private static long stormRetries(double budgetPercent) throws Exception {
        var retry = new RetrySpec(5, 20, 0, 0, budgetPercent, 1);
        try (EngineProbe lab = engine(retry, OutlierDetectionSpec.OFF)) {
            for (int i = 1; i <= 3; i++) {
                lab.engine.inject(ServerId.of("s" + i), FailureMode.of(FailureKind.HANG));
            }
            lab.engine.start();
            lab.run(500);
            return lab.engine.snapshot().counts().retriesDenied();
        }
    }

    private static double ewma(LabEngine engine, ServerId id) {
        return engine.picker().endpoints().stream()
                .filter(e -> e.id().equals(id))
                .map(Endpoint::stats)
                .findFirst()
                .orElseThrow()
                .ewmaMs();
    }
}
