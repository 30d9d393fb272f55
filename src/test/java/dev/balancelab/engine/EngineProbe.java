package dev.balancelab.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.HealthState;
import dev.balancelab.domain.ServerId;
import dev.balancelab.telemetry.Accounting;
import dev.balancelab.telemetry.LabEvent;
import java.util.List;

/** Polling helpers for engine tests: generous deadlines, no fixed sleeps where a condition can be awaited. */
final class EngineProbe {
    private EngineProbe() {}

    static void awaitState(LabEngine engine, ServerId server, HealthState state) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (engine.snapshot().perServer().get(server).state() != state) {
            assertTrue(System.nanoTime() < deadline, server + " never became " + state);
            Thread.sleep(10);
        }
    }

    /** Samples the accounting for {@code ms} of real time, asserting the invariant at every sample. */
    static void sampleInvariantFor(LabEngine engine, long ms) throws InterruptedException {
        long end = System.nanoTime() + ms * 1_000_000;
        while (System.nanoTime() < end) {
            Accounting.Counts c = engine.snapshot().counts();
            assertTrue(c.balanced(), "sent != completed + failed + inFlight: " + c);
            Thread.sleep(5);
        }
    }

    /** The health transitions of {@code server} so far, as target states. */
    static List<HealthState> transitions(LabEngine engine, ServerId server) {
        return engine.history().stream()
                .filter(e -> e instanceof LabEvent.HealthChanged h && h.server().equals(server))
                .map(e -> ((LabEvent.HealthChanged) e).to())
                .toList();
    }
}
