package dev.balancelab.ui.common;

import dev.balancelab.balancing.Picker;
import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.FailureMode;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.Topology;
import dev.balancelab.telemetry.BalancerMetrics;
import java.util.List;

/**
 * What the window's ViewModels may ask of a running lab: lab time, step mode, the live picker and failure injection.
 * The composition root adapts the engine to it; tests use a fake. Edits of the topology (algorithm, rate, weights)
 * are not here: they go through the {@link LabDocument}, and the lab follows the document.
 */
public interface LabControl {
    /** The topology the lab was built from (later live edits are in the document, not here). */
    Topology topology();

    /** Lets lab time run; the first call also starts traffic, heartbeats and the scenario. */
    void start();

    /** Freezes lab time. */
    void pause();

    /** Whether lab time is running. */
    boolean running();

    /**
     * Sets the lab speed factor.
     *
     * @param factor 1 is real time; in (0, 100]
     * @throws IllegalArgumentException if out of range
     */
    void setSpeed(double factor);

    /** The lab speed factor, 1 is real time. */
    double speed();

    /**
     * Step mode on: lab time freezes and runs only inside a {@link #step()}; off: picks that waited go through. Live
     * traffic goes on in both.
     */
    void setStepMode(boolean on);

    /** Whether step mode is on. */
    boolean stepMode();

    /**
     * Turns step mode on if needed and runs lab time to the balancer's next pick, freezes it there and explains the
     * pick in a {@code Decided} event; consecutive steps explain consecutive picks.
     */
    void step();

    /**
     * Steps back one explained pick: the window shows the lab as recorded at the pick before the one shown (a replay,
     * see {@link LabRecording}); nothing without an earlier pick.
     */
    void stepBack();

    /** Lab time since the lab was built, in ns; the time base of every event. */
    long labNanos();

    /** The picker the data plane uses now. */
    Picker picker();

    /** The algorithm the balancer runs now. */
    AlgorithmKind algorithm();

    /**
     * Puts a server into a failure mode; {@link FailureMode#NONE} heals it. {@code id} may also name a balancer or a
     * region (issue 14): {@link FailureMode#of} CRASH kills it, NONE revives it.
     */
    void inject(ServerId id, FailureMode mode);

    /**
     * Each balancer's figures and its own health view of its servers, in topology order (issue 14); sample it at the
     * snapshot rate, not per pulse.
     */
    default List<BalancerMetrics> balancers() {
        return List.of();
    }

    /** The id of the balancer the virtual IP reaches now, or null if the lab has no VIP. */
    default String vipHolder() {
        return null;
    }
}
