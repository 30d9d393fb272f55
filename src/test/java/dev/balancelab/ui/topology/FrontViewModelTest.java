package dev.balancelab.ui.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.HealthState;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.Topology;
import dev.balancelab.telemetry.BalancerMetrics;
import dev.balancelab.telemetry.LabEvent;
import dev.balancelab.ui.TierTopologies;
import dev.balancelab.ui.common.FakeLab;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The balancer tier's state follows the lab's events: keepalived's MASTER / BACKUP / FAULT, the VIP holder, the
 * master-down countdown (RFC 5798 §6.1: 3 × advert + (256 − priority) / 256 × advert), DNS caches expiring after the
 * TTL, sites down, and servers two balancers disagree about.
 */
class FrontViewModelTest {
    private static final long MS = 1_000_000L;
    private final List<String> refused = new ArrayList<>();

    private static FrontViewModel vm(Topology t, FakeLab lab) {
        return new FrontViewModel(lab, t);
    }

    private void apply(FrontViewModel vm, LabEvent e) {
        vm.onEvent(e, (c, b, nanos) -> refused.add(c + "->" + b));
    }

    @Test
    void theHighestPriorityStartsAsMasterAndABackupCountsDownOnceTheAdvertsStop() {
        Topology t = TierTopologies.vipPair(HealthCheckSpec.DEFAULT, 1000);
        FrontViewModel vm = vm(t, new FakeLab(t, null));
        BalancerViewModel lb1 = vm.balancers().get(0);
        BalancerViewModel lb2 = vm.balancers().get(1);
        assertEquals("lb1", vm.holderProperty().get());
        assertEquals(BalancerViewModel.Role.MASTER, lb1.role());
        assertEquals("MASTER", lb1.stateTextProperty().get());
        assertEquals("priority 200", lb1.detailTextProperty().get());
        assertEquals("BACKUP", lb2.stateTextProperty().get());
        assertEquals("priority 100", lb2.detailTextProperty().get());

        apply(vm, new LabEvent.VrrpAdvert(TierTopologies.VIP, "lb1", 200, 5_000 * MS));
        apply(vm, new LabEvent.BalancerChanged("lb1", false, 5_500 * MS));
        assertEquals(BalancerViewModel.Role.FAULT, lb1.role());
        assertEquals("lb1", vm.holderProperty().get(), "the address stays on the dead MASTER until a BACKUP takes it");

        vm.sample(6_500 * MS, List.of());
        // master-down of priority 100 at 1 s adverts: 3 s + 156/256 s = 3.609 s after the last advert (5 s)
        assertEquals("takes over in 2.1 s", lb2.detailTextProperty().get());

        apply(vm, new LabEvent.VipMoved(TierTopologies.VIP, null, "lb2", 8_609 * MS));
        assertEquals("lb2", vm.holderProperty().get());
        assertEquals(BalancerViewModel.Role.MASTER, lb2.role());
        assertTrue(lb2.holderProperty().get());
    }

    @Test
    void aRevivedHigherPriorityRouterWithPreemptIgnoresTheLowerMastersAdvertsAndCountsDown() {
        Topology t = TierTopologies.vipPair(HealthCheckSpec.DEFAULT, 1000);
        FrontViewModel vm = vm(t, new FakeLab(t, null));
        apply(vm, new LabEvent.BalancerChanged("lb1", false, 1_000 * MS));
        apply(vm, new LabEvent.VipMoved(TierTopologies.VIP, null, "lb2", 4_000 * MS));
        apply(vm, new LabEvent.BalancerChanged("lb1", true, 10_000 * MS));
        apply(vm, new LabEvent.VrrpAdvert(TierTopologies.VIP, "lb2", 100, 11_000 * MS));
        vm.sample(12_000 * MS, List.of());
        // priority 200: 3 s + 56/256 s = 3.219 s from its start at 10 s, lower-priority adverts not heard
        assertEquals("BACKUP", vm.balancers().get(0).stateTextProperty().get());
        assertEquals(
                "takes over in 1.2 s",
                vm.balancers().get(0).detailTextProperty().get());
    }

