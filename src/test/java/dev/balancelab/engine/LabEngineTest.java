package dev.balancelab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.HealthState;
import dev.balancelab.domain.ServerId;
import dev.balancelab.telemetry.Accounting;
import dev.balancelab.telemetry.MetricsSnapshot;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LabEngineTest {
    private static final HealthCheckSpec FAST_HEALTH = new HealthCheckSpec(50, 30, 3, 2);
    private static final ServerId S2 = ServerId.of("s2");

    @Test
    void killUnderLoadLosesNothingAndRetriesHideTheFailure() throws Exception {
        try (LabEngine engine = new LabEngine(Topologies.of(3, 400, 20, 3, FAST_HEALTH), 7, 0)) {
            engine.start();
            EngineProbe.sampleInvariantFor(engine, 300);
            engine.kill(S2);
            EngineProbe.sampleInvariantFor(engine, 400);
            engine.stopTraffic();
            assertTrue(engine.awaitDrained(5_000), "requests left in flight");
            MetricsSnapshot end = engine.snapshot();
            Accounting.Counts c = end.counts();
            assertTrue(c.sent() > 100, "traffic was too low to mean anything: " + c);
            assertEquals(0, c.inFlight());
            assertTrue(c.balanced(), c.toString());
            assertEquals(0, c.failed(), "a surviving server and 3 attempts should absorb the kill: " + c);
            assertTrue(c.retries() > 0, "the kill should have caused retries: " + c);
            assertTrue(end.perServer().get(S2).failed() > 0, "s2 should have failed attempts");
        }
    }

    @Test
    void everyRequestEndsEvenWhenAllServersDie() throws Exception {
        try (LabEngine engine = new LabEngine(Topologies.of(2, 300, 30, 2, FAST_HEALTH), 3, 0)) {
            engine.start();
            EngineProbe.sampleInvariantFor(engine, 200);
            engine.kill(ServerId.of("s1"));
            engine.kill(S2);
            EngineProbe.sampleInvariantFor(engine, 200);
            engine.stopTraffic();
            assertTrue(engine.awaitDrained(5_000));
            Accounting.Counts c = engine.snapshot().counts();
            assertTrue(c.balanced(), c.toString());
            assertTrue(c.failed() > 0, "requests after the kills must fail: " + c);
        }
    }

    @Test
    void healthCheckMarksKilledServerDownAfterFallAndUpAfterRise() throws Exception {
        try (LabEngine engine = new LabEngine(Topologies.of(3, 50, 10, 2, FAST_HEALTH), 1, 0)) {
            engine.start();
            Thread.sleep(200);
            engine.kill(S2);
            EngineProbe.awaitState(engine, S2, HealthState.DOWN);
            Set<ServerId> picked = picksOf(engine, 30);
            assertFalse(picked.contains(S2), "a DOWN server must not be picked: " + picked);
            engine.revive(S2);
            EngineProbe.awaitState(engine, S2, HealthState.UP);
            assertTrue(picksOf(engine, 30).contains(S2));
            assertEquals(
                    java.util.List.of(HealthState.SUSPECT, HealthState.DOWN, HealthState.UP),
                    EngineProbe.transitions(engine, S2));
        }
    }

    @Test
    void closeLeavesNoLabThreadRunning() throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        LabEngine engine = new LabEngine(Topologies.of(3, 200, 10, 2, FAST_HEALTH), 1, 100);
        engine.start();
        engine.kill(S2);
        engine.revive(S2);
        Thread.sleep(100);
        engine.close();
        Set<String> left = Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .filter(t -> !before.contains(t))
                .map(Thread::getName)
                .filter(n -> n.matches("s\\d+-(worker|heartbeat)-\\d+|lab-scheduler|lab-work-\\d+|control-plane"))
                .collect(Collectors.toSet());
        assertEquals(Set.of(), left);
    }

    private static Set<ServerId> picksOf(LabEngine engine, int n) {
        return java.util.stream.IntStream.range(0, n)
                .mapToObj(i -> engine.picker().pick(dev.balancelab.balancing.Request.of(i, "k" + i, "10.0.0.1")))
                .map(dev.balancelab.balancing.Endpoint::id)
                .collect(Collectors.toSet());
    }
}
