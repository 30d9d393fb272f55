package dev.balancelab.balancing;

import static dev.balancelab.balancing.Fixtures.CONFIG;
import static dev.balancelab.balancing.Fixtures.byId;
import static dev.balancelab.balancing.Fixtures.endpoints;
import static dev.balancelab.balancing.Fixtures.load;
import static dev.balancelab.balancing.Fixtures.picks;
import static dev.balancelab.balancing.Fixtures.request;
import static dev.balancelab.balancing.Fixtures.retry;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Least connections, weighted least connections and least response time. */
class LeastLoadedTest {
    @Test
    void leastConnectionsPicksFewestInFlight() {
        List<Endpoint> es = endpoints("a,b,c");
        load(byId(es, "a"), 3);
        load(byId(es, "b"), 1);
        load(byId(es, "c"), 2);
        assertEquals("b b b", picks(new LeastConnections().newPicker(es, CONFIG), 3));
    }

    /** HAProxy lb_fwlc.c: equal keys stay in insertion order and a server whose load changes goes to the back. */
    @Test
    void leastConnectionsTiesGoToTheLeastRecentlyPicked() {
        assertEquals("a b c a b c", picks(new LeastConnections().newPicker(endpoints("a:5,b,c"), CONFIG), 6));
    }

    /** ngx_http_upstream_least_conn_module.c: smooth weighted round robin among the tied, as nginx 1.22 sends. */
    @Test
    void weightedLeastConnectionsAllIdleRunsSmoothWeightedRoundRobin() {
        assertEquals(
                "a a b a c a a", picks(new WeightedLeastConnections().newPicker(endpoints("a:5,b:1,c:1"), CONFIG), 7));
    }

    /**
     * One busy server, three idle, 300 sequential requests: nginx least_conn and HAProxy leastconn both give the idle
     * three 100/100/100 (issue 12); a scan that starts one server later each time gave 150/75/75.
     */
    @ParameterizedTest
    @ValueSource(strings = {"least-connections", "weighted-least-connections"})
    void oneBusyServerThreeIdleShareEvenly(String id) {
        List<Endpoint> es = endpoints("busy,b,c,d");
        load(byId(es, "busy"), 1);
        Picker picker = Algorithms.byId(id).newPicker(es, CONFIG);
        Map<String, Integer> counts = new TreeMap<>();
        for (int i = 0; i < 300; i++) {
            counts.merge(picker.pick(request(i)).id().value(), 1, Integer::sum);
        }
        assertEquals(Map.of("b", 100, "c", 100, "d", 100), counts);
    }

    @Test
    void leastConnectionsSkipsTriedEvenIfLeastLoaded() {
        List<Endpoint> es = endpoints("a,b,c");
        load(byId(es, "b"), 5);
        load(byId(es, "c"), 2);
        assertEquals(
                "c",
                new LeastConnections()
                        .newPicker(es, CONFIG)
                        .pick(retry("k", "a"))
                        .id()
                        .value());
    }

    @Test
    void weightedLeastConnectionsDividesByWeight() {
        List<Endpoint> es = endpoints("a:4,b:1");
        load(byId(es, "a"), 3);
        load(byId(es, "b"), 1);
        Picker picker = new WeightedLeastConnections().newPicker(es, CONFIG);
        assertEquals("a", picker.pick(request(0)).id().value());
        Decision d = picker.decide(request(1));
        assertEquals(
                List.of("weighted least connections: lowest inFlight / weight", "compared: a=0.750 b=1", "lowest: a"),
                d.reasons());
    }

    @Test
    void leastResponseTimeWeighsLatencyByInFlight() {
        List<Endpoint> es = endpoints("fast,slow");
        Endpoint fast = byId(es, "fast");
        Endpoint slow = byId(es, "slow");
        observe(fast, 10);
        observe(slow, 30);
        Picker picker = new LeastResponseTime().newPicker(es, CONFIG);
        assertEquals("fast", picker.pick(request(0)).id().value());
        load(fast, 3); // 10 ms x 4 = 40 > 30 ms x 1
        assertEquals("slow", picker.pick(request(1)).id().value());
    }

    @Test
    void peakEwmaJumpsToASlowSampleWhileEwmaDecaysSlowly() {
        List<Endpoint> es = endpoints("a,b");
        Endpoint a = byId(es, "a");
        observe(a, 10);
        a.stats().attemptStarted();
        a.stats().attemptEnded(100, 100_000_000L); // 100 ms later, tau = 1000 ms: EWMA moves ~10 %
        observe(byId(es, "b"), 50);
        assertEquals(100, a.stats().peakEwmaMs(), 1e-9);
        assertEquals(18.56, a.stats().ewmaMs(), 0.01);
        assertEquals(
                "a",
                new LeastResponseTime()
                        .newPicker(es, CONFIG)
                        .pick(request(0))
                        .id()
                        .value());
        Picker peak = new LeastResponseTime(LeastResponseTime.Latency.PEAK_EWMA).newPicker(es, CONFIG);
        assertEquals("b", peak.pick(request(0)).id().value());
    }

    private static void observe(Endpoint e, double ms) {
        e.stats().attemptStarted();
        e.stats().attemptEnded(ms, 0);
    }
}
