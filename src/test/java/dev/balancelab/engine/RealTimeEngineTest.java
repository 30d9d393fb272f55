package dev.balancelab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.FailureKind;
import dev.balancelab.domain.FailureMode;
import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.HealthModel;
import dev.balancelab.domain.HealthState;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.ServiceTime;
import dev.balancelab.perf.LabTopologies;
import dev.balancelab.telemetry.Accounting;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * End to end on real threads and the wall clock, with generous bounds: the real-time runtime keeps the same
 * accounting and failure semantics as the virtual one, and leaves no thread behind.
 */
class RealTimeEngineTest {
    private static final HealthCheckSpec HEALTH = new HealthCheckSpec(50, 200, 3, 2);
    private static final ServerId S2 = ServerId.of("s2");

    @Test
    void killUnderLoadKeepsTheInvariantAndMarksTheServerDown() throws Exception {
        try (LabEngine engine = LabEngine.realTime(Topologies.of(3, 400, 20, 3, HEALTH), 7, 0)) {
            engine.start();
            sampleInvariantFor(engine, 300);
            engine.kill(S2);
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (engine.snapshot().perServer().get(S2).state() != HealthState.DOWN) {
                assertTrue(System.nanoTime() < deadline, "s2 never became DOWN");
                sampleInvariantFor(engine, 10);
            }
            engine.stopTraffic();
            assertTrue(engine.awaitDrained(10_000), "requests left in flight");
            Accounting.Counts c = engine.snapshot().counts();
            assertTrue(c.balanced(), c.toString());
            assertEquals(0, c.inFlight());
            assertTrue(c.sent() > 0 && c.retries() > 0, "the kill should have caused retries: " + c);
        }
    }

    /**
     * Push heartbeats on real threads: a hung server's heartbeat thread ({@code s2-heartbeat-0}) goes on sending while
     * its workers hang, so it stays UP; a kill stops it, and the TTL marks it DOWN.
     */
    @Test
    void pushHeartbeatsKeepAHungServerUpAndMarkAKilledOneDown() throws Exception {
        HealthCheckSpec push = HEALTH.withModel(HealthModel.PUSH).withTtlMs(1_000);
        try (LabEngine engine = LabEngine.realTime(Topologies.of(3, 50, 20, 3, push), 7, 0)) {
            engine.start();
            engine.inject(S2, FailureMode.of(FailureKind.HANG));
            long hungAt = System.nanoTime();
            while (System.nanoTime() - hungAt < 1_500_000_000L) {
                assertEquals(
                        HealthState.UP, engine.snapshot().perServer().get(S2).state(), "push says healthy");
                Thread.sleep(10);
            }
            assertTrue(engine.snapshot().perServer().get(S2).lastHeartbeatMs() > 0, "heartbeats kept arriving");
            engine.kill(S2);
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (engine.snapshot().perServer().get(S2).state() != HealthState.DOWN) {
                assertTrue(System.nanoTime() < deadline, "s2 never became DOWN");
                Thread.sleep(10);
            }
        }
    }

    @Test
    void closeLeavesNoLabThreadRunning() throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        LabEngine engine = LabEngine.realTime(Topologies.of(3, 200, 10, 2, HEALTH), 1, 100);
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

    @Test
    void workerThreadsStartOnlyAsWorkArrives() {
        var topology = LabTopologies.of(20, 256, 0, ServiceTime.fixed(1), 0, HEALTH, 1);
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        try (LabEngine engine = LabEngine.realTime(topology, 1, 0)) {
            long workers = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> !before.contains(t))
                    .filter(t -> t.getName().matches("s\\d+-worker-\\d+"))
                    .count();
            assertEquals(0, workers, "5,120 idle workers must not be prestarted");
            assertEquals(20, engine.snapshot().perServer().size(), "the lab itself is built");
        }
    }

    private static void sampleInvariantFor(LabEngine engine, long ms) throws InterruptedException {
        long end = System.nanoTime() + ms * 1_000_000;
        while (System.nanoTime() < end) {
            Accounting.Counts c = engine.snapshot().counts();
            assertTrue(c.balanced(), "sent != completed + failed + inFlight: " + c);
            Thread.sleep(5);
        }
    }
}
