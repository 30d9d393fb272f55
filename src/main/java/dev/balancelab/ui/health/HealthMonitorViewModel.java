package dev.balancelab.ui.health;

import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.Topology;
import dev.balancelab.telemetry.LabEvent;
import dev.balancelab.telemetry.MetricsSnapshot;
import dev.balancelab.ui.common.LabFeed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The heartbeat monitor's model: one row per server, fed by heartbeat and health events and by snapshots. */
public final class HealthMonitorViewModel {
    private final HealthCheckSpec check;
    private final Map<ServerId, HealthRowModel> rows = new LinkedHashMap<>();

    /** Subscribes to {@code feed}. */
    public HealthMonitorViewModel(Topology topology, LabFeed feed) {
        this.check = topology.balancer().healthCheck();
        topology.servers().forEach(s -> rows.put(s.id(), new HealthRowModel(s, check)));
        feed.onEvent(this::onEvent);
        feed.onSnapshot(this::onSnapshot);
    }

    public List<HealthRowModel> rows() {
        return List.copyOf(rows.values());
    }

    /** The health check settings in words, for example "every 1000 ms · timeout 500 ms · fall 3 · rise 2". */
    public String policy() {
        return String.format(Locale.ROOT, "heartbeat every %d ms · timeout %d ms · fall %d · rise %d",
                check.intervalMs(), check.timeoutMs(), check.fall(), check.rise());
    }

    private void onEvent(LabEvent event) {
        if (event instanceof LabEvent.Heartbeat h) {
            row(h.server()).heartbeat(h.ok());
        } else if (event instanceof LabEvent.HealthChanged c) {
            row(c.server()).changed(c.to(), c.nanos());
        } else if (event instanceof LabEvent.Injected i) {
            row(i.server()).injected(i.type(), i.nanos());
        }
    }

    private HealthRowModel row(ServerId id) {
        return rows.get(id);
    }

    private void onSnapshot(MetricsSnapshot snapshot) {
        snapshot.perServer().forEach((id, metrics) -> row(id).update(metrics));
    }
}
