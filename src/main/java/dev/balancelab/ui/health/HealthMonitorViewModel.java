package dev.balancelab.ui.health;

import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.HealthModel;
import dev.balancelab.domain.HealthState;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.Topology;
import dev.balancelab.telemetry.LabEvent;
import dev.balancelab.telemetry.MetricsSnapshot;
import dev.balancelab.ui.common.I18n;
import dev.balancelab.ui.common.LabFeed;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * The heartbeat monitor's model: one row per server, fed by heartbeat and health events and by snapshots, and the
 * lab time each frame draws its timelines at.
 */
public final class HealthMonitorViewModel {
    /** Lab time a timeline shows, in ns: the last 30 s. */
    public static final long WINDOW_NANOS = 30_000_000_000L;

    private final HealthCheckSpec check;
    private final Map<ServerId, HealthRowModel> rows = new LinkedHashMap<>();
    private LongConsumer frameListener = now -> {};

    /** Subscribes to {@code feed}. */
    public HealthMonitorViewModel(Topology topology, LabFeed feed) {
        this.check = topology.balancer().healthCheck();
        boolean perTryTimeout = topology.balancer().retry().perTryTimeoutMs() > 0;
        int beatsKept = (int) (WINDOW_NANOS / 1_000_000 / check.intervalMs()) + 2;
        topology.servers().forEach(s -> rows.put(s.id(), new HealthRowModel(s, check, beatsKept, perTryTimeout)));
        feed.onEvent(this::onEvent);
        feed.onSnapshot(this::onSnapshot);
        feed.onFrame(now -> frameListener.accept(now));
    }

    /** Calls {@code listener} every pulse with the lab time to draw (ns), after the pulse's events were applied. */
    public void setOnFrame(LongConsumer listener) {
        frameListener = listener;
    }

    /** The rows in topology order. */
    public List<HealthRowModel> rows() {
        return List.copyOf(rows.values());
    }

    /**
     * The rows a lecturer should see first: servers that are not UP (DOWN, EJECTED, SUSPECT) at the top, so that a
     * failing server never sits off-screen; otherwise topology order.
     */
    public List<HealthRowModel> attentionOrder() {
        return rows.values().stream()
                .sorted(Comparator.comparing(row -> row.stateProperty().get() == HealthState.UP))
                .toList();
    }

    /**
     * The health check settings in words, for example "every 1000 ms · timeout 500 ms · fall 3 · rise 2", or for push
     * heartbeats "each server sends a heartbeat every 1000 ms · failed after TTL 3000 ms without one".
     */
    public String policy() {
        return check.model() == HealthModel.PUSH
                ? I18n.t("push.health.policy", check.intervalMs(), check.ttlMs())
                : I18n.t("health.policy", check.intervalMs(), check.timeoutMs(), check.fall(), check.rise());
    }

    private void onEvent(LabEvent event) {
        if (event instanceof LabEvent.Heartbeat h) {
            row(h.server()).heartbeat(h.ok(), h.rttMs(), h.nanos());
        } else if (event instanceof LabEvent.HealthChanged c) {
            row(c.server()).changed(c.from(), c.to(), c.nanos());
        } else if (event instanceof LabEvent.Ejected e) {
            row(e.server()).ejected(e.ejectionMs(), e.nanos());
        } else if (event instanceof LabEvent.Unejected u) {
            row(u.server()).unejected(u.nanos());
        } else if (event instanceof LabEvent.Injected i && rows.containsKey(i.server())) {
            row(i.server()).injected(i.kind(), i.nanos());
        }
    }

    private HealthRowModel row(ServerId id) {
        return rows.get(id);
    }

    private void onSnapshot(MetricsSnapshot snapshot) {
        snapshot.perServer().forEach((id, metrics) -> row(id).update(metrics, snapshot.labMillis()));
    }
}
