package dev.balancelab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.balancing.LoadStats;
import dev.balancelab.domain.FailureKind;
import dev.balancelab.domain.FailureMode;
import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.ServiceTime;
import dev.balancelab.perf.LabTopologies;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** One simulated server: 2 slots, a queue of 1, 10 ms fixed service time, in virtual time. */
class SimulatedServerTest {
    private final VirtualScheduler time = new VirtualScheduler();
    private final SimulatedServer server = new SimulatedServer(
            LabTopologies.of(1, 2, 1, ServiceTime.fixed(10), 0, HealthCheckSpec.DEFAULT, 1)
                    .servers()
                    .get(0),
            time,
            new LoadStats(10_000),
            1);
    private final List<String> ended = new ArrayList<>();
    private long nextId;

    private void submit(int n) {
        for (int i = 0; i < n; i++) {
            var request = new RequestState(nextId++, 0, "k", "10.0.0.1", 0);
            server.submit(new Attempt(
                    request, 1, server, 0, (a, outcome) -> ended.add(a.request.id + ":" + outcome + "@" + ms())));
        }
    }

    private long ms() {
        return time.clock().labMillis();
    }

    @Test
    void slotsServeForTheServiceTimeAndAFullQueueRejects() {
        time.clock().resume();
        submit(4);
        assertEquals(List.of("3:REJECTED@0"), ended, "2 slots and 1 queue place: the fourth is refused at once");
        time.advanceBy(10);
        assertEquals(List.of("3:REJECTED@0", "0:OK@10", "1:OK@10"), ended);
        time.advanceBy(10);
        assertEquals(List.of("3:REJECTED@0", "0:OK@10", "1:OK@10", "2:OK@20"), ended, "the queued one took a slot");
    }

    @Test
    void aCrashResetsQueuedAndRunningAttemptsAndRefusesNewOnesUntilRevived() {
        time.clock().resume();
        submit(3);
        time.advanceBy(5);
        server.inject(FailureMode.of(FailureKind.CRASH));
        assertEquals(List.of("0:RESET@5", "1:RESET@5", "2:RESET@5"), ended);
        submit(1);
        assertEquals("3:REJECTED@5", ended.get(3));
        time.advanceBy(20);
        assertEquals(4, ended.size(), "completions scheduled before the crash are void");
        server.inject(FailureMode.NONE);
        submit(1);
        time.advanceBy(10);
        assertEquals("4:OK@35", ended.get(4), "revived empty, it serves again");
    }

    @Test
    void aHangHoldsItsSlotsAndHeartbeatsUntilItEnds() {
        time.clock().resume();
        server.inject(FailureMode.of(FailureKind.HANG));
        submit(2);
        CompletableFuture<Boolean> beat = server.heartbeat();
        time.advanceBy(100);
        assertEquals(List.of(), ended);
        assertFalse(beat.isDone(), "a hung server does not answer heartbeats");
        server.inject(FailureMode.NONE);
        time.advanceBy(10);
        assertEquals(List.of("0:OK@110", "1:OK@110"), ended);
        assertTrue(server.heartbeat().getNow(false), "answered");
    }

    @Test
    void aCrashedServerRefusesHeartbeatsAtOnce() {
        time.clock().resume();
        server.inject(FailureMode.of(FailureKind.CRASH));
        assertFalse(server.heartbeat().getNow(true), "refused, as a dead process's port refuses connections");
        server.inject(FailureMode.NONE);
        assertTrue(server.heartbeat().getNow(false));
    }
}
