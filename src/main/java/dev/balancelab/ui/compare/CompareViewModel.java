package dev.balancelab.ui.compare;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * View → Compare: two to four panes, one per algorithm, built from one topology and seed and run to the same lab time
 * on every pulse (wall time × speed), so all see identical arrivals, keys and scenario. One Start/Pause and Speed for
 * all; a kill or revive goes to every pane at the same lab time. Changing the algorithms rebuilds every pane at lab
 * time 0. FX thread only.
 */
public final class CompareViewModel {
    /** Fewest and most panes. */
    public static final int MIN_PANES = 2;

    public static final int MAX_PANES = 4;

    /**
     * Most wall time one pulse accounts for, ns: when pulses come late (a busy machine), lab time falls behind the
     * wall clock instead of each pulse taking ever more work and starving the FX thread.
     */
    static final long MAX_PULSE_NANOS = 100_000_000;

    /** Lab ms of one sample of the figures (five a second at 1×). */
    static final long SAMPLE_MS = 200;

    private final Topology topology;
    private final Function<AlgorithmKind, ComparedLab> factory;
    private final ObservableList<ComparedLab> panes = FXCollections.observableArrayList();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final ObjectProperty<Double> speed = new SimpleObjectProperty<>(1.0);
    private final ReadOnlyLongWrapper labMillis = new ReadOnlyLongWrapper();
    private long lastPulse = -1;
    private double pendingNanos;

    /**
     * @param topology the lab every pane runs
     * @param algorithms two to four distinct algorithms
     * @param factory builds a pane for an algorithm (the topology and seed are the caller's)
     */
    public CompareViewModel(
            Topology topology, List<AlgorithmKind> algorithms, Function<AlgorithmKind, ComparedLab> factory) {
        this.topology = topology;
        this.factory = factory;
        setAlgorithms(algorithms);
        running.addListener((obs, was, now) -> lastPulse = -1);
    }

    /** The default choice: the lab's own algorithm, then round robin, least connections and power of two choices. */
    public static List<AlgorithmKind> defaults(AlgorithmKind own) {
        List<AlgorithmKind> kinds = new ArrayList<>(List.of(own));
        for (AlgorithmKind k : List.of(
                AlgorithmKind.ROUND_ROBIN, AlgorithmKind.LEAST_CONNECTIONS, AlgorithmKind.POWER_OF_TWO_CHOICES)) {
            if (kinds.size() < MIN_PANES + 1 && !kinds.contains(k)) {
                kinds.add(k);
            }
        }
        return kinds;
    }

    /**
     * Replaces the panes by new ones at lab time 0, paused.
     *
     * @throws IllegalArgumentException unless 2..4 distinct algorithms
     */
    public void setAlgorithms(List<AlgorithmKind> algorithms) {
        if (algorithms.size() < MIN_PANES
                || algorithms.size() > MAX_PANES
                || algorithms.stream().distinct().count() != algorithms.size()) {
            throw new IllegalArgumentException("2 to 4 distinct algorithms, was " + algorithms);
        }
        close();
        running.set(false);
        labMillis.set(0);
        pendingNanos = 0;
        panes.setAll(algorithms.stream().map(factory).toList());
    }

    /** The panes, one per algorithm, in order. */
    public ObservableList<ComparedLab> panes() {
        return panes;
    }

    /** The algorithms of the panes, in order. */
    public List<AlgorithmKind> algorithms() {
        return panes.stream().map(ComparedLab::algorithm).toList();
    }

    /** The lab every pane runs. */
    public Topology topology() {
        return topology;
    }

    /** Whether lab time runs in all panes. */
    public BooleanProperty runningProperty() {
        return running;
    }

    /** Lab speed factor for all panes. */
    public ObjectProperty<Double> speedProperty() {
        return speed;
    }

    /** Lab time of every pane, ms. */
    public ReadOnlyLongProperty labMillisProperty() {
        return labMillis.getReadOnlyProperty();
    }

    /**
     * One animation pulse at wall time {@code nowNanos}: while running, every pane runs to the same new lab time (at
     * most {@link #MAX_PULSE_NANOS} of wall time × speed further).
     *
     * @return whether lab time moved
     */
    public boolean pulse(long nowNanos) {
        long last = lastPulse;
        lastPulse = nowNanos;
        if (!running.get() || last < 0) {
            return false;
        }
        pendingNanos += Math.min(nowNanos - last, MAX_PULSE_NANOS) * speed.get();
        long ms = (long) (pendingNanos / 1_000_000);
        if (ms <= 0) {
            return false;
        }
        pendingNanos -= ms * 1_000_000.0;
        advance(ms);
        return true;
    }

    /** Runs every pane {@code ms} of lab time further. */
    public void advance(long ms) {
        long to = labMillis.get() + ms;
        panes.forEach(p -> p.runTo(to));
        labMillis.set(to);
    }

    /** Crashes {@code server} in every pane, at the same lab time. */
    public void kill(ServerId server) {
        panes.forEach(p -> p.kill(server));
    }

    /** Heals {@code server} in every pane. */
    public void revive(ServerId server) {
        panes.forEach(p -> p.revive(server));
    }

    /** Closes every pane's lab. */
    public void close() {
        panes.forEach(ComparedLab::close);
    }
}
