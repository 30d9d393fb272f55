package dev.balancelab.engine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * Step mode for "Why this server?": a gate in front of every pick. While it is on, live traffic goes on as it came, but
 * lab time runs only inside a {@link #step}: the next pick (of any request, first attempt or retry) goes through
 * explained, and lab time freezes right at that decision, so every other request holds where it is and the
 * load-aware algorithms explain themselves with the real in-flight counts. Picks that fall due while no step is armed
 * (due at the same instant, or on another worker thread in real time) wait at the gate, in order, and each later step
 * releases the oldest one first; so consecutive steps explain consecutive picks of the balancer, with no pick in
 * between. Turning step mode off releases every waiting pick.
 *
 * <p>Thread-safe: the dispatcher calls {@link #admit} from any data-plane thread; the window calls the rest.
 */
final class StepMode {
    /** What the gate does with a pick. */
    enum Gate {
        /** Step mode is off: pick as usual. */
        FREE,
        /** The pick a step waited for: explain it; lab time is frozen now. */
        STEPPED,
        /** No step is armed: the pick waits at the gate until a step (or step mode off) releases it. */
        HELD
    }

    private final List<TrafficSource> sources;
    private final LabClock clock;
    private final DoubleSupplier totalRate;
    private final Deque<Runnable> held = new ArrayDeque<>();
    private volatile boolean on;
    private boolean armed;
    private int nextClient;

    /**
     * @param sources the clients, in topology order (filled in by the engine after this is built)
     * @param totalRate the clients' offered load now, requests/s; at 0 a step sends a request itself
     */
    StepMode(List<TrafficSource> sources, LabClock clock, DoubleSupplier totalRate) {
        this.sources = sources;
        this.clock = clock;
        this.totalRate = totalRate;
    }

    /** Turns step mode on (lab time freezes) or off (every waiting pick goes through; lab time stays as it is). */
    void set(boolean value) {
        List<Runnable> release;
        synchronized (this) {
            on = value;
            armed = false;
            if (value) {
                clock.pause();
                return;
            }
            release = List.copyOf(held);
            held.clear();
        }
        release.forEach(Runnable::run);
    }

    boolean on() {
        return on;
    }

    /**
     * Lets the next pick through, explained, and freezes lab time at it: releases the oldest waiting pick at once, or
     * runs lab time until live traffic reaches the balancer (when the clients send nothing, the next client in turn
     * sends one request). Turns step mode on if it was off.
     *
     * @param runLabTime lets lab time run (and starts traffic the first time)
     * @throws IllegalStateException if nothing could ever reach the balancer: no waiting pick and no client
     */
    void step(Runnable runLabTime) {
        Runnable oldest;
        TrafficSource sender = null;
        synchronized (this) {
            if (held.isEmpty() && sources.isEmpty()) {
                throw new IllegalStateException("no client to send a request");
            }
            on = true;
            armed = true;
            oldest = held.poll();
            if (oldest == null) {
                // resumed under the lock: a pick on another thread cannot pause lab time before it has resumed
                runLabTime.run();
                if (totalRate.getAsDouble() <= 0) {
                    sender = sources.get(nextClient++ % sources.size());
                }
            }
        }
        if (oldest != null) {
            oldest.run();
        } else if (sender != null) {
            sender.emit();
        }
    }

    /**
     * Called by the dispatcher before each pick.
     *
     * @param retry runs the pick again once released; kept only when the answer is {@link Gate#HELD}
     */
    Gate admit(Runnable retry) {
        if (!on) {
            return Gate.FREE;
        }
        synchronized (this) {
            if (!on) {
                return Gate.FREE;
            }
            if (armed) {
                armed = false;
                clock.pause();
                return Gate.STEPPED;
            }
            held.add(retry);
            return Gate.HELD;
        }
    }
}
