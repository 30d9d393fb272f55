package dev.balancelab.ui.common;

import dev.balancelab.telemetry.DotSampler;
import dev.balancelab.telemetry.EventQueue;
import dev.balancelab.telemetry.LabEvent;
import dev.balancelab.telemetry.MetricsSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * The window's only two pulls from a running lab, both on the FX thread: one {@link AnimationTimer} that drains the
 * event queue (at most {@link #MAX_EVENTS_PER_PULSE} per pulse) and then announces the frame's lab time, and one
 * {@link Timeline} that samples a {@link MetricsSnapshot} five times a second. ViewModels subscribe before
 * {@link #start()}.
 */
public final class LabFeed {
    /** Events handled per pulse at most; the rest wait for the next pulse. */
    public static final int MAX_EVENTS_PER_PULSE = 5_000;

    private static final Duration SAMPLE_PERIOD = Duration.millis(200);

    private final EventQueue events;
    private final LongSupplier labNanos;
    private final Supplier<MetricsSnapshot> sampler;
    private final List<Consumer<LabEvent>> eventSinks = new ArrayList<>();
    private final List<LongConsumer> frameSinks = new ArrayList<>();
    private final List<Consumer<MetricsSnapshot>> snapshotSinks = new ArrayList<>();
    private final Consumer<LabEvent> dispatch = this::dispatch;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            pulse();
        }
    };
    private final Timeline sampling = new Timeline(new KeyFrame(SAMPLE_PERIOD, e -> sample()));

    /**
     * @param events the lab's event queue
     * @param labNanos the lab's clock, the time base of the events
     * @param sampler takes a snapshot of the lab's figures
     */
    public LabFeed(EventQueue events, LongSupplier labNanos, Supplier<MetricsSnapshot> sampler) {
        this.events = events;
        this.labNanos = labNanos;
        this.sampler = sampler;
        sampling.setCycleCount(Timeline.INDEFINITE);
    }

    /**
     * Makes the lab's attempt events a sample: from now on the engine builds them only for the requests
     * {@code sampler} draws (the others are still counted in every figure).
     */
    public void sampleAttempts(DotSampler sampler) {
        events.sampleAttempts(sampler);
    }

    /** Calls {@code sink} with every event, in order, on the FX thread. */
    public void onEvent(Consumer<LabEvent> sink) {
        eventSinks.add(sink);
    }

    /** Calls {@code sink} once per pulse, after the pulse's events, with the lab time to draw. */
    public void onFrame(LongConsumer sink) {
        frameSinks.add(sink);
    }

    /** Calls {@code sink} with a snapshot about five times a second. */
    public void onSnapshot(Consumer<MetricsSnapshot> sink) {
        snapshotSinks.add(sink);
    }

    /**
     * Hands {@code events} to the subscribers as if they had just been drained: a lab's kept history, for views built
     * on a lab that has been running (call before {@link #start()}).
     */
    public void replay(List<LabEvent> events) {
        events.forEach(dispatch);
    }

    /**
     * Hands {@code snapshots} to the subscribers in order, as if they had been sampled: a recorded run's figures, for
     * views that show the past (call before {@link #start()}).
     */
    public void replaySnapshots(List<MetricsSnapshot> snapshots) {
        snapshots.forEach(s -> snapshotSinks.forEach(sink -> sink.accept(s)));
    }

    /** Starts pulling. */
    public void start() {
        timer.start();
        sampling.play();
        sample();
    }

    /** Stops pulling; nothing is called afterwards. */
    public void stop() {
        timer.stop();
        sampling.stop();
    }

    /**
     * Hands the waiting events (at most {@link #MAX_EVENTS_PER_PULSE}) and then the frame's lab time on; the timer
     * calls it every pulse, tests call it directly.
     */
    public void pulse() {
        events.drain(dispatch, MAX_EVENTS_PER_PULSE);
        long now = labNanos.getAsLong();
        for (int i = 0; i < frameSinks.size(); i++) {
            frameSinks.get(i).accept(now);
        }
    }

    private void dispatch(LabEvent event) {
        for (int i = 0; i < eventSinks.size(); i++) {
            eventSinks.get(i).accept(event);
        }
    }

    /** Takes a snapshot and hands it on; the timeline calls it five times a second, tests call it directly. */
    public void sample() {
        MetricsSnapshot snapshot = sampler.get();
        snapshotSinks.forEach(sink -> sink.accept(snapshot));
    }
}
