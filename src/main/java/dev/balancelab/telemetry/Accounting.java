package dev.balancelab.telemetry;

/**
 * The lab's request accounting. Every request is sent once and ends once, completed or failed, so at every instant
 * {@code sent = completed + failed + inFlight}; attempts are counted apart ({@code attempts = sent + retries}).
 * The counters move together under one monitor so that a {@link Counts} read is always consistent; the few hundred
 * nanoseconds this costs per request are far below the lab's rates.
 */
public final class Accounting {
    private long sent;
    private long completed;
    private long failed;
    private long retries;

    /** A request was sent (its first attempt is about to leave). */
    public synchronized void sent() {
        sent++;
    }

    /** A request was retried (another attempt is about to leave). */
    public synchronized void retried() {
        retries++;
    }

    /**
     * A request ended.
     *
     * @param ok true if completed, false if failed after its last attempt
     */
    public synchronized void ended(boolean ok) {
        if (ok) {
            completed++;
        } else {
            failed++;
        }
    }

    /** A consistent read of all counters. */
    public synchronized Counts counts() {
        return new Counts(sent, completed, failed, retries);
    }

    /**
     * One consistent read of the accounting counters.
     *
     * @param sent requests sent
     * @param completed requests completed successfully
     * @param failed requests failed after their last attempt
     * @param retries attempts beyond the first
     */
    public record Counts(long sent, long completed, long failed, long retries) {
        /** Requests sent and not yet ended: {@code sent - completed - failed}. */
        public long inFlight() {
            return sent - completed - failed;
        }

        /** All attempts: {@code sent + retries}. */
        public long attempts() {
            return sent + retries;
        }
    }
}
