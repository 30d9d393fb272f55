package dev.balancelab.app;

import dev.balancelab.balancing.Picker;
import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.FailureMode;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.Topology;
import dev.balancelab.engine.LabEngine;
import dev.balancelab.telemetry.BalancerMetrics;
import dev.balancelab.ui.common.LabControl;
import java.util.List;

/**
 * The engine as the ViewModels see it: every call is passed on to {@link LabEngine} unchanged, except that the
 * topology is the one the lab runs now (views rebuilt on a running lab, in another language, must show its live edits).
 */
final class EngineControl implements LabControl {
    private final LabEngine engine;
    private final Topology topology;
    private final Runnable stepBack;

    /**
     * @param topology the engine's topology with the edits it applied live since it was built
     * @param stepBack shows the recorded lab at the pick before the last (the window's timeline)
     */
    EngineControl(LabEngine engine, Topology topology, Runnable stepBack) {
        this.engine = engine;
        this.topology = topology;
        this.stepBack = stepBack;
    }

    @Override
    public Topology topology() {
        return topology;
    }

    @Override
    public void start() {
        engine.start();
    }

    @Override
    public void pause() {
        engine.pause();
    }

    @Override
    public boolean running() {
        return engine.running();
    }

    @Override
    public void setSpeed(double factor) {
        engine.setSpeed(factor);
    }

    @Override
    public double speed() {
        return engine.speed();
    }

    @Override
    public void setStepMode(boolean on) {
        engine.setStepMode(on);
    }

    @Override
    public boolean stepMode() {
        return engine.stepMode();
    }

    @Override
    public void step() {
        engine.step();
    }

    @Override
    public void stepBack() {
        stepBack.run();
    }

    @Override
    public long labNanos() {
        return engine.labNanos();
    }

    @Override
    public Picker picker() {
        return engine.picker();
    }

    @Override
    public AlgorithmKind algorithm() {
        return engine.algorithm();
    }

    @Override
    public void inject(ServerId id, FailureMode mode) {
        engine.inject(id, mode);
    }

    @Override
    public List<BalancerMetrics> balancers() {
        return engine.balancerMetrics();
    }

    @Override
    public String vipHolder() {
        return engine.vipHolder();
    }
}
