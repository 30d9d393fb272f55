package dev.balancelab.ui.charts;

import dev.balancelab.telemetry.Accounting;
import dev.balancelab.telemetry.LatencyRecorder;
import java.util.List;

/**
 * One sample of the charts' window.
 *
 * @param labMs lab time of the sample, in ms
 * @param counts the request accounting at that time (cumulative)
 * @param latency latency percentiles of the requests completed in the last 5 s of lab time, in ms
 * @param completed attempts each server completed so far (cumulative), in topology order
 * @param inFlight attempts queued or running on each server at that time, in topology order
 */
public record MetricsRow(
        long labMs,
        Accounting.Counts counts,
        LatencyRecorder.Percentiles latency,
        List<Long> completed,
        List<Integer> inFlight) {
    /** Copies the lists. */
    public MetricsRow {
        completed = List.copyOf(completed);
        inFlight = List.copyOf(inFlight);
    }
}
