package dev.balancelab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.balancing.Endpoint;
import dev.balancelab.balancing.Request;
import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.HealthState;
import dev.balancelab.domain.ServerId;
import dev.balancelab.telemetry.Accounting;
import dev.balancelab.telemetry.MetricsSnapshot;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The engine in virtual time: accounting, retries and active health checks, to the ms. */
class LabEngineTest {
    /** HAProxy-style check: inter 50 ms, timeout 30 ms, fall 3, rise 2. */
    private static final HealthCheckSpec FAST_HEALTH = new HealthCheckSpec(50, 30, 3, 2);

    private static final ServerId S2 = ServerId.of("s2");

    @Test
    void killUnderLoadLosesNothingAndRetriesHideTheFailure() throws Exception {
        try (EngineProbe lab = new EngineProbe(Topologies.of(3, 400, 20, 3, FAST_HEALTH), 7, 0)) {
            lab.engine.start();
            lab.run(300);
            lab.engine.kill(S2);
            lab.run(400);
            lab.engine.stopTraffic();
            assertTrue(lab.engine.awaitDrained(5_000), "requests left in flight");
            MetricsSnapshot end = lab.engine.snapshot();
            Accounting.Counts c = end.counts();
            assertTrue(c.sent() > 200, "traffic was too low to mean anything: " + c);
            assertEquals(0, c.inFlight());
            assertTrue(c.balanced(), c.toString());
            assertEquals(0, c.failed(), "a surviving server and 3 attempts should absorb the kill: " + c);
            assertTrue(c.retries() > 0, "the kill should have caused retries: " + c);
            assertTrue(end.perServer().get(S2).failed() > 0, "s2 should have failed attempts");
        }
    }

    @Test
    void everyRequestEndsEvenWhenAllServersDie() throws Exception {
        try (EngineProbe lab = new EngineProbe(Topologies.of(2, 300, 30, 2, FAST_HEALTH), 3, 0)) {
            lab.engine.start();
            lab.run(200);
            lab.engine.kill(ServerId.of("s1"));
            lab.engine.kill(S2);
            lab.run(200);
            lab.engine.stopTraffic();
            assertTrue(lab.engine.awaitDrained(5_000));
            Accounting.Counts c = lab.engine.snapshot().counts();
            assertTrue(c.balanced(), c.toString());
            assertTrue(c.failed() > 0, "requests after the kills must fail: " + c);
        }
    }

    @Test
    void healthCheckMarksKilledServerDownAfterFallAndUpAfterRise() throws Exception {
        try (EngineProbe lab = new EngineProbe(Topologies.of(3, 50, 10, 2, FAST_HEALTH), 1, 0)) {
            lab.engine.start();
            lab.run(200);
            lab.engine.kill(S2);
            lab.await(S2, HealthState.DOWN);
            // checks at 250, 300 and 350 ms are refused at once (a dead process refuses connections), the third is the
            // fall
            assertEquals(350, lab.nowMs(), "DOWN after fall = 3 refused checks");
            Set<ServerId> picked = picksOf(lab.engine, 30);
            assertFalse(picked.contains(S2), "a DOWN server must not be picked: " + picked);
            lab.engine.revive(S2);
            lab.await(S2, HealthState.UP);
            // answered at once in virtual time: checks at 400 and 450 ms are the rise
            assertEquals(450, lab.nowMs(), "UP after rise = 2 passed checks");
            assertTrue(picksOf(lab.engine, 30).contains(S2));
            assertEquals(List.of(HealthState.SUSPECT, HealthState.DOWN, HealthState.UP), lab.transitions(S2));
        }
    }

    @Test
    void pauseFreezesLabTimeAndSpeedScalesIt() {
        try (EngineProbe lab = new EngineProbe(Topologies.of(2, 100, 10, 2, FAST_HEALTH), 1, 0)) {
            lab.engine.start();
            lab.time.advanceBy(100);
            lab.engine.pause();
            lab.time.advanceBy(100);
            assertEquals(100, lab.nowMs(), "paused lab time does not move");
            lab.engine.setSpeed(0.5);
            lab.engine.start();
            lab.time.advanceBy(100);
            assertEquals(150, lab.nowMs(), "at half speed 100 ms pass as 50");
        }
    }

    static Set<ServerId> picksOf(LabEngine engine, int n) {
        return IntStream.range(0, n)
                .mapToObj(i -> engine.picker().pick(Request.of(i, "k" + i, "10.0.0.1")))
                .map(Endpoint::id)
                .collect(Collectors.toSet());
    }
}
