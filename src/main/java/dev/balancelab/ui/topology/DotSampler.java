package dev.balancelab.ui.topology;

/**
 * Which requests get a dot: every request up to a rate, above it one request in {@code k}, so that the canvas carries
 * about a fixed number of travelling dots whatever the rate (software rendering pays per dot drawn; 1,000 attempts a
 * second put about 1,000 dots on their way at once). {@code k} is 1, 2, 5, 10, 20, 50, … (the legend says "1 dot = k
 * requests"); the rate is measured in lab time, so pause and slow motion do not change it. The choice is made by
 * request id (a hashed id, not {@code id % k}: round robin sends consecutive ids to consecutive servers), so every
 * attempt of a drawn request is drawn while {@code k} stays. The figures on the cards and in the status bar always
 * count every request. Single-threaded (FX thread).
 */
final class DotSampler {
    /** Lab time over which the rate of attempts is measured, in ns. */
    static final long WINDOW_NANOS = 1_000_000_000L;
    /** A lower {@code k} is taken only when it keeps the dots under this share of the budget (no flapping). */
    private static final double DOWN_MARGIN = 0.8;

    private final double budget;
    private final double travelSeconds;
    private int perDot = 1;
    private long windowStart = Long.MIN_VALUE;
    private long attempts;

    /**
     * @param budget travelling dots wanted at most (about)
     * @param travelNanos lab time one drawn attempt travels (out and back), in ns
     */
    DotSampler(int budget, long travelNanos) {
        this.budget = budget;
        this.travelSeconds = travelNanos / 1e9;
    }

    /**
     * Counts one attempt that started (or found no server) at lab time {@code nanos} and says whether to draw it.
     *
     * @return whether request {@code requestId} gets a dot
     */
    boolean draw(long requestId, long nanos) {
        count(nanos);
        return perDot == 1 || Math.floorMod(mix(requestId), perDot) == 0;
    }

    /** Requests per drawn dot now: 1, 2, 5, 10, 20, 50, … */
    int perDot() {
        return perDot;
    }

    private void count(long nanos) {
        if (windowStart == Long.MIN_VALUE || nanos < windowStart) {
            windowStart = nanos;
            attempts = 0;
        }
        long elapsed = nanos - windowStart;
        if (elapsed >= WINDOW_NANOS) {
            perDot = choose(attempts * 1e9 / elapsed);
            windowStart = nanos;
            attempts = 0;
        }
        attempts++;
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
