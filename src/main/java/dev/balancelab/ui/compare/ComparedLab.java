package dev.balancelab.ui.compare;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.ServerId;
import dev.balancelab.telemetry.KeyTally;
import dev.balancelab.telemetry.MetricsSnapshot;
import java.util.List;

/**
 * One pane of View → Compare: the lab under one algorithm on virtual time, advanced by the window to the same lab time
 * as every other pane, so all panes see identical traffic. The composition root adapts the engine to it.
 */
public interface ComparedLab extends AutoCloseable {
    /**
     * A request's arrival: its first attempt.
     *
     * @param requestId the request
     * @param key its hash key
     * @param nanos lab time, ns
     */
    record Arrival(long requestId, String key, long nanos) {}

    /** The algorithm this pane runs. */
    AlgorithmKind algorithm();

    /** Lets lab time pass up to {@code labMs}. */
    void runTo(long labMs);

    /** A sample of the figures now. */
    MetricsSnapshot snapshot();

    /** Key affinity so far. */
    KeyTally keys();

    /** The first arrivals, oldest first (at most {@link #MAX_ARRIVALS}). */
    List<Arrival> arrivals();

    /** Arrivals kept for {@link #arrivals()}. */
    int MAX_ARRIVALS = 100_000;

    /** Crashes a server. */
    void kill(ServerId server);

    /** Heals a server. */
    void revive(ServerId server);

    @Override
    void close();
}
