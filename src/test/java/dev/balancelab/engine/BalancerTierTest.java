package dev.balancelab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.BalancerInstance;
import dev.balancelab.domain.ClientRetrySpec;
import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.HealthState;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.Topology;
import dev.balancelab.domain.VipSpec;
import dev.balancelab.domain.VrrpMember;
import dev.balancelab.telemetry.Accounting;
import dev.balancelab.telemetry.BalancerMetrics;
import dev.balancelab.telemetry.LabEvent;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Several balancers and a VRRP virtual IP in virtual time (issue 14). The VRRP figures are RFC 5798 §6.1's: advert
 * 1000 ms, Skew_Time = (256 − priority) × 1000 / 256 ms, Master_Down_Interval = 3 × 1000 ms + Skew_Time: 3609.375 ms
 * for priority 100, 3414.0625 ms for priority 150.
 */
class BalancerTierTest {
    private static final ServerId LB1 = ServerId.of("lb1");
    private static final long MASTER_DOWN_100_NANOS = 3_609_375_000L;
    private static final long MASTER_DOWN_150_NANOS = 3_414_062_500L;

    /** Two balancers over three servers, clients at {@code rate}, and the client retries given. */
    static Topology pair(double rate, ClientRetrySpec retry) {
        Topology t = Topologies.of(3, rate, 20, 2, HealthCheckSpec.DEFAULT);
        var lb1 = new BalancerInstance("lb1", "", t.balancer());
        var lb2 = new BalancerInstance("lb2", "", t.balancer());
        return t.withFront(t.front().withBalancers(List.of(lb1, lb2)).withClientRetry(retry));
    }

    static Topology vip(double rate, boolean preempt, ClientRetrySpec retry) {
        Topology t = pair(rate, retry);
        var spec = new VipSpec(
                "10.0.0.100", List.of(new VrrpMember("lb1", 150), new VrrpMember("lb2", 100)), 1000, preempt);
        return t.withFront(t.front().withVip(spec));
    }

    @Test
    void everyRequestEndsCompletedOrFailedAcrossABalancerKill() {
        try (EngineProbe lab = new EngineProbe(pair(200, new ClientRetrySpec(3, 50)), 3, 1 << 16)) {
            lab.engine.start();
            lab.run(1_000);
            lab.engine.kill(LB1);
            lab.run(1_000);
            lab.engine.revive(LB1);
            lab.run(500);
            lab.engine.stopTraffic();
            lab.run(2_000);
            Accounting.Counts c = lab.engine.snapshot().counts();
            assertEquals(0, c.inFlight(), "every request ended: " + c);
            assertEquals(c.sent(), c.completed() + c.failed(), "none lost: " + c);
            BalancerMetrics lb1 = lab.engine.balancerMetrics().get(0);
            assertTrue(lb1.lost() > 0, "requests were in flight through lb1 when it died: " + lb1);
            assertTrue(lb1.refused() > 0, "lb1 refused tries while down: " + lb1);
            assertEquals(0, c.failed(), "the client retries recovered every lost or refused try on lb2: " + c);
            assertTrue(lab.engine.clientRetries() >= lb1.lost() + lb1.refused(), "one client retry per failed try");
        }
    }

    @Test
    void withoutClientRetriesTheLostRequestsFail() {
        try (EngineProbe lab = new EngineProbe(pair(200, ClientRetrySpec.NONE), 3, 1 << 16)) {
            lab.engine.start();
            lab.time.advanceBy(1_000);
            lab.engine.kill(LB1);
            lab.time.advanceBy(1_000);
            lab.engine.stopTraffic();
            lab.time.advanceBy(2_000);
            Accounting.Counts c = lab.engine.snapshot().counts();
            BalancerMetrics lb1 = lab.engine.balancerMetrics().get(0);
            assertEquals(c.sent(), c.completed() + c.failed(), "none lost: " + c);
            assertEquals(lb1.lost() + lb1.refused(), c.failed(), "each lost or refused try is a failed request");
        }
    }

    @Test
    void eachBalancerHasItsOwnHealthView() {
        try (EngineProbe lab = new EngineProbe(pair(10, ClientRetrySpec.NONE), 3, 1 << 16)) {
            lab.engine.start();
            lab.time.advanceBy(1_000);
            lab.engine.kill(LB1);
            lab.engine.kill(ServerId.of("s1"));
            lab.time.advanceBy(5_000);
            List<BalancerMetrics> m = lab.engine.balancerMetrics();
            assertEquals(HealthState.UP, m.get(0).view().get(ServerId.of("s1")), "dead lb1 still thinks s1 is UP");
            assertEquals(HealthState.DOWN, m.get(1).view().get(ServerId.of("s1")), "lb2 found s1 DOWN");
        }
    }

