package dev.balancelab.telemetry;

import java.util.concurrent.atomic.LongAdder;

/**
 * Which requests get a dot in the window: every request up to a rate, above it one request in {@code k}, so that the
 * canvas carries about a fixed number of travelling dots whatever the rate (software rendering pays per dot drawn;
 * 1,000 attempts a second put about 1,000 dots on their way at once). {@code k} is 1, 2, 5, 10, 20, 50, … (the legend
 * says "1 dot = k requests"); the rate is measured in lab time, so pause and slow motion do not change it. The choice
 * is made by request id (a hashed id, not {@code id % k}: round robin sends consecutive ids to consecutive servers).
 *
 * <p>The engine asks it before it builds a request's attempt events ({@link EventQueue#sample}), so a request that gets
 * no dot costs the window nothing: no event, no queue slot, no work on the FX thread. The figures on the cards and in
 * the status bar come from the accounting and always count every request. Thread-safe: attempts are counted from the
 * data plane's threads; {@code k} is re-decided once per lab second.
 */
public final class DotSampler {
    /** Lab time over which the rate of attempts is measured, in ns. */
    static final long WINDOW_NANOS = 1_000_000_000L;
    /** A lower {@code k} is taken only when it keeps the dots under this share of the budget (no flapping). */
    private static final double DOWN_MARGIN = 0.8;

    private final double budget;
    private final double travelSeconds;
    private final LongAdder attempts = new LongAdder();
    private volatile int perDot = 1;
    /** Lab time the current window began, {@link Long#MIN_VALUE} before the first attempt; written under the lock. */
    private volatile long windowStart = Long.MIN_VALUE;

    /**
     * @param budget travelling dots wanted at most (about)
     * @param travelNanos lab time one drawn attempt travels (out and back), in ns
     */
    public DotSampler(int budget, long travelNanos) {
        this.budget = budget;
        this.travelSeconds = travelNanos / 1e9;
    }

    /**
     * Counts one attempt that started (or found no server) at lab time {@code nanos} and says whether to draw it.
     *
     * @return whether request {@code requestId} gets a dot
     */
    public boolean draw(long requestId, long nanos) {
        long start = windowStart;
        if (start == Long.MIN_VALUE || nanos - start >= WINDOW_NANOS) {
            roll(nanos);
        }
        attempts.increment();
        return drawn(requestId);
    }

    /**
     * Whether request {@code requestId} gets a dot at the current {@code k}, without counting an attempt: what
     * {@link #draw} decided for it unless {@code k} changed since (the storage operations of a request ask this).
     */
    public boolean drawn(long requestId) {
        int k = perDot;
        return k == 1 || Math.floorMod(mix(requestId), k) == 0;
    }

    /** Requests per drawn dot now: 1, 2, 5, 10, 20, 50, … */
    public int perDot() {
        return perDot;
    }

    /** Ends the window that {@code nanos} is past (once, whichever thread gets here first) and re-decides k. */
    private synchronized void roll(long nanos) {
        long start = windowStart;
        if (start == Long.MIN_VALUE) {
            windowStart = nanos;
            attempts.reset();
        } else if (nanos - start >= WINDOW_NANOS) {
            perDot = choose(attempts.sumThenReset() * 1e9 / (nanos - start));
            windowStart = nanos;
        }
    }

    /**
     * The smallest step that keeps the travelling dots within the budget at {@code rate} attempts per lab second; a
     * lower step than now only if it keeps them within {@link #DOWN_MARGIN} of it.
     */
    private int choose(double rate) {
        double dots = rate * travelSeconds;
        int k = smallest(dots, budget);
        return k >= perDot ? k : Math.min(perDot, smallest(dots, budget * DOWN_MARGIN));
    }

    private static int smallest(double dots, double limit) {
        int k = 1;
        while (dots / k > limit) {
            k = next(k);
        }
        return k;
    }

    /** 1, 2, 5, 10, 20, 50, … */
    private static int next(int k) {
        int decade = 1;
        while (decade * 10 <= k) {
            decade *= 10;
        }
        return k / decade == 2 ? 5 * decade : 2 * k;
    }

    /** Fibonacci hashing: consecutive ids spread evenly over the residues. */
    private static int mix(long id) {
        return (int) ((id * 0x9E37_79B9_7F4A_7C15L) >>> 32);
    }
}
