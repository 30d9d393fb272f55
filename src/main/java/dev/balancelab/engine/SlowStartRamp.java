package dev.balancelab.engine;

import dev.balancelab.balancing.LoadBalancer;
import dev.balancelab.balancing.SlowStart;
import dev.balancelab.domain.ServerId;
import java.util.HashMap;
import java.util.Map;

/**
 * Configured weights and slow start (nginx {@code slow_start}, Envoy {@code slow_start_config}): a server that becomes
 * available again gets its weight back step by step over the window, in ten steps, unless it returns again meanwhile.
 * Control plane only, except {@link #register}.
 */
final class SlowStartRamp {
    private final LoadBalancer balancer;
    private final Map<ServerId, ServerNode> servers;
    private final LabScheduler scheduler;
    private final ControlPlane plane;
    private final long windowMs;
    private final Map<ServerId, Integer> weights = new HashMap<>();
    /** Lab time at which each ramping server came back; a newer return supersedes an older ramp. */
    private final Map<ServerId, Long> rampSince = new HashMap<>();

    /** @param windowMs the slow-start window in lab ms; 0 gives the full weight at once */
    SlowStartRamp(
            LoadBalancer balancer,
            Map<ServerId, ServerNode> servers,
            LabScheduler scheduler,
            ControlPlane plane,
            long windowMs) {
        this.balancer = balancer;
        this.servers = servers;
        this.scheduler = scheduler;
        this.plane = plane;
        this.windowMs = windowMs;
    }

    /**
     * Records a server's configured weight (the engine adds all servers to the balancer at once); while the engine is
     * being built only.
     */
    void register(ServerNode node) {
        weights.put(node.spec().id(), node.spec().weight());
    }

    /** Sets a configured weight; the picker is rebuilt at once. */
    void setWeight(ServerId id, int weight) {
        plane.checkOnPlane();
        ServerNode node = servers.get(id);
        if (node != null) {
            weights.put(id, weight);
            balancer.putServer(id, weight, node.stats());
        }
    }

    /** The server became available again: its ramp starts now. */
    void returned(ServerId id) {
        plane.checkOnPlane();
        long now = scheduler.clock().labNanos();
        rampSince.put(id, now);
        rampUp(id, now);
    }

    private void rampUp(ServerId id, long sinceLabNanos) {
        if (rampSince.get(id) != sinceLabNanos) {
            return;
        }
        int configured = weights.get(id);
        long elapsedMs = (scheduler.clock().labNanos() - sinceLabNanos) / 1_000_000;
        int effective = SlowStart.effectiveWeight(configured, elapsedMs, windowMs);
        balancer.putServer(id, effective, servers.get(id).stats());
        if (effective < configured) {
            scheduler.after(windowMs * 100_000L, () -> plane.execute(() -> rampUp(id, sinceLabNanos)));
        }
    }
}
