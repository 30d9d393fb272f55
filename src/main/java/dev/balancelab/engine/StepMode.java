package dev.balancelab.engine;

import java.util.List;

/**
 * Step mode for "Why this server?": while on, clients send nothing by themselves and each {@link #step} sends exactly
 * one request, then lets lab time run until it has ended and settled, and pauses.
 */
final class StepMode {
    private final List<TrafficSource> sources;
    private final LabScheduler scheduler;
    private volatile boolean on;
    private int nextClient;
    private volatile long steps;
    private volatile long settleNanos;

    /** @param sources the clients, in topology order (filled in by the engine after this is built) */
    StepMode(List<TrafficSource> sources, LabScheduler scheduler) {
        this.sources = sources;
        this.scheduler = scheduler;
    }

    void set(boolean value) {
        sources.forEach(s -> s.setSuspended(value));
        on = value;
    }

    boolean on() {
        return on;
    }

    /**
     * Sends one request from the next client in turn.
     *
     * @param settle lab ns to run on after the request ended
     * @param startLabTime lets lab time run; called before the request is sent
     * @throws IllegalStateException if there is no client
     */
    synchronized void step(long settle, Runnable startLabTime) {
        if (sources.isEmpty()) {
            throw new IllegalStateException("no client to send a request");
        }
        settleNanos = Math.max(0, settle);
        steps++;
        startLabTime.run();
        sources.get(nextClient++ % sources.size()).emit(true);
    }

    /** A stepped request ended: pause after the settle time, unless another step has started since. */
    void requestEnded() {
        long step = steps;
        scheduler.after(settleNanos, () -> {
            if (steps == step) {
                scheduler.clock().pause();
            }
        });
    }
}
