package dev.balancelab.engine;

/**
 * Where heartbeat results come from: the balancer's active checks ({@link HeartbeatProber}) or the servers' own
 * heartbeats ({@link PushHeartbeats}), as the topology's {@code HealthModel} says. Results go to a
 * {@link HeartbeatProber.Listener}.
 */
interface HealthChecks {
    /** Starts sending heartbeats, from lab time now. */
    void start();

    /** Stops sending; results already on their way may still arrive. */
    void stop();
}
