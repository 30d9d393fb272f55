package dev.balancelab.engine;

import dev.balancelab.domain.CheckSchedule;
import dev.balancelab.domain.HealthCheckSpec;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Active health checking (HAProxy {@code inter} and {@code timeout check}): sends heartbeats to each server and
 * reports, for each, success with its round trip, failure at once when the server refuses it (a crashed process
 * refuses the connection: HAProxy's {@code L4CON}), or failure at {@code timeout} when it does not answer (a hung
 * one: {@code L4TOUT}/{@code L7TOUT}). When heartbeats are sent follows the spec's {@link CheckSchedule}. Results go to
 * a {@link Listener}, which the engine runs on its control plane. How a heartbeat is sent is given: in-process
 * ({@link ServerNode#heartbeat()}), or a real {@code GET /health} to the server's backend port.
 */
final class HeartbeatProber implements HealthChecks {
    /** Receives one heartbeat result. */
    interface Listener {
        /**
         * @param node the probed server
         * @param ok whether it answered within the timeout
         * @param rttMs lab ms from sending to the answer or the refusal, or the timeout when it did not answer; the
         *     check started {@code rttMs} before the result
         */
        void heartbeat(ServerNode node, boolean ok, double rttMs);
    }

    private final LabScheduler scheduler;
    private final LabClock clock;
    private final Supplier<Collection<ServerNode>> servers;
    private final Function<ServerNode, CompletableFuture<Boolean>> send;
    private final Listener listener;
    private final HealthCheckSpec spec;
    private final long intervalNanos;
    private volatile boolean stopped;

    HeartbeatProber(
            HealthCheckSpec spec,
            LabScheduler scheduler,
            LabClock clock,
            Supplier<Collection<ServerNode>> servers,
            Function<ServerNode, CompletableFuture<Boolean>> send,
            Listener listener) {
        this.send = send;
        this.spec = spec;
        this.scheduler = scheduler;
        this.clock = clock;
        this.servers = servers;
        this.listener = listener;
        this.intervalNanos = spec.intervalMs() * 1_000_000L;
    }

    @Override
    public void start() {
        long now = clock.labNanos();
        if (spec.schedule() == CheckSchedule.FIXED_RATE) {
            scheduler.at(now, () -> round(now));
            return;
        }
        List<ServerNode> nodes = List.copyOf(servers.get());
        for (int i = 0; i < nodes.size(); i++) {
            ServerNode node = nodes.get(i);
            scheduler.at(now + intervalNanos * i / nodes.size(), () -> check(node));
        }
    }

    @Override
    public void stop() {
        stopped = true;
    }

    /**
     * {@link CheckSchedule#FIXED_RATE}: one round of heartbeats, due at {@code dueLabNanos}. The next is due one
     * interval after this one was due, not after it ran, so a late scheduler does not stretch detection round after
     * round.
     */
    private void round(long dueLabNanos) {
        if (stopped) {
            return;
        }
        for (ServerNode node : servers.get()) {
            probe(node, () -> {});
        }
        long next = Math.max(dueLabNanos + intervalNanos, clock.labNanos());
        scheduler.at(next, () -> round(next));
    }

    /** {@link CheckSchedule#HAPROXY}: one check of {@code node}; the next starts one interval after this one ended. */
    private void check(ServerNode node) {
        if (stopped) {
            return;
        }
        probe(node, () -> scheduler.after(intervalNanos, () -> check(node)));
    }

    /** Sends one heartbeat; reports its result once and then runs {@code ended}. */
    private void probe(ServerNode node, Runnable ended) {
        long sentAt = clock.labNanos();
        AtomicBoolean reported = new AtomicBoolean();
        LabScheduler.Timer timeout = scheduler.after(spec.timeoutMs() * 1_000_000L, () -> {
            if (reported.compareAndSet(false, true)) {
                listener.heartbeat(node, false, spec.timeoutMs());
                ended.run();
            }
        });
        send.apply(node).thenAccept(answered -> {
            if (reported.compareAndSet(false, true)) {
                timeout.cancel();
                listener.heartbeat(node, answered, (clock.labNanos() - sentAt) / 1e6);
                ended.run();
            }
        });
    }
}
