package dev.balancelab.engine;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A factory of the lab's named daemon threads that remembers the ones still alive, so that a close can wait for them
 * to end (an executor's {@code awaitTermination} returns before its last thread has exited).
 */
final class Threads implements ThreadFactory {
    private final String prefix;
    private final boolean numbered;
    private final AtomicInteger next = new AtomicInteger();
    private final Queue<Thread> threads = new ConcurrentLinkedQueue<>();

    private Threads(String prefix, boolean numbered) {
        this.prefix = prefix;
        this.numbered = numbered;
    }

    /** Threads named {@code prefix-0}, {@code prefix-1}, ... */
    static Threads numbered(String prefix) {
        return new Threads(prefix, true);
    }

    /** Threads named {@code name}, for a pool of one. */
    static Threads named(String name) {
        return new Threads(name, false);
    }

    @Override
    public Thread newThread(Runnable r) {
        threads.removeIf(t -> t.getState() == Thread.State.TERMINATED);
        Thread t = new Thread(r, numbered ? prefix + "-" + next.getAndIncrement() : prefix);
        t.setDaemon(true);
        threads.add(t);
        return t;
    }

    /**
     * Waits for every thread made so far to end.
     *
     * @param deadlineNanos {@link System#nanoTime()} after which it gives up
     */
    void awaitEnd(long deadlineNanos) throws InterruptedException {
        for (Thread t : threads) {
            long leftMs = (deadlineNanos - System.nanoTime()) / 1_000_000;
            if (leftMs <= 0) {
                return;
            }
            t.join(leftMs);
        }
    }
}
