package dev.balancelab.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.FailureMode;
import dev.balancelab.domain.HealthState;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.Topology;
import dev.balancelab.telemetry.Accounting;
import dev.balancelab.telemetry.LabEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * An engine in virtual time and the test's hand on its clock: time passes only in {@link #run} and {@link #await},
 * on the test's thread.
 */
final class EngineProbe implements AutoCloseable {
    final VirtualScheduler time = new VirtualScheduler();
    final LabEngine engine;

    EngineProbe(Topology topology, long seed, int eventCapacity) {
        this.engine = LabEngine.virtualTime(topology, seed, eventCapacity, time);
    }

    /** Lets {@code ms} of lab time pass, asserting the accounting invariant every ms. */
    void run(long ms) {
        for (long i = 0; i < ms; i++) {
            time.advanceBy(1);
            Accounting.Counts c = engine.snapshot().counts();
            assertTrue(c.balanced(), "sent != completed + failed + inFlight: " + c);
        }
    }

    /** Lets lab time pass until {@code server} is in {@code state}; fails after 10 s of lab time. */
    void await(ServerId server, HealthState state) {
        assertTrue(
                time.runUntil(() -> engine.snapshot().perServer().get(server).state() == state, 10_000),
                server + " never became " + state);
    }

    /** Lets lab time pass until outlier detection has ejected {@code server}; fails after 10 s of lab time. */
    void awaitEjected(ServerId server) {
        assertTrue(
                time.runUntil(() -> engine.snapshot().perServer().get(server).ejected(), 10_000),
                server + " was never ejected");
    }

    /** Every event the engine queued for the window since the last call (make the queue large enough). */
    List<LabEvent> drain() {
        List<LabEvent> out = new ArrayList<>();
        engine.events().drain(out::add, Integer.MAX_VALUE);
        return out;
    }

    /**
     * Starts the lab, runs it to {@code atMs}, injects {@code mode} into {@code server}, runs it to {@code ms} and
     * returns every event queued meanwhile.
     */
    List<LabEvent> inject(ServerId server, FailureMode mode, long atMs, long ms) {
        engine.start();
        time.advanceBy(atMs);
        engine.inject(server, mode);
        time.advanceBy(ms - atMs);
        return drain();
    }

    /** Lab time now, in ms. */
    long nowMs() {
        return engine.labNanos() / 1_000_000;
    }

    /** The health transitions of {@code server} so far, as target states. */
    List<HealthState> transitions(ServerId server) {
        return changes(server).stream().map(LabEvent.HealthChanged::to).toList();
    }

    /** The health transitions of {@code server} so far. */
    List<LabEvent.HealthChanged> changes(ServerId server) {
        return engine.history().stream()
                .filter(e -> e instanceof LabEvent.HealthChanged h && h.server().equals(server))
                .map(e -> (LabEvent.HealthChanged) e)
                .toList();
    }

    /** The events of {@code type} about {@code server} in {@code from}, in order. */
    static <E extends LabEvent> List<E> about(ServerId server, Class<E> type, List<LabEvent> from) {
        return from.stream()
                .filter(type::isInstance)
                .map(type::cast)
                .filter(e -> server.equals(serverOf(e)))
                .toList();
    }

    private static ServerId serverOf(LabEvent e) {
        if (e instanceof LabEvent.Heartbeat h) {
            return h.server();
        } else if (e instanceof LabEvent.HealthChanged h) {
            return h.server();
        } else if (e instanceof LabEvent.Ejected j) {
            return j.server();
        } else if (e instanceof LabEvent.Unejected u) {
            return u.server();
        }
        return null;
    }

    @Override
    public void close() {
        engine.close();
    }
}
