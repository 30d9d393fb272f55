package dev.balancelab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.AlgorithmParams;
import dev.balancelab.domain.BalancerSpec;
import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.RetrySpec;
import dev.balancelab.telemetry.LabEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepModeTest {
    @Test
    void eachStepSendsOneExplainedRequestAndPausesWhenItEnds() throws Exception {
        var balancer = new BalancerSpec(
                AlgorithmKind.WEIGHTED_ROUND_ROBIN,
                AlgorithmParams.DEFAULT,
                new HealthCheckSpec(1000, 500, 3, 2),
                RetrySpec.DEFAULT);
        try (EngineProbe lab = new EngineProbe(Topologies.of(3, 500, 20, balancer), 1, 1000)) {
            LabEngine engine = lab.engine;
            engine.setStepMode(true);
            List<LabEvent.Decided> decisions = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                engine.step(50_000_000L);
                lab.time.runUntil(() -> !engine.running(), 5_000);
                assertFalse(engine.running(), "lab time pauses once the stepped request has ended and settled");
                assertEquals(i * 70, lab.nowMs(), "20 ms service and 50 ms settle per step");
                assertEquals(i, engine.snapshot().counts().completed(), "one request per step, no background traffic");
                engine.events()
                        .drain(
                                e -> {
                                    if (e instanceof LabEvent.Decided d) {
                                        decisions.add(d);
                                    }
                                },
                                Integer.MAX_VALUE);
            }
            assertEquals(
                    List.of("s1", "s2", "s3"),
                    decisions.stream().map(d -> d.server().value()).toList());
            assertEquals(AlgorithmKind.WEIGHTED_ROUND_ROBIN, decisions.get(0).algorithm());
            assertTrue(decisions.get(0).reasons().size() > 1, "the algorithm explains itself: " + decisions.get(0));
        }
    }
}
