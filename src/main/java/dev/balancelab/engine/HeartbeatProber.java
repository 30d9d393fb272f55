package dev.balancelab.engine;

import dev.balancelab.domain.HealthCheckSpec;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Active health checking: every {@code interval} of lab time sends one heartbeat to each server and
 * reports, for each, success with its round trip or failure at {@code timeout} (HAProxy {@code inter} and
 * {@code timeout check}). Results go to a {@link Listener}, which the engine runs on its control plane.
 */
final class HeartbeatProber {
    /** Receives one heartbeat result. */
    interface Listener {
        /**
         * @param node the probed server
         * @param ok whether it answered within the timeout
         * @param rttMs round trip in lab ms, or the timeout when it did not answer
         */
        void heartbeat(ServerNode node, boolean ok, double rttMs);
    }

    private final LabScheduler scheduler;
    private final LabClock clock;
    private final Supplier<Collection<ServerNode>> servers;
    private final Listener listener;
    private final HealthCheckSpec spec;
    private volatile boolean stopped;

    HeartbeatProber(
            HealthCheckSpec spec,
            LabScheduler scheduler,
            LabClock clock,
            Supplier<Collection<ServerNode>> servers,
            Listener listener) {
        this.spec = spec;
        this.scheduler = scheduler;
        this.clock = clock;
        this.servers = servers;
        this.listener = listener;
    }

    void start() {
        long now = clock.labNanos();
        scheduler.at(now, () -> round(now));
    }

    void stop() {
        stopped = true;
    }

    /**
     * One round of heartbeats, due at {@code dueLabNanos}. Rounds are at a fixed rate: the next is due one interval
     * after this one was due, not after it ran, so a late scheduler does not stretch detection round after round.
     */
    private void round(long dueLabNanos) {
        if (stopped) {
            return;
        }
        for (ServerNode node : servers.get()) {
            probe(node, spec.timeoutMs());
        }
        long next = Math.max(dueLabNanos + spec.intervalMs() * 1_000_000L, clock.labNanos());
        scheduler.at(next, () -> round(next));
    }

    private void probe(ServerNode node, long timeoutMs) {
        long sentAt = clock.labNanos();
        AtomicBoolean reported = new AtomicBoolean();
        LabScheduler.Timer timeout = scheduler.after(timeoutMs * 1_000_000L, () -> {
            if (reported.compareAndSet(false, true)) {
                listener.heartbeat(node, false, timeoutMs);
            }
        });
        node.heartbeat().thenRun(() -> {
            if (reported.compareAndSet(false, true)) {
                timeout.cancel();
                listener.heartbeat(node, true, (clock.labNanos() - sentAt) / 1e6);
            }
        });
    }
}
