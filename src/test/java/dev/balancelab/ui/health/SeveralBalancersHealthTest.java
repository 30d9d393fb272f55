package dev.balancelab.ui.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.balancelab.domain.FailureKind;
import dev.balancelab.domain.FailureMode;
import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.HealthState;
import dev.balancelab.domain.ServerId;
import dev.balancelab.telemetry.Accounting;
import dev.balancelab.telemetry.BalancerMetrics;
import dev.balancelab.telemetry.LabEvent;
import dev.balancelab.telemetry.LatencyRecorder;
import dev.balancelab.telemetry.MetricsSnapshot;
import dev.balancelab.ui.TierTopologies;
import dev.balancelab.ui.common.FakeLab;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The heartbeat monitor of a lab of several balancers (issue 14): one set of rows per balancer, each fed by its own
 * health checker's events (the first's bare, the others' named), shown one balancer at a time.
 */
class SeveralBalancersHealthTest {
    private static final HealthCheckSpec FAST = new HealthCheckSpec(200, 100, 3, 2);
    private static final ServerId S2 = ServerId.of("s2");
    private static final long MS = 1_000_000;
    private static final LatencyRecorder.Percentiles NONE = new LatencyRecorder.Percentiles(0, 0, 0, 0);

    @Test
    void eachBalancerHasItsRowsAndTheVipHolderIsShownFirst() {
        FakeLab lab = new FakeLab(TierTopologies.vipPair(FAST, 1000), null);
        lab.vipHolder = "lb2";
        var vm = new HealthMonitorViewModel(lab, lab.topology(), lab.feed());
        assertEquals(List.of("lb1", "lb2"), vm.balancers());
        assertEquals("lb2", vm.balancerProperty().get(), "the VIP holder first");
        assertEquals("lb2: heartbeat every 200 ms · timeout 100 ms · fall 3 · rise 2", vm.policy());
    }

    @Test
    void aBalancerInARegionChecksOnlyItsRegionsServers() {
        FakeLab lab = new FakeLab(TierTopologies.regions(FAST), null);
        var vm = new HealthMonitorViewModel(lab, lab.topology(), lab.feed());
        assertEquals("lb1", vm.balancerProperty().get(), "no VIP: the first");
        assertEquals(List.of("s1", "s2"), ids(vm));
        vm.balancerProperty().set("lb2");
        assertEquals(List.of("s3", "s4"), ids(vm));
    }

    @Test
    void theSecondBalancersNamedEventsReachOnlyItsRowsAndNameIt() {
        FakeLab lab = new FakeLab(TierTopologies.vipPair(FAST, 1000), null);
        var vm = new HealthMonitorViewModel(lab, lab.topology(), lab.feed());
        lab.events.offer(new LabEvent.Injected(S2, FailureMode.of(FailureKind.CRASH), 100 * MS));
        lab.events.offer(named(new LabEvent.Heartbeat(S2, false, 0, 200 * MS)));
        lab.events.offer(named(new LabEvent.Heartbeat(S2, false, 0, 400 * MS)));
        lab.events.offer(named(new LabEvent.HealthChanged(S2, HealthState.UP, HealthState.SUSPECT, 200 * MS)));
        lab.events.offer(named(new LabEvent.HealthChanged(S2, HealthState.SUSPECT, HealthState.DOWN, 600 * MS)));
        lab.feed().pulse();

        HealthRowModel lb1 = vm.rows().get(1);
        assertEquals(HealthState.UP, lb1.stateProperty().get(), "lb1's checker has not noticed yet");
        assertEquals(0, lb1.beats().size());
        assertEquals(1, lb1.failures().size(), "the kill is marked on every balancer's row of s2");
        vm.balancerProperty().set("lb2");
        HealthRowModel lb2 = vm.rows().get(1);
        assertEquals(HealthState.DOWN, lb2.stateProperty().get());
        assertEquals(2, lb2.beats().size());
        assertEquals("2/3", lb2.missesProperty().get(), "counted from lb2's own heartbeats");
        assertEquals("0 ms", lb2.rttProperty().get());
        assertEquals(
                "lb2: killed at 0.1 s → DOWN after 0.50 s\n≈ fall × interval = 3 × 0.2 s = 0.6 s",
                lb2.detectionProperty().get());
    }

    @Test
    void atTheSampleTheOtherBalancersTakeTheirOwnViewAndTheFirstTheSnapshots() {
        FakeLab lab = new FakeLab(TierTopologies.vipPair(FAST, 1000), null);
        var vm = new HealthMonitorViewModel(lab, lab.topology(), lab.feed());
        Map<ServerId, HealthState> view = new LinkedHashMap<>();
        lab.topology().servers().forEach(s -> view.put(s.id(), HealthState.UP));
        view.put(S2, HealthState.EJECTED);
        lab.balancers = List.of(
                new BalancerMetrics("lb1", true, true, 0, 0, 0, 0, 0, Map.of()),
                new BalancerMetrics("lb2", true, false, 0, 0, 0, 0, 0, view));
        lab.nextSnapshot =
                new MetricsSnapshot(1000, new Accounting.Counts(0, 0, 0, 0, 0, 0, 0), NONE, Map.of(), 0, NONE);
        lab.feed().sample();

        assertEquals(HealthState.UP, vm.rows().get(1).stateProperty().get());
        vm.balancerProperty().set("lb2");
        assertEquals(HealthState.EJECTED, vm.rows().get(1).stateProperty().get());
        assertEquals(S2.value(), vm.attentionOrder().get(0).id(), "lb2's ejected server on top");
    }

    private static LabEvent named(LabEvent event) {
        return new LabEvent.OfBalancer("lb2", event);
    }

    private static List<String> ids(HealthMonitorViewModel vm) {
        return vm.rows().stream().map(HealthRowModel::id).toList();
    }
}
