package dev.balancelab.engine;

import dev.balancelab.domain.HealthCheckSpec;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Push heartbeats ({@code HealthModel.PUSH}): every {@code interval} each server's own heartbeat thread sends a
 * heartbeat to the monitor ({@link ServerNode#push}; a dead server sends none, a hung one goes on sending), and the
 * monitor declares a server failed when no heartbeat has arrived for {@code ttl}: a ZooKeeper session expires after
 * its session timeout without a ping, a Consul TTL check turns critical when it has not been updated within its TTL.
 * Each arrival is reported as a good heartbeat (round trip 0: nothing is waited for), each expiry once as a failed
 * one (round trip {@code ttl}); the next arrival reports good again. Every server's TTL starts at {@link #start()}, so
 * a server that never sends is failed {@code ttl} later.
 */
final class PushHeartbeats implements HealthChecks {
    private final LabScheduler scheduler;
    private final Supplier<Collection<ServerNode>> servers;
    private final HeartbeatProber.Listener listener;
    private final long intervalNanos;
    private final long ttlNanos;
    private final long ttlMs;
    /** The latest arrival's token per server: an expiry counts only if no heartbeat arrived after its arming. */
    private final Map<ServerNode, Object> latest = new ConcurrentHashMap<>();

    private volatile boolean stopped;

    PushHeartbeats(
            HealthCheckSpec spec,
            LabScheduler scheduler,
            Supplier<Collection<ServerNode>> servers,
            HeartbeatProber.Listener listener) {
        this.scheduler = scheduler;
        this.servers = servers;
        this.listener = listener;
        this.intervalNanos = spec.intervalMs() * 1_000_000L;
        this.ttlMs = spec.ttlMs();
        this.ttlNanos = ttlMs * 1_000_000L;
    }

    @Override
    public void start() {
        for (ServerNode node : servers.get()) {
            arm(node);
            scheduler.after(0, () -> send(node));
        }
    }

    @Override
    public void stop() {
        stopped = true;
    }

    /** The server's heartbeat thread sends one heartbeat; the next is due one interval later. */
    private void send(ServerNode node) {
        if (stopped) {
            return;
        }
        node.push(() -> arrived(node));
        scheduler.after(intervalNanos, () -> send(node));
    }

    private void arrived(ServerNode node) {
        arm(node);
        listener.heartbeat(node, true, 0);
    }

    /** Starts the server's TTL again from now. */
    private void arm(ServerNode node) {
        Object token = new Object();
        latest.put(node, token);
        scheduler.after(ttlNanos, () -> {
            if (!stopped && latest.remove(node, token)) {
                listener.heartbeat(node, false, ttlMs);
            }
        });
    }
}
