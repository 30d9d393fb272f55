package dev.balancelab.ui.compare;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.telemetry.Accounting;
import dev.balancelab.telemetry.KeyTally;
import dev.balancelab.telemetry.LatencyRecorder;
import dev.balancelab.telemetry.MetricsSnapshot;

/**
 * One algorithm's line of the comparison table.
 *
 * @param algorithm the pane's algorithm
 * @param sent requests sent (the same in every pane: identical traffic)
 * @param latency p50/p95/p99 of all completed requests, ms
 * @param failed requests failed
 * @param retries retries sent
 * @param fairness busiest server's requests over the mean ({@link KeyTally#fairness})
 * @param keysMoved keys whose requests went to more than one server
 * @param keys keys seen
 */
public record CompareRow(
        AlgorithmKind algorithm,
        long sent,
        LatencyRecorder.Percentiles latency,
        long failed,
        long retries,
        double fairness,
        int keysMoved,
        int keys) {
    /** The row of a pane now. */
    static CompareRow of(ComparedLab pane) {
        MetricsSnapshot s = pane.snapshot();
        Accounting.Counts c = s.counts();
        return new CompareRow(
                pane.algorithm(),
                c.sent(),
                s.latency(),
                c.failed(),
                c.retries(),
                KeyTally.fairness(s.perServer()),
                pane.keys().moved(),
                pane.keys().keys());
    }
}
