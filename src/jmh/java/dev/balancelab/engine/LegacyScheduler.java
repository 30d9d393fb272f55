package dev.balancelab.engine;

import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The baseline for {@link TimerLateness}: the scheduler as it was before timers were fixed (commit f613a2a), kept
 * verbatim but for the interface. One thread ({@code lab-scheduler}) both watches the deadlines in a
 * {@link PriorityQueue} under one lock and runs every due task itself; a cancelled task stays queued until it expires.
 */
final class LegacyScheduler implements LabScheduler {
    private final LabClock clock;
    private final PriorityQueue<Task> tasks = new PriorityQueue<>();
    private final AtomicLong sequence = new AtomicLong();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Thread thread;
    private volatile boolean closed;

    /** @param clock the lab clock the deadlines are in */
    LegacyScheduler(LabClock clock) {
        this.clock = clock;
        this.thread = new Thread(this::loop, "lab-scheduler");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public LabClock clock() {
        return clock;
    }

    @Override
    public Timer at(long labNanos, Runnable task) {
        lock.lock();
        try {
            tasks.add(new Task(labNanos, sequence.getAndIncrement(), task));
            changed.signal();
        } finally {
            lock.unlock();
        }
        return () -> {};
    }

    private void loop() {
        while (!closed) {
            Runnable due = nextDue();
            if (due != null) {
                runSafely(due);
            }
        }
    }

    private Runnable nextDue() {
        lock.lock();
        try {
            Task head = tasks.peek();
            long wait = head == null ? 20_000_000L : clock.realNanosUntil(head.labNanos);
            if (wait == 0) {
                return tasks.poll().body;
            }
            changed.awaitNanos(wait);
            return null;
        } catch (InterruptedException e) {
            closed = true;
            return null;
        } finally {
            lock.unlock();
        }
    }

    private static void runSafely(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            Thread t = Thread.currentThread();
            t.getUncaughtExceptionHandler().uncaughtException(t, e);
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Task(long labNanos, long seq, Runnable body) implements Comparable<Task> {
        @Override
        public int compareTo(Task o) {
            int c = Long.compare(labNanos, o.labNanos);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }
}
