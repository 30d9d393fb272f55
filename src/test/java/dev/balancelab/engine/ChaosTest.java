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
import dev.balancelab.telemetry.Accounting;
import dev.balancelab.telemetry.LabEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Scripted chaos on the real engine: nothing is lost, nothing keeps running, seeds replay. */
class ChaosTest {
    private static final HealthCheckSpec HEALTH = new HealthCheckSpec(40, 20, 2, 1);

    @Test
    void hundredsOfKillsAndRevivesUnderLoadLoseNoRequest() throws Exception {
        var balancer = new BalancerSpec(
                AlgorithmKind.ROUND_ROBIN,
                AlgorithmParams.DEFAULT,
                HEALTH,
                new RetrySpec(3, 200, 5, 40, 20, 3),
                new OutlierDetectionSpec(5, 200, 50));
        Random random = new Random(99);
        try (LabEngine engine = new LabEngine(Topologies.of(4, 800, 15, balancer), 11, 0)) {
            for (int i = 0; i < 400; i++) {
                ServerId server = ServerId.of("s" + (1 + random.nextInt(4)));
                ScenarioEventType type = random.nextBoolean() ? ScenarioEventType.KILL : ScenarioEventType.REVIVE;
                engine.schedule(new ScenarioEvent(random.nextInt(3_000), type, server));
            }
            engine.start();
            EngineProbe.sampleInvariantFor(engine, 3_300);
            engine.stopTraffic();
            for (int i = 1; i <= 4; i++) {
                engine.revive(ServerId.of("s" + i));
            }
            assertTrue(
                    engine.awaitDrained(10_000),
                    "requests still in flight: " + engine.snapshot().counts());
            Accounting.Counts c = engine.snapshot().counts();
            assertTrue(c.balanced(), c.toString());
            assertEquals(0, c.inFlight());
            assertTrue(c.sent() > 1_000 && c.retries() > 0, "the chaos should have bitten: " + c);
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (injected(engine) < 404 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertEquals(404, injected(engine), "every scripted event and the final revives are applied");
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
        assertEquals(first, firstAttempts(7));
        assertNotEquals(first, firstAttempts(8));
    }

    /** The key and chosen server of the first 150 requests' first attempts, in order. */
    private static List<String> firstAttempts(long seed) throws Exception {
        var balancer =
                new BalancerSpec(AlgorithmKind.ROUND_ROBIN, AlgorithmParams.DEFAULT, HEALTH, new RetrySpec(1, 0));
        List<String> picks = new ArrayList<>();
        try (LabEngine engine = new LabEngine(Topologies.of(4, 500, 1, balancer), seed, 10_000)) {
            engine.start();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (picks.size() < 150 && System.nanoTime() < deadline) {
                engine.events()
                        .drain(
                                e -> {
                                    if (e instanceof LabEvent.AttemptStarted a && a.attempt() == 1) {
                                        picks.add(a.requestId() + ":" + a.key() + "->" + a.server());
                                    }
                                },
                                Integer.MAX_VALUE);
                Thread.sleep(5);
            }
        }
        return picks.subList(0, 150);
    }
}
