package dev.balancelab.engine;

import static dev.balancelab.engine.EngineProbe.about;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.AlgorithmParams;
import dev.balancelab.domain.BalancerSpec;
import dev.balancelab.domain.FailureKind;
import dev.balancelab.domain.FailureMode;
import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.HealthModel;
import dev.balancelab.domain.HealthState;
import dev.balancelab.domain.OutlierDetectionSpec;
import dev.balancelab.domain.RetrySpec;
import dev.balancelab.domain.ServerId;
import dev.balancelab.telemetry.LabEvent;
import dev.balancelab.telemetry.ServerMetrics;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Push heartbeats in virtual time: each server sends one every 1,000 ms and is failed 3,000 ms (its TTL, as a
 * ZooKeeper session timeout or a Consul check TTL) after the last one arrived. A kill stops its heartbeats; a hang of
 * its request threads does not, so push keeps a hung server UP while active checks mark it DOWN and outlier detection
 * ejects it.
 */
class PushHeartbeatsTest {
    private static final ServerId S1 = ServerId.of("s1");
    private static final long MS = 1_000_000;
    private static final HealthCheckSpec PUSH = HealthCheckSpec.DEFAULT.withModel(HealthModel.PUSH);

    private static EngineProbe lab(HealthCheckSpec check, double rate, OutlierDetectionSpec outliers) {
        var balancer = new BalancerSpec(
                AlgorithmKind.ROUND_ROBIN, AlgorithmParams.DEFAULT, check, new RetrySpec(3, 500), outliers);
        return new EngineProbe(Topologies.of(3, rate, 10, balancer), 1, 1_000_000);
    }

    private static List<String> changes(List<LabEvent> events) {
        return about(S1, LabEvent.HealthChanged.class, events).stream()
                .map(c -> c.to() + "@" + c.nanos() / MS)
                .toList();
    }

    @Test
    void heartbeatsArriveEveryIntervalAndTheMonitorKnowsWhenTheLastCame() {
        try (EngineProbe lab = lab(PUSH, 0, OutlierDetectionSpec.OFF)) {
            List<LabEvent> events = lab.inject(S1, FailureMode.NONE, 0, 3_500);
            assertEquals(
                    List.of(0L, 1_000L, 2_000L, 3_000L),
                    about(S1, LabEvent.Heartbeat.class, events).stream()
                            .filter(LabEvent.Heartbeat::ok)
                            .map(h -> h.nanos() / MS)
                            .toList());
            ServerMetrics s1 = lab.engine.snapshot().perServer().get(S1);
            assertEquals(3_000, s1.lastHeartbeatMs());
            assertEquals(List.of(), changes(events));
        }
    }

    /** Killed at 2.3 s, after its heartbeat at 2 s: nothing more arrives, and the TTL runs out at 2 + 3 = 5 s. */
    @Test
    void aKilledServerSendsNothingAndIsDownOneTtlAfterItsLastHeartbeat() {
        try (EngineProbe lab = lab(PUSH, 0, OutlierDetectionSpec.OFF)) {
            List<LabEvent> events = lab.inject(S1, FailureMode.of(FailureKind.CRASH), 2_300, 9_000);
            assertEquals(List.of("DOWN@5000"), changes(events));
            assertEquals(2_000, lab.engine.snapshot().perServer().get(S1).lastHeartbeatMs());
        }
    }

    /** Revived at 6.5 s: its heartbeat thread sends again at 7 s, and one heartbeat brings it UP (no rise count). */
    @Test
    void theFirstHeartbeatAfterARestartBringsItBackUp() {
        try (EngineProbe lab = lab(PUSH, 0, OutlierDetectionSpec.OFF)) {
            lab.engine.start();
            lab.time.advanceBy(2_300);
            lab.engine.kill(S1);
            lab.time.advanceBy(4_200);
            lab.engine.revive(S1);
            lab.time.advanceBy(2_000);
            assertEquals(List.of("DOWN@5000", "UP@7000"), changes(lab.drain()));
        }
    }

    /**
     * The lesson's point: s1's request threads hang at 2.3 s. Push heartbeats keep coming, so it stays UP and keeps
     * its share of requests, each of which times out after 500 ms and is retried; active checks mark it DOWN at the
     * third timed-out check, and outlier detection ejects it after 3 errors in a row under either model.
     */
    @Test
    void aHangStaysUpUnderPushButNotUnderActiveChecksAndOutlierDetectionCatchesIt() {
        try (EngineProbe push = lab(PUSH, 30, OutlierDetectionSpec.OFF)) {
            List<LabEvent> events = push.inject(S1, FailureMode.of(FailureKind.HANG), 2_300, 12_000);
            assertEquals(List.of(), changes(events), "push: the heartbeat thread keeps sending");
            assertEquals(
                    HealthState.UP, push.engine.snapshot().perServer().get(S1).state());
            assertTrue(push.engine.snapshot().counts().retries() > 50, "its requests time out and are retried");
        }
        try (EngineProbe active = lab(HealthCheckSpec.DEFAULT, 30, OutlierDetectionSpec.OFF)) {
            List<LabEvent> events = active.inject(S1, FailureMode.of(FailureKind.HANG), 2_300, 12_000);
            assertEquals(List.of("SUSPECT@3500", "DOWN@5500"), changes(events));
        }
        try (EngineProbe ejecting = lab(PUSH, 30, new OutlierDetectionSpec(3, 30_000, 50))) {
            List<LabEvent> events = ejecting.inject(S1, FailureMode.of(FailureKind.HANG), 2_300, 12_000);
            assertEquals(List.of(), changes(events));
            assertEquals(1, about(S1, LabEvent.Ejected.class, events).size(), "outlier detection ejects it");
        }
    }
}
