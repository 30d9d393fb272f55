package dev.balancelab.app;

import dev.balancelab.balancing.Picker;
import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.FailureMode;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.Topology;
import dev.balancelab.ui.common.LabControl;
import dev.balancelab.ui.common.LabRecording;
import dev.balancelab.ui.timeline.TimelineViewModel;

/**
 * The lab as the views of a replay see it: frozen at the recorded moment (its lab time, picker and algorithm). Step and
 * step back move through the recorded picks; anything that acts on the lab (Start, a failure) returns to the live lab
 * and acts there; speed and step mode are the live lab's.
 */
final class ReplayControl implements LabControl {
    private final LabControl live;
    private final LabRecording.Replay replay;
    private final TimelineViewModel timeline;
    private final Runnable resume;

    /**
     * @param live the live lab
     * @param replay what is shown
     * @param timeline moves through the recording
     * @param resume returns to the live lab and lets its time run
     */
    ReplayControl(LabControl live, LabRecording.Replay replay, TimelineViewModel timeline, Runnable resume) {
        this.live = live;
        this.replay = replay;
        this.timeline = timeline;
        this.resume = resume;
    }

    @Override
    public Topology topology() {
        return live.topology();
    }

    @Override
    public void start() {
        resume.run();
    }

    @Override
    public void pause() {
        // a replay never runs
    }

    @Override
    public boolean running() {
        return false;
    }

    @Override
    public void setSpeed(double factor) {
        live.setSpeed(factor);
    }

    @Override
    public double speed() {
        return live.speed();
    }

    @Override
    public void setStepMode(boolean on) {
        live.setStepMode(on);
    }

    @Override
    public boolean stepMode() {
        return live.stepMode();
    }

    @Override
    public void step() {
        timeline.stepForward();
    }

    @Override
    public void stepBack() {
        timeline.stepBack();
    }

    @Override
    public long labNanos() {
        return replay.moment().nanos();
    }

    @Override
    public Picker picker() {
        return replay.moment().picker();
    }

    @Override
    public AlgorithmKind algorithm() {
        return replay.moment().algorithm();
    }

    @Override
    public void inject(ServerId id, FailureMode mode) {
        timeline.live();
        live.inject(id, mode);
    }
}
