package dev.balancelab.ui;

import dev.balancelab.domain.BalancerInstance;
import dev.balancelab.domain.ClientRetrySpec;
import dev.balancelab.domain.DnsSpec;
import dev.balancelab.domain.Frontend;
import dev.balancelab.domain.GlobalPolicy;
import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.Regions;
import dev.balancelab.domain.Topology;
import dev.balancelab.domain.VipSpec;
import dev.balancelab.domain.VrrpMember;
import dev.balancelab.io.SampleTopologies;
import dev.balancelab.io.TopologyFileException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Labs of several balancers (issue 14) built in code on {@link FallbackTopology}: a VIP pair, DNS, two regions. */
public final class TierTopologies {
    /** The virtual address of {@link #vipPair}. */
    public static final String VIP = "10.0.0.100";

    private TierTopologies() {}

    /** lb1 (priority 200) and lb2 (priority 100) share {@link #VIP}, adverts every {@code advertMs}, preempt on. */
    public static Topology vipPair(HealthCheckSpec health, long advertMs) {
        Topology t = FallbackTopology.create(health);
        VipSpec vip = new VipSpec(VIP, List.of(new VrrpMember("lb1", 200), new VrrpMember("lb2", 100)), advertMs, true);
        return t.withFront(
                new Frontend("lb1", "", second(t, ""), vip, null, Regions.NONE, new ClientRetrySpec(3, 100)));
    }

    /** lb1 and lb2 behind a DNS name with a 2 s TTL that a tenth of the users ignore. */
    public static Topology dns(HealthCheckSpec health) {
        Topology t = FallbackTopology.create(health);
        DnsSpec dns = new DnsSpec(2_000, 0.1, List.of("lb1", "lb2"));
        return t.withFront(new Frontend("lb1", "", second(t, ""), null, dns, Regions.NONE, ClientRetrySpec.NONE));
    }

    /** Two sites, eu (lb1, s1, s2) and us (lb2, s3, s4), 80 ms apart, nearest region first. */
    public static Topology regions(HealthCheckSpec health) {
        Topology t = FallbackTopology.create(health);
        Map<String, Double> weights = new LinkedHashMap<>();
        weights.put("eu", 1.0);
        weights.put("us", 1.0);
        Regions regions = new Regions(
                Map.of("c1", "eu", "c2", "eu", "c3", "us"),
                Map.of("s1", "eu", "s2", "eu", "s3", "us", "s4", "us"),
                80,
                GlobalPolicy.NEAREST,
                weights);
        return t.withFront(new Frontend("lb1", "eu", second(t, "us"), null, null, regions, new ClientRetrySpec(2, 50)));
    }

    /** Lesson 40 (the VIP pair with preempt) with adverts every {@code advertMs}, so that a test's failover is short. */
    public static Topology lesson40(long advertMs) {
        try {
            Topology lesson = SampleTopologies.load("40-ha-vip-failover-preempt.json");
            VipSpec vip = lesson.front().vip();
            VipSpec fast = new VipSpec(vip.address(), vip.members(), advertMs, vip.preempt());
            return lesson.withFront(lesson.front().withVip(fast));
        } catch (TopologyFileException e) {
            throw new IllegalStateException(e);
        }
    }

    /** lb2, with lb1's settings, in {@code region}. */
    private static List<BalancerInstance> second(Topology t, String region) {
        return List.of(new BalancerInstance("lb2", region, t.balancer()));
    }
}
