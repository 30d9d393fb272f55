package dev.balancelab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.BalancerInstance;
import dev.balancelab.domain.ClientRetrySpec;
import dev.balancelab.domain.DnsSpec;
import dev.balancelab.domain.GlobalPolicy;
import dev.balancelab.domain.Regions;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.Topology;
import dev.balancelab.domain.VipSpec;
import dev.balancelab.domain.VrrpMember;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The balancer tier in topology files (issue 14): balancers[], vip, dns, regions, clientRetry, region on nodes. */
class FrontendFileTest {
    /** A valid file with two balancers in two regions; each case breaks one thing. Line 9 is the vip. */
    private static final String VALID = """
            {
              "schemaVersion": 1,
              "clients": [{"id": "c1", "region": "eu"}],
              "balancers": [
                {"id": "lb1", "region": "eu", "algorithm": "round-robin"},
                {"id": "lb2", "region": "eu", "algorithm": "least-connections"}
              ],
              "regions": {"latencyMs": 80, "policy": "weighted", "sites": [{"id": "eu", "weight": 3}, {"id": "us"}]},
              "vip": {"members": [{"balancer": "lb1", "priority": 200}, {"balancer": "lb2", "priority": 100}]},
              "dns": {"ttlMs": 5000, "ignoreTtlShare": 0.25},
              "clientRetry": {"attempts": 3, "backoffMs": 200},
              "servers": [{"id": "s1", "region": "eu"}, {"id": "s2", "region": "us"}],
              "scenario": [{"atMs": 1000, "type": "kill", "server": "lb2"}, {"atMs": 2000, "type": "kill", "server": "us"}]
            }
            """;

    @Test
    void everyPartLoads() throws Exception {
        Topology t = TopologyFiles.read(VALID, "lab.json");
        assertEquals(
                List.of("lb1", "lb2"),
                t.balancers().stream().map(BalancerInstance::id).toList());
        assertEquals(t.balancer(), t.balancers().get(0).spec());
        assertEquals(
                new VipSpec("10.0.0.100", List.of(new VrrpMember("lb1", 200), new VrrpMember("lb2", 100)), 1000, true),
                t.front().vip());
        assertEquals(new DnsSpec(5000, 0.25, List.of("lb1", "lb2")), t.front().dns());
        assertEquals(new ClientRetrySpec(3, 200), t.front().clientRetry());
        Regions r = t.front().regions();
        assertEquals(GlobalPolicy.WEIGHTED, r.policy());
        assertEquals(List.of("eu", "us"), List.copyOf(r.weights().keySet()));
        assertEquals(1.0, r.weights().get("us"));
        assertEquals("us", r.ofServer(ServerId.of("s2")));
        assertEquals("eu", r.ofClient("c1"));
        assertEquals(80, r.latencyMs("eu", "us"));
        assertEquals(0, r.latencyMs("eu", "eu"));
    }

    @Test
    void everyPartSurvivesWriteThenRead() throws Exception {
        Topology t = TopologyFiles.read(VALID, "lab.json");
        String json = TopologyFiles.write(t);
        assertTrue(json.contains("\"balancers\"") && !json.contains("\"balancer\": {"), json);
        assertEquals(t, TopologyFiles.read(json, "again.json"));
    }

    @Test
    void theSingleBalancerLoadsAsLb1AndIsWrittenAsBefore() throws Exception {
        Topology t = SampleTopologies.load("01-round-robin-basics.json");
        assertEquals(
                List.of("lb1"), t.balancers().stream().map(BalancerInstance::id).toList());
        assertTrue(t.front().single());
        assertNull(t.front().vip());
        String json = TopologyFiles.write(t);
        assertTrue(json.contains("\"balancer\": {") && !json.contains("balancers"), json);
    }

    @Test
    void editingTheFirstBalancerKeepsTheListInStep() throws Exception {
        Topology t = TopologyFiles.read(VALID, "lab.json");
        Topology edited = t.withBalancer(t.balancer().withAlgorithm(dev.balancelab.domain.AlgorithmKind.MAGLEV));
        assertEquals(edited.balancer(), edited.balancers().get(0).spec());
        assertEquals(t.balancers().get(1), edited.balancers().get(1));
    }

    static Stream<Arguments> malformed() {
        Map<String, String[]> cases = new LinkedHashMap<>();
        cases.put("both balancer and balancers", new String[] {
            "\"clients\"",
            "\"balancer\": {\"algorithm\": \"random\"}, \"clients\"",
            "lab.json:4:16: balancers: a file needs either \"balancer\" or \"balancers\", not both or neither"
        });
        cases.put("priority 255", new String[] {
            "\"priority\": 200", "\"priority\": 255", "lab.json:9:55: vip.members[0].priority: must be <= 254, was 255"
        });
        cases.put("priority 0", new String[] {
            "\"priority\": 100", "\"priority\": 0", "lab.json:9:93: vip.members[1].priority: must be >= 1, was 0"
        });
        cases.put("unknown VIP member", new String[] {
            "{\"balancer\": \"lb2\", \"priority\": 100}",
            "{\"balancer\": \"lb7\", \"priority\": 100}",
            "lab.json:9:74: vip.members[1].balancer: no balancer \"lb7\" (balancers: lb1, lb2)"
        });
        cases.put("one VIP member", new String[] {
            ", {\"balancer\": \"lb2\", \"priority\": 100}]",
            "]",
            "lab.json:9:22: vip.members: a VRRP group needs at least two balancers, has 1"
        });
        cases.put("unknown region", new String[] {
            "{\"id\": \"s2\", \"region\": \"us\"}",
            "{\"id\": \"s2\", \"region\": \"asia\"}",
            "lab.json:12:68: servers[1].region: no region \"asia\" in regions.sites (eu, us)"
        });
        cases.put("bad policy", new String[] {
            "\"weighted\"",
            "\"closest\"",
            "lab.json:8:42: regions.policy: must be one of nearest, weighted, failover; was \"closest\""
        });
        cases.put("share above 1", new String[] {
            "\"ignoreTtlShare\": 0.25",
            "\"ignoreTtlShare\": 1.5",
            "lab.json:10:44: dns.ignoreTtlShare: must be <= 1, was 1.5"
        });
        cases.put("duplicate balancer", new String[] {
            "{\"id\": \"lb2\", \"region\"",
            "{\"id\": \"lb1\", \"region\"",
            "lab.json:6:12: balancers[1].id: duplicate balancer id \"lb1\""
        });
        cases.put("balancer named like a server", new String[] {
            "{\"id\": \"lb2\", \"region\"",
            "{\"id\": \"s1\", \"region\"",
            "lab.json:6:12: balancers[1].id: balancer id \"s1\" is also a server's id"
        });
        cases.put("client retries 0", new String[] {
            "\"attempts\": 3", "\"attempts\": 0", "lab.json:11:31: clientRetry.attempts: must be >= 1, was 0"
        });
        cases.put("kill of nothing", new String[] {
            "\"server\": \"us\"",
            "\"server\": \"mars\"",
            "lab.json:13:106: scenario[1].server: no server, storage node, balancer or region has id \"mars\""
        });
        return cases.entrySet().stream()
                .map(e -> Arguments.of(e.getKey(), VALID.replace(e.getValue()[0], e.getValue()[1]), e.getValue()[2]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void badValuesGiveOneLineNamingTheField(String what, String json, String message) {
        assertTrue(!json.equals(VALID), what + ": the case changed nothing");
        TopologyFileException e = assertThrows(TopologyFileException.class, () -> TopologyFiles.read(json, "lab.json"));
        assertEquals(message, e.getMessage());
    }
}
