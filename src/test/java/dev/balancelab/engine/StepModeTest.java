package dev.balancelab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.AlgorithmParams;
import dev.balancelab.domain.BalancerSpec;
import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.Reason;
import dev.balancelab.domain.RetrySpec;
import dev.balancelab.domain.Topology;
import dev.balancelab.telemetry.Accounting;
import dev.balancelab.telemetry.LabEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Step mode freezes live traffic at the balancer's next pick: lab time stops at the decision, every other request
 * holds, the pick is explained with the live state, and consecutive steps explain consecutive picks.
 */
class StepModeTest {
    private static final HealthCheckSpec HEALTH = new HealthCheckSpec(1000, 500, 3, 2);

    private static BalancerSpec balancer(AlgorithmKind kind) {
        return new BalancerSpec(kind, AlgorithmParams.DEFAULT, HEALTH, RetrySpec.DEFAULT);
    }

    @Test
    void aStepFreezesLiveTrafficAtTheNextPickAndExplainsItWithTheLiveInFlightCounts() {
        // 200 req/s of 100 ms requests on 3 servers: about 20 in flight when the steps begin
        Topology t = Topologies.of(3, 200, 100, balancer(AlgorithmKind.POWER_OF_TWO_CHOICES));
        try (EngineProbe lab = new EngineProbe(t, 1, 100_000)) {
            LabEngine engine = lab.engine;
            engine.start();
            lab.run(1_000);
            engine.setStepMode(true);
            assertFalse(engine.running(), "step mode freezes lab time");
            lab.drain();
            for (int i = 0; i < 5; i++) {
                step(lab);
                assertFalse(engine.running(), "lab time freezes at the pick");
                long frozenAt = engine.labNanos();
                Accounting.Counts before = engine.snapshot().counts();
                lab.time.advanceBy(2_000);
                assertEquals(frozenAt, engine.labNanos(), "nothing runs on between two steps");
                assertEquals(before, engine.snapshot().counts(), "every other request holds where it is");

                List<LabEvent> events = lab.drain();
                List<LabEvent.Decided> decided = decisions(events);
                assertEquals(1, decided.size(), "one explained pick per step: " + events);
                LabEvent.Decided d = decided.get(0);
                assertEquals(frozenAt, d.nanos(), "frozen right at the decision");
                LabEvent.AttemptStarted started = events.stream()
                        .filter(LabEvent.AttemptStarted.class::isInstance)
                        .map(LabEvent.AttemptStarted.class::cast)
                        .reduce((a, b) -> b)
                        .orElseThrow();
                assertEquals(d.requestId(), started.requestId(), "the last attempt started is the explained one");
                Reason candidates = d.reasons().stream()
                        .filter(r -> r.key().equals("why.p2c.candidates"))
                        .findFirst()
                        .orElseThrow();
                int load = Integer.parseInt(candidates.args().get(1))
                        + Integer.parseInt(candidates.args().get(3));
                assertTrue(load > 0, "the candidates' in-flight counts are the live ones, not 0: " + candidates);
            }
            engine.start();
            assertFalse(engine.stepMode(), "Start ends step mode");
            lab.run(500);
            assertTrue(decisions(lab.drain()).isEmpty(), "no pick is explained or frozen at any more");
        }
    }

    @Test
    void consecutiveStepsAreConsecutivePicksInNginxSmoothWeightedOrderUnderLiveTraffic() {
        Topology even = Topologies.of(3, 500, 20, balancer(AlgorithmKind.WEIGHTED_ROUND_ROBIN));
        Topology t = new Topology(
                even.title(),
                even.description(),
                even.clients(),
                even.balancer(),
                List.of(
                        even.servers().get(0).withWeight(5),
                        even.servers().get(1),
                        even.servers().get(2)),
                List.of());
        try (EngineProbe lab = new EngineProbe(t, 1, 10_000)) {
            LabEngine engine = lab.engine;
            List<String> picks = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                step(lab);
                decisions(lab.drain()).forEach(d -> picks.add(d.server().value()));
            }
            // nginx ngx_http_upstream_get_peer over a:5 b:1 c:1 gives a a b a c a a
            assertEquals(List.of("s1", "s1", "s2", "s1", "s3", "s1", "s1"), picks);
            assertEquals(7, engine.snapshot().counts().sent(), "no pick went by unexplained");
        }
    }

    @Test
    void withoutTrafficAStepSendsOneRequestAndStepModeOffReleasesWaitingPicks() {
        Topology t = Topologies.of(2, 0, 20, balancer(AlgorithmKind.ROUND_ROBIN));
        try (EngineProbe lab = new EngineProbe(t, 1, 1_000)) {
            LabEngine engine = lab.engine;
            step(lab);
            assertEquals(1, engine.snapshot().counts().sent(), "the next client sent one request itself");
            assertEquals(1, decisions(lab.drain()).size());

            engine.setStepMode(false);
            assertFalse(engine.stepMode());
            engine.start();
            lab.time.advanceBy(100);
            assertEquals(1, engine.snapshot().counts().completed(), "the frozen request went on to its end");
        }
    }

    /** One step, and virtual time until lab time has frozen at its pick. */
    private static void step(EngineProbe lab) {
        lab.engine.step();
        lab.time.runUntil(() -> !lab.engine.running(), 1_000);
    }

    private static List<LabEvent.Decided> decisions(List<LabEvent> events) {
        return events.stream()
                .filter(LabEvent.Decided.class::isInstance)
                .map(LabEvent.Decided.class::cast)
                .toList();
    }
}
