package dev.balancelab.engine;

import java.util.TreeSet;
import java.util.function.BooleanSupplier;

/**
 * Virtual time: a discrete-event queue whose clock moves only when the driving thread says so. {@link #advanceBy}
 * runs every task due in the next stretch of time in deadline order (ties in the order scheduled), each at its own
 * instant, on the calling thread; nothing runs in between. The lab clock on top of it still pauses and changes speed,
 * so step mode and slow motion behave as in real time. With a fixed seed, a run replays exactly.
 *
 * <p>Meant for one driving thread (a test, a headless run); every method is synchronized so that a stray call from
 * another thread is safe, but tasks only ever run on the thread that called {@link #advanceBy} or {@link #runUntil}.
 */
public final class VirtualScheduler implements LabScheduler {
    private final TreeSet<ScheduledTask> tasks = new TreeSet<>();
    private final LabClock clock;
    /** The "real" time of the virtual world, in ns; the lab clock runs on it as on a ticker. */
    private long nowNanos;

    private long sequence;
    private boolean closed;

    /** A scheduler at virtual time 0 with its lab clock paused, as a new engine expects. */
    public VirtualScheduler() {
        this.clock = new LabClock(this::nowNanos);
    }

    private synchronized long nowNanos() {
        return nowNanos;
    }

    @Override
    public LabClock clock() {
        return clock;
    }

    @Override
    public synchronized Timer at(long labNanos, Runnable body) {
        if (closed) {
            return () -> {};
        }
        ScheduledTask task = new ScheduledTask(labNanos, sequence++, body);
        tasks.add(task);
        return () -> cancel(task);
    }

    private synchronized void cancel(ScheduledTask task) {
        tasks.remove(task);
    }

    /**
     * Lets {@code ms} of virtual time pass, running every task that falls due meanwhile.
     *
     * @param ms virtual ms, &gt;= 0
     */
    public void advanceBy(long ms) {
        runUntil(() -> false, ms);
    }

    /**
     * Lets virtual time pass until {@code done} holds (checked before the first task and after each) or {@code maxMs}
     * have passed.
     *
     * @param done the condition to reach
     * @param maxMs most virtual ms to let pass, &gt;= 0
     * @return whether {@code done} holds
     */
    public boolean runUntil(BooleanSupplier done, long maxMs) {
        if (maxMs < 0) {
            throw new IllegalArgumentException("maxMs must be >= 0, was " + maxMs);
        }
        long end = nowNanos() + maxMs * 1_000_000L;
        while (!done.getAsBoolean()) {
            ScheduledTask next = nextDueBy(end);
            if (next == null) {
                return done.getAsBoolean();
            }
            next.runSafely();
        }
        return true;
    }

    /** Moves time to the head task and removes it, if it falls due by {@code end}; else moves time to {@code end}. */
    private synchronized ScheduledTask nextDueBy(long end) {
        while (!tasks.isEmpty()) {
            long delay = clock.realDelayNanos(tasks.first().labNanos());
            if (delay == 0) {
                return tasks.pollFirst();
            }
            if (delay > end - nowNanos) {
                break;
            }
            nowNanos += delay;
        }
        nowNanos = end;
        return null;
    }

    /** Tasks waiting to run. */
    public synchronized int pending() {
        return tasks.size();
    }

    @Override
    public synchronized void close() {
        closed = true;
        tasks.clear();
    }
}
