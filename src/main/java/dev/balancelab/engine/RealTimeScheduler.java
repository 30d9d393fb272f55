package dev.balancelab.engine;

import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The real-time scheduler: a timer thread ({@code lab-scheduler}) that only watches deadlines, and a small pool of
 * work threads ({@code lab-work-0}, ...) that run the due tasks, so a burst of arrivals never holds up a timeout or a
 * backoff. Pending tasks sit in a lock-free skip list; a cancelled task (a per-try timeout whose attempt ended) is
 * removed at once rather than left to expire. Tasks due at the same time start in order but may overlap.
 */
final class RealTimeScheduler implements LabScheduler {
    /** Longest park of the timer thread with nothing due, so that {@link #close()} is noticed. */
    private static final long IDLE_PARK_NANOS = 20_000_000L;

    private final LabClock clock;
    private final ConcurrentSkipListMap<ScheduledTask, Boolean> tasks = new ConcurrentSkipListMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final Threads poolThreads = Threads.numbered("lab-work");
    private final ExecutorService work;
    private final Thread timer;
    private volatile boolean closed;

    /**
     * @param clock the lab clock the deadlines are in
     * @param workThreads threads that run due tasks, &gt;= 1
     */
    RealTimeScheduler(LabClock clock, int workThreads) {
        this.clock = clock;
        this.work = new ThreadPoolExecutor(
                workThreads,
                workThreads,
                0,
                TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(),
                poolThreads,
                new ThreadPoolExecutor.DiscardPolicy());
        this.timer = new Thread(this::loop, "lab-scheduler");
        timer.setDaemon(true);
        timer.start();
    }

    @Override
    public LabClock clock() {
        return clock;
    }

    @Override
    public Timer at(long labNanos, Runnable body) {
        if (closed) {
            return () -> {};
        }
        ScheduledTask task = new ScheduledTask(labNanos, sequence.getAndIncrement(), body);
        tasks.put(task, Boolean.TRUE);
        var head = tasks.firstEntry();
        if (head != null && head.getKey() == task) {
            LockSupport.unpark(timer);
        }
        return () -> tasks.remove(task);
    }

    private void loop() {
        while (!closed) {
            var head = tasks.firstEntry();
            long wait = head == null
                    ? IDLE_PARK_NANOS
                    : clock.realNanosUntil(head.getKey().labNanos());
            if (wait > 0) {
                LockSupport.parkNanos(this, wait);
            } else if (tasks.remove(head.getKey()) != null) {
                work.execute(head.getKey()::runSafely);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(timer);
        tasks.clear();
        work.shutdownNow();
        try {
            timer.join(5_000);
            poolThreads.awaitEnd(System.nanoTime() + 5_000_000_000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
