package dev.balancelab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.balancing.Endpoint;
import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.AlgorithmParams;
import dev.balancelab.domain.BalancerSpec;
import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.HealthState;
import dev.balancelab.domain.RetrySpec;
import dev.balancelab.domain.ServerId;
import org.junit.jupiter.api.Test;

class SlowStartEngineTest {
    private static final ServerId S2 = ServerId.of("s2");

    @Test
    void aReturningServerRampsUpToItsConfiguredWeight() throws Exception {
        var params = new AlgorithmParams(100, 65537, 10_000, 1_000);
        var balancer = new BalancerSpec(
                AlgorithmKind.WEIGHTED_ROUND_ROBIN, params, new HealthCheckSpec(40, 20, 2, 1), RetrySpec.DEFAULT);
        try (LabEngine engine = new LabEngine(Topologies.of(3, 50, 5, balancer), 1, 0)) {
            engine.setWeight(S2, 10);
            engine.start();
            engine.kill(S2);
            EngineProbe.awaitState(engine, S2, HealthState.DOWN);
            engine.revive(S2);
            EngineProbe.awaitState(engine, S2, HealthState.UP);
            int early = weightOf(engine);
            assertTrue(early < 5, "just after its return s2 should have a low weight, had " + early);
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (weightOf(engine) < 10 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(10, weightOf(engine), "after the window s2 has its full weight");
        }
    }

    private static int weightOf(LabEngine engine) {
        return engine.picker().endpoints().stream()
                .filter(e -> e.id().equals(S2))
                .mapToInt(Endpoint::weight)
                .findFirst()
                .orElse(0);
    }
}
