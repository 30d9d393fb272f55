package dev.balancelab.telemetry;

import java.util.HashSet;
import java.util.Set;

/**
 * The lab's request accounting. Every request is sent once and ends once, completed or failed, so at every instant
 * {@code sent = completed + failed + inFlight}; attempts are counted apart ({@code attempts = sent + retries}).
 *
 * <p>In-flight is not derived from the other counters: it is the size of the set of request ids sent and not yet
 * ended, so the invariant is a real check (a request ended twice, or never, breaks it). Everything moves under one
 * monitor so that a {@link Counts} read is consistent; this costs well under a microsecond per request, far below the
 * lab's rates.
 */
public final class Accounting {
    private final Set<Long> live = new HashSet<>();
    private long sent;
    private long completed;
    private long failed;
    private long retries;
    private long retriesDenied;
    private long timeouts;

    /** Request {@code id} was sent (its first attempt is about to leave). */
    public synchronized void sent(long id) {
        sent++;
        live.add(id);
    }

    /** A request was retried (another attempt is about to leave). */
    public synchronized void retried() {
        retries++;
    }

    /** A retry was not made because the retry budget was spent. */
    public synchronized void retryDenied() {
        retriesDenied++;
    }

    /** An attempt hit its per-try timeout. */
    public synchronized void timedOut() {
        timeouts++;
    }

    /**
     * Request {@code id} ended.
     *
     * @param id the request
     * @param ok true if completed, false if failed after its last attempt
     */
    public synchronized void ended(long id, boolean ok) {
        live.remove(id);
        if (ok) {
            completed++;
        } else {
            failed++;
        }
    }

    /** A consistent read of all counters. */
    public synchronized Counts counts() {
        return new Counts(sent, completed, failed, live.size(), retries, retriesDenied, timeouts);
    }

    /**
     * One consistent read of the accounting counters.
     *
     * @param sent requests sent
     * @param completed requests completed successfully
     * @param failed requests failed after their last attempt
     * @param inFlight requests sent and not yet ended
     * @param retries attempts beyond the first
     * @param retriesDenied retries not made because the retry budget was spent
     * @param timeouts attempts that hit the per-try timeout
     */
    public record Counts(
            long sent, long completed, long failed, long inFlight, long retries, long retriesDenied, long timeouts) {
        /** All attempts: {@code sent + retries}. */
        public long attempts() {
            return sent + retries;
        }

        /** Whether {@code sent = completed + failed + inFlight} holds. */
        public boolean balanced() {
            return sent == completed + failed + inFlight;
        }
    }
}
