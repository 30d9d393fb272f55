package dev.balancelab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.AlgorithmParams;
import dev.balancelab.domain.BalancerSpec;
import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.OutlierDetectionSpec;
import dev.balancelab.domain.RetrySpec;
import dev.balancelab.domain.ScenarioEvent;
import dev.balancelab.domain.ScenarioEventType;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.ServiceTime;
import dev.balancelab.perf.LabTopologies;
import dev.balancelab.telemetry.Accounting;
import dev.balancelab.telemetry.LabEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Scripted chaos in virtual time: nothing is lost, every event is applied, and a seed replays the run exactly. */
class ChaosTest {
    private static final HealthCheckSpec HEALTH = new HealthCheckSpec(40, 20, 2, 1);
    private static final BalancerSpec CHAOTIC = new BalancerSpec(
            AlgorithmKind.ROUND_ROBIN,
            AlgorithmParams.DEFAULT,
            HEALTH,
            new RetrySpec(3, 200, 5, 40, 20, 3),
            new OutlierDetectionSpec(5, 200, 50));

    @Test
    void hundredsOfKillsAndRevivesUnderLoadLoseNoRequest() throws Exception {
        try (EngineProbe lab = new EngineProbe(Topologies.of(4, 800, 15, CHAOTIC), 11, 0)) {
            scriptChaos(lab.engine, 99);
            lab.engine.start();
            lab.run(3_300);
            lab.engine.stopTraffic();
            for (int i = 1; i <= 4; i++) {
                lab.engine.revive(ServerId.of("s" + i));
            }
            lab.time.advanceBy(0); // applies the revives even when nothing is left in flight to wait for
            assertTrue(
                    lab.engine.awaitDrained(10_000),
                    "requests still in flight: " + lab.engine.snapshot().counts());
            Accounting.Counts c = lab.engine.snapshot().counts();
            assertTrue(c.balanced(), c.toString());
            assertEquals(0, c.inFlight());
            assertTrue(c.sent() > 2_000 && c.retries() > 0, "the chaos should have bitten: " + c);
            assertEquals(404, injected(lab.engine), "every scripted event and the final revives are applied");
        }
    }

    private static void scriptChaos(LabEngine engine, long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 400; i++) {
            ServerId server = ServerId.of("s" + (1 + random.nextInt(4)));
            ScenarioEventType type = random.nextBoolean() ? ScenarioEventType.KILL : ScenarioEventType.REVIVE;
            engine.schedule(new ScenarioEvent(random.nextInt(3_000), type, server));
        }
    }

    private static long injected(LabEngine engine) {
        return engine.history().stream()
                .filter(e -> e instanceof LabEvent.Injected)
                .count();
    }

    @Test
    void aSeedReplaysTheSameKeysAndPicks() throws Exception {
        List<String> first = firstAttempts(7);
        assertEquals(150, first.size());
        assertEquals(first, firstAttempts(7));
        assertNotEquals(first, firstAttempts(8));
    }

    /** The key and chosen server of the first 150 requests' first attempts, in order. */
    private static List<String> firstAttempts(long seed) {
        var balancer =
                new BalancerSpec(AlgorithmKind.ROUND_ROBIN, AlgorithmParams.DEFAULT, HEALTH, new RetrySpec(1, 0));
        List<String> picks = new ArrayList<>();
        try (EngineProbe lab = new EngineProbe(Topologies.of(4, 500, 1, balancer), seed, 10_000)) {
            lab.engine.start();
            lab.time.runUntil(() -> started(lab.engine, picks) >= 150, 10_000);
        }
        return picks.subList(0, 150);
    }

    private static int started(LabEngine engine, List<String> picks) {
        engine.events()
                .drain(
                        e -> {
                            if (e instanceof LabEvent.AttemptStarted a && a.attempt() == 1) {
                                picks.add(a.requestId() + ":" + a.key() + "->" + a.server());
                            }
                        },
                        Integer.MAX_VALUE);
        return picks.size();
    }

    @Test
    void aSeededVirtualRunReplaysEveryEventWithRandomServiceTimesBackoffAndChaos() throws Exception {
        List<String> first = wholeRun(21);
        assertTrue(first.size() > 2_000, "the run should be busy: " + first.size() + " events");
        assertEquals(first, wholeRun(21), "same seed, same events at the same lab times");
        assertNotEquals(first, wholeRun(22));
    }

    @Test
    void anAttemptEndsWithWillRetryExactlyWhenItsRequestMakesAnotherAttempt() throws Exception {
        Set<String> attemptsMade = new HashSet<>();
        List<LabEvent.AttemptEnded> ended = new ArrayList<>();
        var topology = LabTopologies.of(4, 4, 20, ServiceTime.exponential(15), 800, CHAOTIC);
        try (EngineProbe lab = new EngineProbe(topology, 3, 1_000_000)) {
            scriptChaos(lab.engine, 5);
            lab.engine.start();
            lab.time.advanceBy(1_000);
            lab.engine.stopTraffic();
            assertTrue(lab.engine.awaitDrained(5_000));
            lab.engine
                    .events()
                    .drain(
                            e -> {
                                if (e instanceof LabEvent.AttemptStarted s) {
                                    attemptsMade.add(s.requestId() + "#" + s.attempt());
                                } else if (e instanceof LabEvent.AttemptEnded a) {
                                    ended.add(a);
                                    // an attempt that found no server to pick never started, but it was made
                                    attemptsMade.add(a.requestId() + "#" + a.attempt());
                                }
                            },
                            Integer.MAX_VALUE);
        }
        assertTrue(ended.stream().filter(LabEvent.AttemptEnded::willRetry).count() > 50, "chaos causes retries");
        for (LabEvent.AttemptEnded a : ended) {
            assertEquals(a.willRetry(), attemptsMade.contains(a.requestId() + "#" + (a.attempt() + 1)), a.toString());
        }
    }

    /** Every event of a 1 s chaotic run with exponential service times and jittered backoff, with its lab time. */
    private static List<String> wholeRun(long seed) {
        var topology = LabTopologies.of(4, 4, 20, ServiceTime.exponential(15), 800, CHAOTIC);
        List<String> events = new ArrayList<>();
        try (EngineProbe lab = new EngineProbe(topology, seed, 1_000_000)) {
            scriptChaos(lab.engine, 5);
            lab.engine.start();
            lab.time.advanceBy(1_000);
            lab.engine.events().drain(e -> events.add(e.toString()), Integer.MAX_VALUE);
        }
        return events;
    }
}
