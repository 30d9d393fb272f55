package dev.balancelab.telemetry;

import java.util.ArrayDeque;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Request latency percentiles from HdrHistogram: writers record without locks into a {@link Recorder}; a reader takes
 * an interval histogram at each {@link #sample(long)} and folds it into a cumulative histogram and into a sliding
 * window: the interval histograms of the last {@link #WINDOW_MS} ms of lab time, added together. A single interval of
 * a fifth of a second holds too few requests for p95 and p99 to differ; the window holds enough. Values are stored in
 * µs, 3 significant digits, up to one hour.
 */
public final class LatencyRecorder {
    /** Length of the sliding window, in lab ms. */
    public static final long WINDOW_MS = 5_000;

    private static final long MAX_MICROS = 3_600_000_000L;
    private final Recorder recorder = new Recorder(MAX_MICROS, 3);
    private final Histogram total = new Histogram(MAX_MICROS, 3);
    private final Histogram window = new Histogram(MAX_MICROS, 3);
    private final ArrayDeque<Interval> intervals = new ArrayDeque<>();

    /** Records one request latency in lab ms; negative values are clamped to 0. Lock-free. */
    public void record(double latencyMs) {
        recorder.recordValue(Math.min(MAX_MICROS, Math.max(0, Math.round(latencyMs * 1000))));
    }

    /**
     * Folds what was recorded since the last call into the totals and the window, drops from the window the intervals
     * that ended {@link #WINDOW_MS} or more before {@code labMs}, and returns the percentiles of both. Calls are
     * serialised; {@code labMs} (lab time of this call, in ms) does not decrease from call to call.
     */
    public synchronized Sample sample(long labMs) {
        Histogram interval = recorder.getIntervalHistogram();
        total.add(interval);
        window.add(interval);
        intervals.addLast(new Interval(labMs, interval));
        while (intervals.getFirst().labMs() <= labMs - WINDOW_MS) {
            window.subtract(intervals.removeFirst().histogram());
        }
        return new Sample(percentiles(total), percentiles(window));
    }

    private static Percentiles percentiles(Histogram h) {
        return new Percentiles(ms(h, 50), ms(h, 95), ms(h, 99), h.getTotalCount());
    }

    private static double ms(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(percentile) / 1000.0;
    }

    private record Interval(long labMs, Histogram histogram) {}

    /**
     * One {@link #sample(long)}.
     *
     * @param total over every request recorded so far
     * @param window over the requests recorded in the last {@link #WINDOW_MS} ms of lab time (all zero if none)
     */
    public record Sample(Percentiles total, Percentiles window) {}

    /**
     * Latency percentiles over a set of recorded requests.
     *
     * @param p50Ms median in ms
     * @param p95Ms 95th percentile in ms
     * @param p99Ms 99th percentile in ms
     * @param count latencies recorded
     */
    public record Percentiles(double p50Ms, double p95Ms, double p99Ms, long count) {}
}
