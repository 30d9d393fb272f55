package dev.balancelab.telemetry;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Request latency percentiles from HdrHistogram: writers record without locks into a {@link Recorder}; a reader
 * folds each interval into a cumulative histogram. Values are stored in µs, 3 significant digits, up to one hour.
 */
public final class LatencyRecorder {
    private static final long MAX_MICROS = 3_600_000_000L;
    private final Recorder recorder = new Recorder(MAX_MICROS, 3);
    private final Histogram total = new Histogram(MAX_MICROS, 3);
    private Histogram interval;

    /** Records one request latency in lab ms; negative values are clamped to 0. Lock-free. */
    public void record(double latencyMs) {
        recorder.recordValue(Math.min(MAX_MICROS, Math.max(0, Math.round(latencyMs * 1000))));
    }

    /**
     * Folds what was recorded since the last call into the totals and returns the percentiles of both: the totals,
     * and the interval since the previous call (what a chart plots). Calls are serialised.
     */
    public synchronized Sample sample() {
        interval = recorder.getIntervalHistogram(interval);
        total.add(interval);
        return new Sample(percentiles(total), percentiles(interval));
    }

    private static Percentiles percentiles(Histogram h) {
        return new Percentiles(ms(h, 50), ms(h, 95), ms(h, 99), h.getTotalCount());
    }

    private static double ms(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(percentile) / 1000.0;
    }

    /**
     * One {@link #sample()}.
     *
     * @param total over every request recorded so far
     * @param interval over the requests recorded since the previous sample only (all zero if there were none)
     */
    public record Sample(Percentiles total, Percentiles interval) {}

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
