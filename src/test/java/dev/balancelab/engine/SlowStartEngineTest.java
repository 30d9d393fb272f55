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
        try (EngineProbe lab = new EngineProbe(Topologies.of(3, 50, 5, balancer), 1, 0)) {
            lab.engine.setWeight(S2, 10);
            lab.engine.start();
            lab.engine.kill(S2);
            lab.await(S2, HealthState.DOWN);
            lab.engine.revive(S2);
            lab.await(S2, HealthState.UP);
            int early = weightOf(lab.engine);
            assertTrue(early < 5, "just after its return s2 should have a low weight, had " + early);
            lab.run(500);
            int half = weightOf(lab.engine);
            assertTrue(half > early && half < 10, "half way through the window s2 ramps: " + half);
            lab.run(600);
            assertEquals(10, weightOf(lab.engine), "after the 1 s window s2 has its full weight");
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
