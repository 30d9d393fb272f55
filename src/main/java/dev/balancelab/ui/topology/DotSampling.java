package dev.balancelab.ui.topology;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * Which requests the canvas draws as dots. Up to {@link #MAX_DOTS_PER_SECOND} requests per second of lab time every
 * request is a dot; above that one request in {@code k}, where {@code k} is the smallest of 1, 2, 5, 10, 20, 50, 100,
 * ... that brings the rate of the second before under the limit (real HTTP at 20,000 requests/s: 1 in 10). A request
 * is drawn when a mix of its id (SplitMix64's finalizer) is a multiple of {@code k}: not the id itself, which round
 * robin maps onto the servers in turn (one in 2 ids of 4 servers would draw only s2 and s4). A drawn request's retries
 * are drawn too while {@code k} holds. The legend says "1 dot = k requests". Only the
 * starts are sampled: the end of an attempt that has no dot is ignored by {@link DotBuffer}. FX thread only.
 */
final class DotSampling {
    /**
     * Dots started per second of lab time at most: a dot lives about a second (four legs of
     * {@code DotTiming.LEG_NANOS} and its wait), so this keeps the live dots within {@link TopologyViewModel#MAX_DOTS}.
     */
    static final int MAX_DOTS_PER_SECOND = TopologyViewModel.MAX_DOTS / 2;

    private static final long WINDOW_NANOS = 1_000_000_000L;

    private final ReadOnlyIntegerWrapper requestsPerDot = new ReadOnlyIntegerWrapper(1);
    private long windowStart = Long.MIN_VALUE;
    private long requestsInWindow;

    /**
     * Whether request {@code requestId} gets a dot for an attempt that starts at lab time {@code nanos}.
     *
     * @param newRequest whether this is the request's first appearance (its first attempt, or its no-server end), which
     *     counts it towards the rate
     */
    boolean draws(long requestId, boolean newRequest, long nanos) {
        if (newRequest) {
            count(nanos);
        }
        return Long.remainderUnsigned(mix(requestId), requestsPerDot.get()) == 0;
    }

    /** SplitMix64's finalizer (Steele, Lea and Flood, OOPSLA 2014): neighbouring ids land far apart. */
    private static long mix(long id) {
        long z = (id ^ (id >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private void count(long nanos) {
        at(nanos);
        requestsInWindow++;
    }

    /**
     * Lab time is {@code nanos} (each frame): once a second has passed since the window opened, {@code k} follows the
     * rate of that second, or goes back to 1 after a quiet stretch.
     */
    void at(long nanos) {
        if (windowStart == Long.MIN_VALUE || nanos < windowStart) {
            windowStart = nanos;
        } else if (nanos - windowStart >= WINDOW_NANOS) {
            boolean lastSecond = nanos - windowStart < 2 * WINDOW_NANOS;
            requestsPerDot.set(lastSecond ? requestsPerDot(requestsInWindow) : 1);
            windowStart = nanos;
            requestsInWindow = 0;
        }
    }

    /** The smallest k of 1, 2, 5, 10, 20, 50, ... with {@code perSecond / k <= MAX_DOTS_PER_SECOND}. */
    static int requestsPerDot(long perSecond) {
        long k = 1;
        for (int step = 0; perSecond > k * MAX_DOTS_PER_SECOND && k < Integer.MAX_VALUE / 10; step++) {
            k = step % 3 == 1 ? k / 2 * 5 : k * 2;
        }
        return (int) k;
    }

    /** Requests per dot now, 1 when every request is drawn. */
    ReadOnlyIntegerProperty requestsPerDotProperty() {
        return requestsPerDot.getReadOnlyProperty();
    }
}
