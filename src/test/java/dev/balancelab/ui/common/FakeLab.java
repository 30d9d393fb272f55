package dev.balancelab.ui.common;

import dev.balancelab.balancing.Picker;
import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.FailureMode;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.Topology;
import dev.balancelab.telemetry.BalancerMetrics;
import dev.balancelab.telemetry.EventQueue;
import dev.balancelab.telemetry.MetricsSnapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * A lab without engine, for ViewModel tests: records every command in {@link #calls}, keeps running state, speed and
 * step mode, and feeds whatever a test puts into {@link #events} and {@link #nextSnapshot} through {@link #feed}.
 */
public final class FakeLab implements LabControl {
    public final List<String> calls = new ArrayList<>();
    public final EventQueue events = new EventQueue(1_000);
    public MetricsSnapshot nextSnapshot;
    public long now;
    /** What {@link #balancers()} answers: each balancer's figures and view. */
    public List<BalancerMetrics> balancers = List.of();
    /** What {@link #vipHolder()} answers. */
    public String vipHolder;

    private final Topology topology;
    private final LabFeed feed;
    private boolean running;
    private double speed = 1;
    private boolean stepMode;

    public FakeLab(Topology topology, MetricsSnapshot first) {
        this.topology = topology;
        this.nextSnapshot = first;
        this.feed = new LabFeed(events, () -> now, () -> nextSnapshot);
    }

    /** The feed the ViewModels subscribe to; a test calls its {@link LabFeed#pulse()} and {@link LabFeed#sample()}. */
    public LabFeed feed() {
        return feed;
    }

    @Override
    public Topology topology() {
        return topology;
    }

    @Override
    public void start() {
        calls.add("start");
        running = true;
    }

    @Override
    public void pause() {
        calls.add("pause");
        running = false;
    }

    @Override
    public boolean running() {
        return running;
    }

    @Override
    public void setSpeed(double factor) {
        calls.add("speed " + factor);
        speed = factor;
    }

    @Override
    public double speed() {
        return speed;
    }

    @Override
    public void setStepMode(boolean on) {
        calls.add("step mode " + on);
        stepMode = on;
    }

    @Override
    public boolean stepMode() {
        return stepMode;
    }

    @Override
    public void step() {
        calls.add("step");
    }

    @Override
    public void stepBack() {
        calls.add("stepBack");
    }

    @Override
    public long labNanos() {
        return now;
    }

    @Override
    public Picker picker() {
        return null; // no picker in the fake lab
    }

    @Override
    public AlgorithmKind algorithm() {
        return topology.balancer().algorithm();
    }

    @Override
    public void inject(ServerId id, FailureMode mode) {
        calls.add("inject " + id + " " + mode.kind());
    }

    @Override
    public List<BalancerMetrics> balancers() {
        return balancers;
    }

    @Override
    public String vipHolder() {
        return vipHolder;
    }
}
