package dev.balancelab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.telemetry.Accounting;
import dev.balancelab.telemetry.DotSampler;
import dev.balancelab.telemetry.LabEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Above a rate the window draws one request in k, and the engine builds attempt events only for those
 * ({@link DotSampler}, BENCHMARKS.md "Real HTTP again"): the accounting still counts every request, and every drawn
 * attempt that started also ends. In virtual time: 2,000 requests per lab second, dots that travel 1 lab s, 300 of
 * them at most.
 */
class SampledEventsTest {
    private static final HealthCheckSpec HEALTH = new HealthCheckSpec(100, 50, 3, 2);

    @Test
    void aboveTheBudgetOnlyTheDrawnRequestsGetEventsAndEveryRequestIsCounted() throws Exception {
        try (EngineProbe lab = new EngineProbe(Topologies.of(4, 2_000, 5, 2, HEALTH), 11, 1 << 20)) {
            DotSampler sampler = new DotSampler(300, 1_000_000_000L);
            lab.engine.events().sampleAttempts(sampler);
            lab.engine.start();
            lab.run(1_000);
            List<LabEvent> firstSecond = lab.drain();
            lab.run(3_000);
            lab.engine.stopTraffic();
            assertTrue(lab.engine.awaitDrained(5_000), "requests left in flight");
            List<LabEvent> later = lab.drain();

            Accounting.Counts c = lab.engine.snapshot().counts();
            assertTrue(c.balanced(), c.toString());
            assertEquals(0, c.inFlight());
            assertEquals(8_000, c.sent(), 400, "about 2,000 requests per lab second, all counted: " + c);
            assertEquals(10, sampler.perDot(), "2,000 dots on their way: one in 10 keeps 200 <= 300 (5 would be 400)");
            assertEquals(started(firstSecond).size(), c.sent() / 4.0, 150, "the first lab second: every request");
            assertEquals(
                    started(later).size(),
                    (c.sent() - started(firstSecond).size()) / 10.0,
                    100,
                    "then one request in 10 gets events");
            List<LabEvent> all = new ArrayList<>(firstSecond);
            all.addAll(later);
            Set<Long> ended = new HashSet<>();
            all.stream()
                    .filter(e -> e instanceof LabEvent.AttemptEnded)
                    .forEach(e -> ended.add(((LabEvent.AttemptEnded) e).requestId()));
            assertEquals(started(all), ended, "an attempt that got a dot ends it; no end without a start");
        }
    }

    @Test
    void withoutASamplerEveryAttemptHasItsEventsAndAnOffQueueGetsNone() throws Exception {
        try (EngineProbe all = new EngineProbe(Topologies.of(2, 500, 5, 2, HEALTH), 3, 1 << 20);
                EngineProbe off = new EngineProbe(Topologies.of(2, 500, 5, 2, HEALTH), 3, 0)) {
            for (EngineProbe lab : List.of(all, off)) {
                lab.engine.start();
                lab.run(2_000);
            }
            Accounting.Counts c = all.engine.snapshot().counts();
            assertEquals(
                    c.attempts(),
                    all.drain().stream()
                            .filter(e -> e instanceof LabEvent.AttemptStarted)
                            .count());
            assertEquals(c.sent(), off.engine.snapshot().counts().sent(), "the same seed: the same requests");
            assertEquals(List.of(), off.drain());
        }
    }

    private static Set<Long> started(List<LabEvent> events) {
        Set<Long> ids = new HashSet<>();
        events.stream()
                .filter(e -> e instanceof LabEvent.AttemptStarted)
                .forEach(e -> ids.add(((LabEvent.AttemptStarted) e).requestId()));
        return ids;
    }
}