    @Test
    void aTryToADeadBalancerIsDrawnRefusedAndRequestsKeepTheirBalancer() {
        Topology t = TierTopologies.dns(HealthCheckSpec.DEFAULT);
        FrontViewModel vm = vm(t, new FakeLab(t, null));
        apply(vm, new LabEvent.Routed(41, 0, "lb2", true, 0));
        apply(vm, new LabEvent.Routed(42, 1, "lb1", false, 0));
        assertEquals(1, vm.balancerOf(41));
        assertEquals(0, vm.balancerOf(42));
        assertEquals(List.of("1->0"), refused);
    }

    @Test
    void cachedAnswersExpireAfterTheTtlButPinnedOnesStay() {
        Topology t = TierTopologies.dns(HealthCheckSpec.DEFAULT); // TTL 2 s
        FrontViewModel vm = vm(t, new FakeLab(t, null));
        apply(vm, new LabEvent.DnsAnswered(0, "user-0", "lb1", true, 0));
        apply(vm, new LabEvent.DnsAnswered(0, "user-5", "lb1", false, 0));
        apply(vm, new LabEvent.DnsAnswered(0, "user-6", "lb2", false, 1_000 * MS));
        vm.sample(1_500 * MS, List.of());
        assertEquals("cached: lb1 2 · lb2 1", vm.cacheTextProperty(0).get());
        assertEquals("ignore TTL: lb1 1", vm.pinnedTextProperty(0).get());
        vm.sample(2_500 * MS, List.of());
        assertEquals("cached: lb1 1 · lb2 1", vm.cacheTextProperty(0).get(), "user-5's answer expired");
        vm.sample(3_500 * MS, List.of());
        assertEquals("cached: lb1 1", vm.cacheTextProperty(0).get(), "the pinned user keeps lb1 for good");
        assertEquals("cached: —", vm.cacheTextProperty(1).get());
    }

    @Test
    void aSiteIsDownWhenAllItsBalancersAre() {
        Topology t = TierTopologies.regions(HealthCheckSpec.DEFAULT);
        FrontViewModel vm = vm(t, new FakeLab(t, null));
        apply(vm, new LabEvent.BalancerChanged("lb1", false, 0));
        assertEquals(Set.of("eu"), vm.downRegionsProperty().get());
        apply(vm, new LabEvent.BalancerChanged("lb1", true, 0));
        assertEquals(Set.of(), vm.downRegionsProperty().get());
    }

    @Test
    void aBalancerCardKillsAndRevivesItsBalancerAndItsSiteByIdThroughTheLab() {
        Topology t = TierTopologies.regions(HealthCheckSpec.DEFAULT);
        FakeLab lab = new FakeLab(t, null);
        BalancerViewModel lb2 = vm(t, lab).balancers().get(1);
        lb2.kill(true);
        lb2.kill(false);
        lb2.killSite(true);
        assertEquals(List.of("inject lb2 CRASH", "inject lb2 NONE", "inject us CRASH"), lab.calls);
    }

    @Test
    void twoLiveBalancersThatDisagreeAboutAServerAreNamedDeadOnesAreNot() {
        Map<ServerId, HealthState> one = new LinkedHashMap<>();
        one.put(ServerId.of("s1"), HealthState.UP);
        one.put(ServerId.of("s2"), HealthState.UP);
        Map<ServerId, HealthState> two = new LinkedHashMap<>();
        two.put(ServerId.of("s1"), HealthState.DOWN);
        two.put(ServerId.of("s2"), HealthState.UP);
        var lb1 = new BalancerMetrics("lb1", true, false, 0, 0, 0, 0, 0, one);
        var lb2 = new BalancerMetrics("lb2", true, false, 0, 0, 0, 0, 0, two);
        assertEquals(Map.of(ServerId.of("s1"), "lb1: UP, lb2: DOWN"), FrontViewModel.disagreements(List.of(lb1, lb2)));
        var deadLb2 = new BalancerMetrics("lb2", false, false, 0, 0, 0, 0, 0, two);
        assertFalse(FrontViewModel.disagreements(List.of(lb1, deadLb2)).containsKey(ServerId.of("s1")));
    }
}