    @Test
    void theOtherBalancersHealthEventsReachTheWindowNamedAndTheirAttemptsBare() {
        try (EngineProbe lab = new EngineProbe(pair(20, ClientRetrySpec.NONE), 3, 1 << 16)) {
            lab.engine.start();
            lab.time.advanceBy(1_000);
            lab.engine.kill(ServerId.of("s1"));
            lab.time.advanceBy(5_000);
            List<LabEvent> events = lab.drain();
            List<LabEvent.OfBalancer> named = events.stream()
                    .filter(LabEvent.OfBalancer.class::isInstance)
                    .map(LabEvent.OfBalancer.class::cast)
                    .toList();
            assertTrue(named.stream().allMatch(e -> e.balancer().equals("lb2")), "only lb2's are named");
            assertTrue(
                    named.stream()
                            .anyMatch(e -> e.event() instanceof LabEvent.HealthChanged c
                                    && c.server().equals(ServerId.of("s1"))
                                    && c.to() == HealthState.DOWN),
                    "lb2's checker marked s1 DOWN, and says so");
            assertTrue(
                    events.stream()
                            .anyMatch(e -> e instanceof LabEvent.HealthChanged c
                                    && c.server().equals(ServerId.of("s1"))
                                    && c.to() == HealthState.DOWN),
                    "lb1's change comes bare, as in a lab of one balancer");
            assertTrue(
                    lab.engine.history().stream()
                            .anyMatch(e ->
                                    e instanceof LabEvent.OfBalancer o && o.event() instanceof LabEvent.HealthChanged),
                    "lb2's changes are kept for views built later");
            Set<Long> viaLb2 = events.stream()
                    .filter(e -> e instanceof LabEvent.Routed r && "lb2".equals(r.balancer()))
                    .map(e -> ((LabEvent.Routed) e).requestId())
                    .collect(Collectors.toSet());
            assertTrue(
                    events.stream()
                            .anyMatch(e -> e instanceof LabEvent.AttemptStarted a && viaLb2.contains(a.requestId())),
                    "requests through lb2 start their attempts in the window's queue (their dots)");
        }
    }

    @Test
    void theBackupTakesTheVipExactlyOneMasterDownIntervalAfterTheLastAdvert() {
        try (EngineProbe lab = new EngineProbe(vip(50, true, ClientRetrySpec.NONE), 3, 1 << 16)) {
            lab.engine.start();
            lab.time.advanceBy(2_500);
            assertEquals("lb1", lab.engine.vipHolder(), "the higher priority starts as MASTER");
            lab.engine.kill(LB1);
            lab.time.advanceBy(5_000);
            List<LabEvent.VipMoved> moves = moves(lab);
            assertEquals(2, moves.size(), "start and failover: " + moves);
            assertNull(moves.get(0).from());
            assertEquals(
                    new LabEvent.VipMoved("10.0.0.100", "lb1", "lb2", 2_000_000_000L + MASTER_DOWN_100_NANOS),
                    moves.get(1));
            List<String> advertisers = adverts(lab, 0, Long.MAX_VALUE);
            assertTrue(advertisers.containsAll(List.of("lb1", "lb2")), "both advertised in turn");
        }
    }

    @Test
    void withPreemptTheRevivedMasterTakesTheVipBackAfterItsMasterDownInterval() {
        try (EngineProbe lab = new EngineProbe(vip(50, true, ClientRetrySpec.NONE), 3, 1 << 16)) {
            killAt2500AndReviveAt8000(lab);
            lab.time.advanceBy(6_000);
            List<LabEvent.VipMoved> moves = moves(lab);
            assertEquals(3, moves.size(), moves.toString());
            assertEquals(
                    new LabEvent.VipMoved("10.0.0.100", "lb2", "lb1", 8_000_000_000L + MASTER_DOWN_150_NANOS),
                    moves.get(2));
            assertEquals(
                    List.of("lb1"),
                    adverts(lab, 12_000_000_000L, Long.MAX_VALUE).stream()
                            .distinct()
                            .toList(),
                    "lb2 stepped down");
        }
    }

    @Test
    void withoutPreemptTheBackupKeepsTheVip() {
        try (EngineProbe lab = new EngineProbe(vip(50, false, ClientRetrySpec.NONE), 3, 1 << 16)) {
            killAt2500AndReviveAt8000(lab);
            lab.time.advanceBy(10_000);
            assertEquals(2, moves(lab).size(), moves(lab).toString());
            assertEquals("lb2", lab.engine.vipHolder());
            assertEquals(
                    List.of("lb2"),
                    adverts(lab, 9_000_000_000L, Long.MAX_VALUE).stream()
                            .distinct()
                            .toList());
        }
    }

    @Test
    void clientRetriesRecoverTheVipFailover() {
        try (EngineProbe lab = new EngineProbe(vip(100, true, new ClientRetrySpec(6, 1_000)), 3, 1 << 16)) {
            lab.engine.start();
            lab.time.advanceBy(2_500);
            lab.engine.kill(LB1);
            lab.time.advanceBy(6_000);
            lab.engine.stopTraffic();
            lab.time.advanceBy(8_000);
            Accounting.Counts c = lab.engine.snapshot().counts();
            assertEquals(0, c.inFlight(), c.toString());
            assertEquals(c.sent(), c.completed(), "6 tries 1 s apart outlast the 3.6 s without a MASTER: " + c);
            assertTrue(lab.engine.balancerMetrics().get(1).received() > 0);
        }
    }

    /** Starts the lab, kills lb1 at 2.5 s (its last advert left at 2 s) and revives it at 8 s. */
    private static void killAt2500AndReviveAt8000(EngineProbe lab) {
        lab.engine.start();
        lab.time.advanceBy(2_500);
        lab.engine.kill(LB1);
        lab.time.advanceBy(5_500);
        lab.engine.revive(LB1);
    }

    private static List<LabEvent.VipMoved> moves(EngineProbe lab) {
        return lab.engine.history().stream()
                .filter(e -> e instanceof LabEvent.VipMoved)
                .map(e -> (LabEvent.VipMoved) e)
                .toList();
    }

    /** Who advertised between {@code from} and {@code to} (lab ns); drains the event queue. */
    private static List<String> adverts(EngineProbe lab, long from, long to) {
        return lab.drain().stream()
                .filter(e -> e instanceof LabEvent.VrrpAdvert a && a.nanos() >= from && a.nanos() < to)
                .map(e -> ((LabEvent.VrrpAdvert) e).from())
                .toList();
    }
}
