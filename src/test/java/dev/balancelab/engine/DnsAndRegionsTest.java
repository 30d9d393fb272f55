package dev.balancelab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.BalancerInstance;
import dev.balancelab.domain.ClientRetrySpec;
import dev.balancelab.domain.DnsSpec;
import dev.balancelab.domain.GlobalPolicy;
import dev.balancelab.domain.Regions;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.Topology;
import dev.balancelab.telemetry.DnsCounts;
import dev.balancelab.telemetry.LabEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** DNS round robin with TTLs and regions in virtual time (issue 14). */
class DnsAndRegionsTest {
    private static Topology dns(double rate, int users, long ttlMs, double ignoreShare) {
        Topology t = BalancerTierTest.pair(rate, ClientRetrySpec.NONE);
        t = t.withClients(List.of(t.clients().get(0).withUsers(users)));
        return t.withFront(t.front().withDns(new DnsSpec(ttlMs, ignoreShare, List.of("lb1", "lb2"))));
    }

    @Test
    void aUserAsksAgainAtTheFirstRequestAfterItsAnswerExpires() {
        try (EngineProbe lab = new EngineProbe(dns(100, 1, 2_000, 0), 7, 1 << 16)) {
            lab.engine.start();
            lab.time.advanceBy(9_000);
            List<LabEvent> events = lab.drain();
            List<Long> queries = events.stream()
                    .filter(e -> e instanceof LabEvent.DnsAnswered)
                    .map(LabEvent::nanos)
                    .toList();
            assertEquals(5, queries.size(), "at 0 and after 2, 4, 6, 8 s: " + queries);
            List<Long> sends = events.stream()
                    .filter(e -> e instanceof LabEvent.Routed)
                    .map(LabEvent::nanos)
                    .toList();
            for (int i = 1; i < queries.size(); i++) {
                long expiry = queries.get(i - 1) + 2_000_000_000L;
                long firstAfter =
                        sends.stream().filter(t -> t >= expiry).findFirst().orElseThrow();
                assertEquals(firstAfter, queries.get(i), "query " + i + " at the first request from " + expiry);
            }
            DnsCounts c = lab.engine.dnsCounts();
            assertEquals(5, c.queries());
            assertEquals(sends.size() - 5, c.cacheHits());
        }
    }

    @Test
    void afterAKillRequestsFailUntilTheCachedAnswersExpire() {
        try (EngineProbe lab = new EngineProbe(dns(200, 50, 5_000, 0), 7, 1 << 16)) {
            lab.engine.start();
            lab.time.advanceBy(1_000);
            lab.drain();
            lab.engine.kill(ServerId.of("lb1"));
            lab.time.advanceBy(8_000);
            List<LabEvent.Routed> refused = refused(lab.drain());
            assertTrue(refused.size() > 100, "stale answers fail for a while: " + refused.size());
            long last = refused.get(refused.size() - 1).nanos();
            assertTrue(last < 6_000_000_000L, "none after the last cached answer expired (by 1 s + TTL): " + last);
            assertEquals(refused.size(), lab.engine.dnsCounts().staleAnswers());
        }
    }

    @Test
    void usersThatIgnoreTheTtlFailForGood() {
        try (EngineProbe lab = new EngineProbe(dns(200, 50, 5_000, 0.2), 7, 1 << 16)) {
            lab.engine.start();
            lab.time.advanceBy(1_000);
            lab.engine.kill(ServerId.of("lb1"));
            lab.time.advanceBy(8_000);
            lab.drain();
            lab.time.advanceBy(5_000);
            List<LabEvent.Routed> refused = refused(lab.drain());
            assertTrue(refused.size() > 20, "the pinned users of lb1 still fail 13 s later: " + refused.size());
            assertEquals(10, lab.engine.dnsCounts().pinnedUsers(), "20 % of 50 users");
        }
    }

    private static Topology regions(GlobalPolicy policy) {
        Topology t = BalancerTierTest.pair(100, new ClientRetrySpec(3, 100));
        var lb1 = new BalancerInstance("lb1", "eu", t.balancer());
        var lb2 = new BalancerInstance("lb2", "us", t.balancer());
        Map<String, Double> sites = new LinkedHashMap<>();
        sites.put("eu", 3.0);
        sites.put("us", 1.0);
        var regions = new Regions(
                Map.of(t.clients().get(0).id(), "eu"), Map.of("s1", "eu", "s2", "eu", "s3", "us"), 80, policy, sites);
        return t.withFront(t.front().withRegions(regions).withBalancers(List.of(lb1, lb2)));
    }

    @Test
    void killingASiteMovesTrafficToTheOtherRegionAtTheCostOfItsLatency() {
        try (EngineProbe lab = new EngineProbe(regions(GlobalPolicy.NEAREST), 7, 1 << 16)) {
            lab.engine.start();
            lab.time.advanceBy(5_000);
            double before = lab.engine.snapshot().recentLatency().p50Ms();
            assertTrue(before < 40, "served in eu: " + before);
            assertEquals(0, lab.engine.balancerMetrics().get(1).received(), "nearest: nothing to us while eu is up");
            lab.engine.kill(ServerId.of("eu"));
            lab.time.advanceBy(6_000);
            double after = lab.engine.snapshot().recentLatency().p50Ms();
            assertTrue(after >= 80 + 20, "the 80 ms round trip to us on top of the 20 ms service: " + after);
            assertTrue(lab.engine.balancerMetrics().get(1).completed() > 400);
            assertEquals(0, lab.engine.snapshot().counts().failed(), "client retries moved the lost requests");
        }
    }

    @Test
    void weightedSplitFollowsTheWeights() {
        try (EngineProbe lab = new EngineProbe(regions(GlobalPolicy.WEIGHTED), 7, 1 << 16)) {
            lab.engine.start();
            lab.time.advanceBy(20_000);
            double eu = lab.engine.balancerMetrics().get(0).received();
            double us = lab.engine.balancerMetrics().get(1).received();
            assertEquals(0.75, eu / (eu + us), 0.03, "weights 3 : 1");
        }
    }

    private static List<LabEvent.Routed> refused(List<LabEvent> events) {
        return events.stream()
                .filter(e -> e instanceof LabEvent.Routed r && !r.reached())
                .map(e -> (LabEvent.Routed) e)
                .toList();
    }
}
