package dev.balancelab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.ScenarioEvent;
import dev.balancelab.domain.ScenarioEventType;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.Topology;
import dev.balancelab.io.TopologyFiles;
import dev.balancelab.telemetry.LabEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 15: compare needs identical traffic under every algorithm, in virtual time. */
class HeadlessRunTest {
    private static final List<AlgorithmKind> KINDS = List.of(
            AlgorithmKind.ROUND_ROBIN,
            AlgorithmKind.RANDOM,
            AlgorithmKind.LEAST_CONNECTIONS,
            AlgorithmKind.POWER_OF_TWO_CHOICES,
            AlgorithmKind.CONSISTENT_HASH);

    /** An arrival: request id, client, key and lab time of its first attempt. */
    private record Arrival(long id, int client, String key, long nanos) {}

    @Test
    void everyAlgorithmSeesTheSameArrivalsKeysAndTimesWhileAServerDies() throws Exception {
        Topology lesson = TopologyFiles.load(Path.of("sample-topologies/03-consistent-hashing-failover.json"));
        List<ScenarioEvent> kill = List.of(new ScenarioEvent(4_000, ScenarioEventType.KILL, ServerId.of("s1")));
        List<List<Arrival>> perAlgorithm = new ArrayList<>();
        List<Map<ServerId, Long>> served = new ArrayList<>();
        for (AlgorithmKind kind : KINDS) {
            Topology t = lesson.withBalancer(lesson.balancer().withAlgorithm(kind));
            List<Arrival> arrivals = new ArrayList<>();
            HeadlessRun.Result r = new HeadlessRun(t, 7, true, 300.0, kill, 8_000).run(e -> {
                if (e instanceof LabEvent.AttemptStarted a && a.attempt() == 1) {
                    arrivals.add(new Arrival(a.requestId(), a.clientIndex(), a.key(), a.nanos()));
                }
            });
            assertEquals(0, r.eventsDropped());
            assertEquals(kind.id(), r.algorithm());
            assertEquals(arrivals.size(), r.snapshot().counts().sent(), kind.id());
            perAlgorithm.add(arrivals);
            served.add(completedPerServer(r));
        }
        assertTrue(
                perAlgorithm.get(0).size() > 2_000,
                "about 300 req/s for 8 s: " + perAlgorithm.get(0).size());
        for (int i = 1; i < KINDS.size(); i++) {
            assertEquals(perAlgorithm.get(0), perAlgorithm.get(i), KINDS.get(i).id() + " against round-robin");
            assertNotEquals(served.get(0), served.get(i), "the algorithms themselves do differ: " + KINDS.get(i));
        }
    }

    @Test
    void consistentHashingMovesOnlyTheDeadServersKeysAndRoundRobinMovesNearlyAll() throws Exception {
        Topology lesson = TopologyFiles.load(Path.of("sample-topologies/03-consistent-hashing-failover.json"));
        HeadlessRun.Result ring = new HeadlessRun(lesson, 1, true, null, List.of(), 20_000).run();
        HeadlessRun.Result rr = new HeadlessRun(
                        lesson.withBalancer(lesson.balancer().withAlgorithm(AlgorithmKind.ROUND_ROBIN)),
                        1,
                        true,
                        null,
                        List.of(),
                        20_000)
                .run();
        int keys = ring.keys().keys();
        assertEquals(keys, rr.keys().keys());
        // s2 (one of four) dies at 10 s: about a quarter of the keys move, and none of the survivors'.
        assertTrue(
                ring.keys().moved() > 0 && ring.keys().moved() <= keys / 2,
                ring.keys().moved() + "/" + keys);
        assertTrue(rr.keys().moved() >= keys * 9 / 10, rr.keys().moved() + "/" + keys);
    }

    private static Map<ServerId, Long> completedPerServer(HeadlessRun.Result r) {
        Map<ServerId, Long> out = new java.util.LinkedHashMap<>();
        r.snapshot().perServer().forEach((id, m) -> out.put(id, m.completed()));
        return out;
    }
}
