package dev.balancelab.engine;

/**
 * A task due at a lab time; tasks due at the same time are ordered by the sequence number they were given.
 *
 * @param labNanos when it is due, in lab ns
 * @param seq the order it was scheduled in
 * @param body what to run
 */
record ScheduledTask(long labNanos, long seq, Runnable body) implements Comparable<ScheduledTask> {
    @Override
    public int compareTo(ScheduledTask o) {
        int c = Long.compare(labNanos, o.labNanos);
        return c != 0 ? c : Long.compare(seq, o.seq);
    }

    /** Runs the body; an exception goes to the thread's uncaught-exception handler instead of ending the caller. */
    void runSafely() {
        try {
            body.run();
        } catch (RuntimeException e) {
            Thread t = Thread.currentThread();
            t.getUncaughtExceptionHandler().uncaughtException(t, e);
        }
    }
}
