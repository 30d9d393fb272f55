package dev.balancelab.engine;

/**
 * Runs tasks at lab times: arrivals, heartbeats, timeouts, backoffs and scenario events. Two implementations run the
 * same engine: {@link RealTimeScheduler} on threads against the wall clock, and {@link VirtualScheduler}, a
 * discrete-event queue that a test drives on one thread. Tasks must be short and must not block. Thread-safe.
 */
public interface LabScheduler extends AutoCloseable {
    /** A scheduled task that can still be called off. */
    interface Timer {
        /** Removes the task if it has not run yet; does nothing otherwise. */
        void cancel();
    }

    /** The lab clock the deadlines are in. */
    LabClock clock();

    /**
     * Runs {@code task} once lab time reaches {@code labNanos}. Ignored after {@link #close()}.
     *
     * @return a handle that cancels the task
     */
    Timer at(long labNanos, Runnable task);

    /** Runs {@code task} after {@code delayNanos} of lab time; see {@link #at}. */
    default Timer after(long delayNanos, Runnable task) {
        return at(clock().labNanos() + delayNanos, task);
    }

    /** Drops pending tasks and stops running any; waits for tasks running now to end. */
    @Override
    void close();
}
