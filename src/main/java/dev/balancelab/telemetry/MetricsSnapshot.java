package dev.balancelab.telemetry;

import dev.balancelab.domain.ServerId;
import java.util.Map;

/**
 * A consistent sample of the lab's figures, taken a few times per second (never per request).
 *
 * @param labMillis lab time since the engine started, in ms (wall time scaled by the speed factor)
 * @param counts request accounting
 * @param latency latency percentiles of all requests completed so far (cumulative)
 * @param perServer per-server figures, in topology order
 * @param eventsDropped events the UI did not get because its queue was full
 * @param recentLatency latency percentiles of the requests completed in the last {@link LatencyRecorder#WINDOW_MS} ms
 *     of lab time (a sliding window, so that p95 and p99 rest on enough requests to differ); this is what charts plot
 * @param data the storage tier's figures, or null if the lab has no storage tier
 */
public record MetricsSnapshot(
        long labMillis,
        Accounting.Counts counts,
        LatencyRecorder.Percentiles latency,
        Map<ServerId, ServerMetrics> perServer,
        long eventsDropped,
        LatencyRecorder.Percentiles recentLatency,
        DataCounts data) {
    /** A sample of a lab without a storage tier. */
    public MetricsSnapshot(
            long labMillis,
            Accounting.Counts counts,
            LatencyRecorder.Percentiles latency,
            Map<ServerId, ServerMetrics> perServer,
            long eventsDropped,
            LatencyRecorder.Percentiles recentLatency) {
        this(labMillis, counts, latency, perServer, eventsDropped, recentLatency, null);
    }

    /** Copies {@code perServer}, keeping its order. */
    public MetricsSnapshot {
        perServer = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(perServer));
    }

    /** All servers' cache lookups together, or null if no server has a cache. */
    public CacheCounts cache() {
        return perServer.values().stream()
                .map(ServerMetrics::cache)
                .filter(java.util.Objects::nonNull)
                .reduce(CacheCounts::plus)
                .orElse(null);
    }
}
