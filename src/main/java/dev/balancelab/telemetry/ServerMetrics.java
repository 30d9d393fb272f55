package dev.balancelab.telemetry;

import dev.balancelab.domain.HealthState;

/**
 * One server's figures in a {@link MetricsSnapshot}.
 *
 * @param completed attempts it served successfully
 * @param failed attempts sent to it that failed (reset, rejected)
 * @param inFlight attempts queued or running on it now
 * @param state its active health check's state (UP, SUSPECT or DOWN)
 * @param ejected whether outlier detection has ejected it now; it is available to the balancer when {@code state} is
 *     available and it is not ejected
 * @param alive false while a failure (kill) is injected
 * @param consecutiveFailures failed heartbeats in a row
 * @param lastRttMs the last heartbeat's round trip in lab ms
 * @param lastHeartbeatMs lab time of the last good heartbeat in ms (answered; under push heartbeats, arrived), -1
 *     before the first
 * @param cache its cache's lookups so far, or null if it has no cache
 */
public record ServerMetrics(
        long completed,
        long failed,
        int inFlight,
        HealthState state,
        boolean ejected,
        boolean alive,
        int consecutiveFailures,
        double lastRttMs,
        long lastHeartbeatMs,
        CacheCounts cache) {
    /** Figures without a heartbeat time ({@code lastHeartbeatMs} -1) and without a cache. */
    public ServerMetrics(
            long completed,
            long failed,
            int inFlight,
            HealthState state,
            boolean ejected,
            boolean alive,
            int consecutiveFailures,
            double lastRttMs) {
        this(completed, failed, inFlight, state, ejected, alive, consecutiveFailures, lastRttMs, -1, null);
    }
}
