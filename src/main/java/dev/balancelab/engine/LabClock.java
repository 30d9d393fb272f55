package dev.balancelab.engine;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * Lab time: wall time scaled by the speed factor, frozen while paused. Everything in the lab that takes time (service
 * time, heartbeat interval and timeout, arrivals) waits in lab time, so slow motion and pause are exact for the engine
 * and the animation alike. Thread-safe.
 */
public final class LabClock {
    /** Longest single real sleep, so a waiter notices a change of speed or a resume promptly. */
    private static final long MAX_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final LongSupplier ticker;
    private long baseLab;
    private long baseReal;
    private double speed = 1.0;
    private boolean running;

    /** @param ticker real time in ns, normally {@code System::nanoTime} */
    public LabClock(LongSupplier ticker) {
        this.ticker = ticker;
        this.baseReal = ticker.getAsLong();
    }

    /** A clock on {@link System#nanoTime()}, paused at lab time 0. */
    public static LabClock system() {
        return new LabClock(System::nanoTime);
    }

    /** Lab time in ns since the clock was created (0 until first resumed). */
    public synchronized long labNanos() {
        return running ? baseLab + (long) ((ticker.getAsLong() - baseReal) * speed) : baseLab;
    }

    /** Lab time in ms. */
    public long labMillis() {
        return labNanos() / 1_000_000;
    }

    /**
     * Sets the speed factor: 1 is real time, 0.1 is ten times slower.
     *
     * @throws IllegalArgumentException unless {@code 0 < factor <= 100}
     */
    public synchronized void setSpeed(double factor) {
        if (!(factor > 0 && factor <= 100)) {
            throw new IllegalArgumentException("speed must be in (0, 100], was " + factor);
        }
        rebase();
        speed = factor;
    }

    /** The speed factor. */
    public synchronized double speed() {
        return speed;
    }

    /** Lets lab time run. */
    public synchronized void resume() {
        rebase();
        running = true;
    }

    /** Freezes lab time. */
    public synchronized void pause() {
        rebase();
        running = false;
    }

    /** Whether lab time is running. */
    public synchronized boolean running() {
        return running;
    }

    /**
     * Real ns to wait before lab time may have reached {@code labDeadline}: at most 20 ms, so changes of speed and
     * pauses are noticed; 0 if it has been reached.
     */
    public synchronized long realNanosUntil(long labDeadline) {
        long remaining = labDeadline - labNanos();
        if (remaining <= 0) {
            return 0;
        }
        return running ? Math.max(1, Math.min(MAX_PARK_NANOS, (long) (remaining / speed))) : MAX_PARK_NANOS;
    }

    /**
     * Blocks the calling thread until lab time reaches {@code labDeadline}.
     *
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    public void sleepUntil(long labDeadline) throws InterruptedException {
        long wait;
        while ((wait = realNanosUntil(labDeadline)) > 0) {
            LockSupport.parkNanos(this, wait);
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
    }

    private void rebase() {
        long now = ticker.getAsLong();
        if (running) {
            baseLab += (long) ((now - baseReal) * speed);
        }
        baseReal = now;
    }
}
