package dev.balancelab.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.Topology;
import org.junit.jupiter.api.Test;

/** The exports describe the first balancer of a balancer tier and name what they leave out (issue 14). */
class TierExportTest {
    @Test
    void bothExportsNameTheVipAndTheOtherBalancer() throws Exception {
        Topology lesson = SampleTopologies.load("40-ha-vip-failover-preempt.json");
        String note = "# the first balancer (lb1) only; left out: the other 1 balancer(s), the VIP 10.0.0.100 (a"
                + " keepalived vrrp_instance on each balancer)\n";
        String nginx = NginxExport.export(lesson, "backend");
        String haproxy = HaproxyExport.export(lesson, "backend");
        assertTrue(nginx.contains(note + "upstream backend {"), nginx);
        assertTrue(haproxy.contains(note + "backend backend"), haproxy);
        assertTrue(nginx.contains("server") && haproxy.contains("server s1"), "the servers are still there");
    }

    @Test
    void dnsAndRegionsAreNamedToo() throws Exception {
        String dns = NginxExport.export(SampleTopologies.load("41-ha-dns-ttl-drain.json"), "backend");
        assertTrue(dns.contains("the DNS name (one A record per balancer, TTL 10 s)"), dns);
        String regions = HaproxyExport.export(SampleTopologies.load("42-ha-regional-failover.json"), "backend");
        assertTrue(
                regions.contains("# the first balancer (lb-eu) only; left out: the other 1 balancer(s), the regions"),
                regions);
    }

    @Test
    void aPlainLabHasNoNote() throws Exception {
        Topology basics = SampleTopologies.load("01-round-robin-basics.json");
        assertFalse(NginxExport.export(basics, "backend").contains("left out"));
    }
}
