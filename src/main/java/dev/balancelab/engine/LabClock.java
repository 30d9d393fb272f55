package dev.balancelab.engine;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * Lab time: wall time scaled by the speed factor, frozen while paused. Everything in the lab that takes time (service
 * time, heartbeat interval and timeout, arrivals) waits in lab time, so slow motion and pause are exact for the engine
 * and the animation alike. Thread-safe.
 */
public final class LabClock {
    /** Longest single real wait of {@link #realNanosUntil}, so a polling waiter notices a change of speed promptly. */
    private static final long MAX_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final LongSupplier ticker;
    /** Threads in {@link #sleepUntil}; woken by every change of speed or running state. */
    private final Set<Thread> sleepers = ConcurrentHashMap.newKeySet();
    /** Replaced as a whole under this object's monitor; read without locking. */
    private volatile State state;

    /** @param ticker real time in ns, normally {@code System::nanoTime} */
    public LabClock(LongSupplier ticker) {
        this.ticker = ticker;
        this.state = new State(0, ticker.getAsLong(), 1.0, false);
    }

    /** A clock on {@link System#nanoTime()}, paused at lab time 0. */
    public static LabClock system() {
        return new LabClock(System::nanoTime);
    }

    /** Lab time in ns since the clock was created (0 until first resumed). Lock-free. */
    public long labNanos() {
        return state.labAt(ticker.getAsLong());
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
        state = state.rebased(ticker.getAsLong(), factor, state.running);
        wakeSleepers();
    }

    /** The speed factor. */
    public double speed() {
        return state.speed;
    }

    /** Lets lab time run. */
    public synchronized void resume() {
        state = state.rebased(ticker.getAsLong(), state.speed, true);
        wakeSleepers();
    }

    /** Freezes lab time. */
    public synchronized void pause() {
        state = state.rebased(ticker.getAsLong(), state.speed, false);
        wakeSleepers();
    }

    /** Sleepers recompute their wait under the new state; a sleeper between two parks keeps the permit. */
    private void wakeSleepers() {
        sleepers.forEach(LockSupport::unpark);
    }

    /** Whether lab time is running. */
    public boolean running() {
        return state.running;
    }

    /**
     * Real ns to wait before lab time may have reached {@code labDeadline}: at most 20 ms, so changes of speed and
     * pauses are noticed; 0 if it has been reached.
     */
    public long realNanosUntil(long labDeadline) {
        return Math.min(MAX_PARK_NANOS, realDelayNanos(labDeadline));
    }

    /**
     * Real ns until lab time reaches {@code labDeadline} at the present speed, at least 1 while it has not: 0 if it
     * has been reached, {@link Long#MAX_VALUE} while paused.
     */
    public long realDelayNanos(long labDeadline) {
        State s = state;
        long remaining = labDeadline - s.labAt(ticker.getAsLong());
        if (remaining <= 0) {
            return 0;
        }
        return s.running ? Math.max(1, (long) Math.ceil(remaining / s.speed)) : Long.MAX_VALUE;
    }

    /**
     * Blocks the calling thread until lab time reaches {@code labDeadline}. It parks for exactly the real time left
     * (for good while paused) and is woken by any change of speed, pause or resume, so it neither polls nor oversleeps.
     *
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    public void sleepUntil(long labDeadline) throws InterruptedException {
        if (realDelayNanos(labDeadline) == 0) {
            return;
        }
        Thread me = Thread.currentThread();
        sleepers.add(me);
        try {
            long wait;
            while ((wait = realDelayNanos(labDeadline)) > 0) {
                if (wait == Long.MAX_VALUE) {
                    LockSupport.park(this);
                } else {
                    LockSupport.parkNanos(this, wait);
                }
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
            }
        } finally {
            sleepers.remove(me);
        }
    }

    /** Lab time {@code baseLab} at real time {@code baseReal}, advancing at {@code speed} while running. */
    private record State(long baseLab, long baseReal, double speed, boolean running) {
        long labAt(long realNow) {
            return running ? baseLab + (long) ((realNow - baseReal) * speed) : baseLab;
        }

        State rebased(long realNow, double newSpeed, boolean nowRunning) {
            return new State(labAt(realNow), realNow, newSpeed, nowRunning);
        }
    }
}
