package dev.balancelab.engine;

import dev.balancelab.domain.Topology;
import dev.balancelab.telemetry.KeyTally;
import dev.balancelab.telemetry.LabEvent;
import java.util.function.Consumer;

/**
 * A lab on virtual time driven by its caller: {@link #runTo} lets lab time pass up to a given lab ms, draining the
 * engine's events every {@value #SLICE_MS} ms of lab time into a {@link KeyTally} and an observer. Several of these
 * built from one topology and seed, differing only in the algorithm, and run to the same lab times, see identical
 * traffic (the same arrivals, keys and scenario): each client draws from its own seeded stream. Not thread-safe: use
 * it from one thread.
 */
public final class VirtualLab implements AutoCloseable {
    /** Lab time between two drains of the event queue, in ms. */
    public static final long SLICE_MS = 50;

    private static final int EVENT_CAPACITY = 1 << 17;

    private final VirtualScheduler time = new VirtualScheduler();
    private final LabEngine engine;
    private final KeyTally keys = new KeyTally();
    private final Consumer<LabEvent> sink;

    /**
     * Builds the lab at lab time 0, not started.
     *
     * @param observer gets every event, on the thread that calls {@link #runTo}
     */
    public VirtualLab(Topology topology, long seed, Consumer<? super LabEvent> observer) {
        this.engine = LabEngine.virtualTime(topology, seed, EVENT_CAPACITY, time);
        this.sink = keys.andThen(observer);
    }

    /** The engine, to start, kill, revive or sample. */
    public LabEngine engine() {
        return engine;
    }

    /** Key affinity so far. */
    public KeyTally keys() {
        return keys;
    }

    /** Lab time now, in ms. */
    public long labMillis() {
        return engine.labNanos() / 1_000_000;
    }

    /** Lets lab time pass up to {@code labMs} (nothing if it is there already) and drains the events. */
    public void runTo(long labMs) {
        long now;
        while ((now = labMillis()) < labMs) {
            time.advanceBy(Math.min(SLICE_MS, labMs - now));
            drain();
        }
        drain();
    }

    /** Hands the queued events to the tally and the observer. */
    public void drain() {
        engine.events().drain(sink, Integer.MAX_VALUE);
    }

    @Override
    public void close() {
        engine.close();
    }
}
