package dev.balancelab.ui.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.HealthState;
import dev.balancelab.domain.ServerId;
import dev.balancelab.telemetry.Accounting;
import dev.balancelab.telemetry.LabEvent;
import dev.balancelab.telemetry.LatencyRecorder;
import dev.balancelab.telemetry.MetricsSnapshot;
import dev.balancelab.telemetry.ServerMetrics;
import dev.balancelab.ui.FallbackTopology;
import dev.balancelab.ui.common.FakeLab;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The heartbeat monitor's model fed by a fake lab: rows, heartbeats, health changes, snapshots and frames. */
class HealthMonitorViewModelTest {
    private static final HealthCheckSpec FAST = new HealthCheckSpec(200, 100, 3, 2);
    private static final ServerId S2 = ServerId.of("s2");
    private static final long MS = 1_000_000;
    private static final LatencyRecorder.Percentiles NONE = new LatencyRecorder.Percentiles(0, 0, 0, 0);

    private final FakeLab lab = new FakeLab(FallbackTopology.create(FAST), null);
    private final HealthMonitorViewModel vm = new HealthMonitorViewModel(lab, lab.topology(), lab.feed());

    @Test
    void oneRowPerServerInTopologyOrderAndThePolicyInWords() {
        assertEquals(
                List.of("s1", "s2", "s3", "s4"),
                vm.rows().stream().map(HealthRowModel::id).toList());
        assertEquals("heartbeat every 200 ms · timeout 100 ms · fall 3 · rise 2", vm.policy());
        assertEquals("0/3", row(1).missesProperty().get());
    }

    @Test
    void missedHeartbeatsAndAHealthChangeReachTheServersRow() {
        lab.events.offer(new LabEvent.Heartbeat(S2, true, 2, 200 * MS));
        lab.events.offer(new LabEvent.Heartbeat(S2, false, 100, 400 * MS));
        lab.events.offer(new LabEvent.HealthChanged(S2, HealthState.UP, HealthState.SUSPECT, 400 * MS));
        lab.events.offer(new LabEvent.HealthChanged(S2, HealthState.SUSPECT, HealthState.DOWN, 800 * MS));
        lab.feed().pulse();

        HealthRowModel s2 = row(1);
        assertEquals(HealthState.DOWN, s2.stateProperty().get());
        assertEquals(2, s2.beats().size());
        assertEquals(0, s2.beats().value(1), "the second heartbeat was missed");
        assertEquals(400 * MS, s2.beats().time(1));
        assertEquals(
                "marked DOWN at 0.8 s\n≈ fall × interval = 3 × 0.2 s = 0.6 s",
                s2.detectionProperty().get());
        assertEquals(HealthState.UP, row(0).stateProperty().get(), "other rows untouched");
    }

    @Test
    void eachCheckSpansFromItsStartToItsResultAndAnEjectionIsItsOwnMark() {
        lab.events.offer(new LabEvent.Heartbeat(S2, false, 100, 400 * MS));
        lab.events.offer(new LabEvent.Ejected(S2, 10_000, 10_900 * MS));
        lab.events.offer(new LabEvent.Unejected(S2, 20_900 * MS));
        lab.feed().pulse();
        HealthRowModel s2 = row(1);
        assertEquals(300 * MS, s2.checkStarts().time(0), "a timed-out check started its timeout before its result");
        assertEquals(2, s2.ejections().size());
        assertEquals(10_900 * MS, s2.ejections().time(0));
        assertEquals(1, s2.ejections().value(0), "ejected");
        assertEquals(0, s2.ejections().value(1), "back");
        assertEquals(0, s2.states().size(), "an ejection is not a state of the active check");

        lab.events.offer(new LabEvent.Ejected(S2, 20_000, 30_000 * MS));
        lab.feed().pulse();
        assertEquals(
                "ejected by outlier detection at 30.0 s · for 20 s",
                s2.detectionProperty().get());
    }

    @Test
    void snapshotsShowStateMissesAndRoundTrip() {
        ServerMetrics suspect = new ServerMetrics(10, 2, 1, HealthState.SUSPECT, false, true, 5, 3.4);
        lab.nextSnapshot = new MetricsSnapshot(
                1000, new Accounting.Counts(0, 0, 0, 0, 0, 0, 0), NONE, Map.of(S2, suspect), 0, NONE);
        lab.feed().sample();

        HealthRowModel s2 = row(1);
        assertEquals(HealthState.SUSPECT, s2.stateProperty().get());
        assertEquals("3/3", s2.missesProperty().get(), "misses stop at fall");
        assertEquals("3 ms", s2.rttProperty().get());
    }

    @Test
    void eachFrameGetsTheLabTimeAfterItsEvents() {
        List<Long> frames = new ArrayList<>();
        List<Integer> beatsSeen = new ArrayList<>();
        vm.setOnFrame(now -> {
            frames.add(now);
            beatsSeen.add(row(1).beats().size());
        });
        lab.now = 1_234 * MS;
        lab.events.offer(new LabEvent.Heartbeat(S2, true, 2, 1_200 * MS));
        lab.feed().pulse();

        assertEquals(List.of(1_234 * MS), frames);
        assertEquals(List.of(1), beatsSeen);
    }

    private HealthRowModel row(int i) {
        return vm.rows().get(i);
    }
}
