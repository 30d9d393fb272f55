package dev.balancelab.balancing;

import static dev.balancelab.balancing.Fixtures.CONFIG;
import static dev.balancelab.balancing.Fixtures.byId;
import static dev.balancelab.balancing.Fixtures.endpoints;
import static dev.balancelab.balancing.Fixtures.picks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.ServerId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Picker generations: which state survives a rebuild. Expected SWRR sequences follow {@code ngx_http_upstream_get_peer}
 * ({@code ngx_http_upstream_round_robin.c}) with the peers' {@code current_weight} kept across the change, traced by
 * hand.
 */
class LoadBalancerTest {
    private static LoadBalancer balancer(Algorithm algorithm, String servers) {
        LoadBalancer lb = new LoadBalancer(algorithm, CONFIG);
        lb.putServers(endpoints(servers));
        return lb;
    }

    private static Endpoint endpoint(LoadBalancer lb, String id) {
        return byId(lb.picker().endpoints(), id);
    }

    /** Puts {@code id} again with {@code weight} and its own stats. */
    private static void reweigh(LoadBalancer lb, String id, int weight) {
        lb.putServer(ServerId.of(id), weight, endpoint(lb, id).stats());
    }

    @Test
    void samePutServerAgainLeavesThePickerAndItsSequenceAlone() {
        LoadBalancer lb = balancer(new SmoothWeightedRoundRobin(), "a:5,b:1,c:1");
        Picker before = lb.picker();
        assertEquals("a a b", picks(before, 3));
        reweigh(lb, "b", 1);
        lb.putServers(before.endpoints());
        assertSame(before, lb.picker());
        assertEquals("a c a a", picks(lb.picker(), 4));
    }

    /** A rebuild over the same servers (here: b's stats replaced) continues each sequence where it was. */
    @ParameterizedTest(name = "{0} {1}: {2} | {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "smooth | a:5,b:1,c:1 | a a b | a c a a a a b",
                "plain  | a,b,c       | a b   | c a b c",
                "least  | a,b,c       | a b   | c a b c",
                "wlc    | a:5,b:1,c:1 | a a b | a c a a",
            })
    void roundRobinCursorsContinueAfterARebuildOverTheSameSet(
            String kind, String servers, String before, String after) {
        Algorithm algorithm = switch (kind) {
            case "smooth" -> new SmoothWeightedRoundRobin();
            case "plain" -> new RoundRobin();
            case "wlc" -> new WeightedLeastConnections(); // ties: smooth WRR among the tied
            default -> new LeastConnections(); // ties: the least recently picked
        };
        LoadBalancer lb = balancer(algorithm, servers);
        Picker first = lb.picker();
        assertEquals(before, picks(first, before.split(" ").length));
        lb.putServer(ServerId.of("b"), endpoint(lb, "b").weight(), new LoadStats(1000));
        assertNotSame(first, lb.picker());
        assertEquals(after, picks(lb.picker(), after.split(" ").length));
    }

    @Test
    void smoothWeightedRoundRobinKeepsCurrentWeightsAcrossAWeightChange() {
        LoadBalancer lb = balancer(new SmoothWeightedRoundRobin(), "a:5,b:1,c:1");
        assertEquals("a a b", picks(lb.picker(), 3));
        reweigh(lb, "c", 3);
        // current weights a=1 b=-4 c=3 carried over; a fresh picker would give a c a b a c
        assertEquals("a c a c a a", picks(lb.picker(), 6));
    }

    @Test
    void smoothWeightedRoundRobinFreezesAnUnavailableServersCurrentWeight() {
        LoadBalancer lb = balancer(new SmoothWeightedRoundRobin(), "a:5,b:1,c:1");
        assertEquals("a a b", picks(lb.picker(), 3));
        lb.setAvailable(ServerId.of("b"), false);
        assertEquals("a a", picks(lb.picker(), 2));
        lb.setAvailable(ServerId.of("b"), true);
        // b comes back with its frozen -4; restarted at 0 it would give c a a a b a a
        assertEquals("c a a a a c a", picks(lb.picker(), 7));
    }

    @Test
    void randomPickersDrawOnInsteadOfReplayingTheSeed() {
        LoadBalancer lb = new LoadBalancer(new UniformRandom(), CONFIG);
        lb.putServers(Fixtures.servers(20));
        String first = picks(lb.picker(), 20);
        reweigh(lb, "s1", 2);
        String afterRebuild = picks(lb.picker(), 20);
        Picker fresh = new UniformRandom().newPicker(lb.picker().endpoints(), CONFIG);
        assertEquals(first, picks(fresh, 20));
        assertEquals(afterRebuild, picks(fresh, 20));
    }

    @Test
    void theSameAlgorithmAgainKeepsStateAnotherStartsFresh() {
        Algorithm rr = new RoundRobin();
        LoadBalancer lb = balancer(rr, "a,b,c");
        assertEquals("a b", picks(lb.picker(), 2));
        Picker before = lb.picker();
        lb.setAlgorithm(rr);
        assertSame(before, lb.picker());
        lb.setAlgorithm(new SmoothWeightedRoundRobin());
        lb.setAlgorithm(rr);
        assertEquals("a b c", picks(lb.picker(), 3));
    }

    @Test
    void putServersBuildsOnePickerForAllServers() {
        AtomicInteger builds = new AtomicInteger();
        Algorithm counting = new Algorithm() {
            @Override
            public AlgorithmKind kind() {
                return AlgorithmKind.CONSISTENT_HASH;
            }

            @Override
            public Picker newPicker(List<Endpoint> endpoints, PickerConfig config) {
                builds.incrementAndGet();
                return new ConsistentHash().newPicker(endpoints, config);
            }
        };
        LoadBalancer lb = new LoadBalancer(counting, CONFIG);
        lb.putServers(Fixtures.servers(100));
        assertEquals(2, builds.get(), "one empty picker at construction, one for the 100 servers");
        assertEquals(100, lb.picker().endpoints().size());
        lb.putServers(Fixtures.servers(100).subList(0, 10).stream()
                .map(e -> endpoint(lb, e.id().value()))
                .toList());
        assertEquals(2, builds.get(), "unchanged servers do not rebuild");
    }

    @Test
    void aPickerThatCannotBeBuiltChangesNothing() {
        LoadBalancer lb = balancer(new ConsistentHash(), "a,b");
        Picker before = lb.picker();
        Endpoint a = endpoint(lb, "a");
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> lb.putServer(a.id(), Integer.MAX_VALUE, a.stats()));
        assertTrue(e.getMessage().contains(String.valueOf(HashRing.MAX_POINTS)), e.getMessage());
        assertSame(before, lb.picker());
        reweigh(lb, "a", 1);
        assertSame(before, lb.picker(), "a's weight is still 1");
    }
}
