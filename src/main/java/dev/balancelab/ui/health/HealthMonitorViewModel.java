package dev.balancelab.ui.health;

import dev.balancelab.domain.BalancerInstance;
import dev.balancelab.domain.Regions;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.Topology;
import dev.balancelab.telemetry.BalancerMetrics;
import dev.balancelab.telemetry.LabEvent;
import dev.balancelab.telemetry.MetricsSnapshot;
import dev.balancelab.ui.common.LabControl;
import dev.balancelab.ui.common.LabFeed;
import dev.balancelab.ui.common.Viewpoint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The heartbeat monitor's model: one row per server, fed by heartbeat and health events and by snapshots, and the
 * lab time each frame draws its timelines at. A lab of several balancers (issue 14) has one set of rows per balancer,
 * since each runs its own health checker: the first balancer's fed by the bare events and the snapshot's per-server
 * figures, the others' by their {@link LabEvent.OfBalancer} events and, at the snapshot, by their own view of each
 * server ({@link LabControl#balancers()}). {@link #balancerProperty()} chooses the set shown.
 */
public final class HealthMonitorViewModel {
    /** Lab time a timeline shows, in ns: the last 30 s. */
    public static final long WINDOW_NANOS = 30_000_000_000L;

    private final LabControl lab;
    /** Each balancer's rows by its id, in topology order; the first is the topology's {@code balancer}. */
    private final Map<String, CheckerRows> checkers = new LinkedHashMap<>();

    private final CheckerRows first;
    private final StringProperty balancer = new SimpleStringProperty();
    /** The balancer the cards followed at the last snapshot ({@link Viewpoint}); null if none has rows here. */
    private String followed;

    private LongConsumer frameListener = now -> {};

    /**
     * Subscribes to {@code feed}.
     *
     * @param lab the lab, for the balancers' own views and the VIP holder
     * @param topology what the lab runs now
     */
    public HealthMonitorViewModel(LabControl lab, Topology topology, LabFeed feed) {
        this.lab = lab;
        Regions regions = topology.front().regions();
        List<BalancerInstance> all = topology.balancers();
        for (BalancerInstance b : all) {
            var servers = topology.servers().stream()
                    .filter(s -> regions.serves(b.region(), s.id()))
                    .toList();
            checkers.put(b.id(), new CheckerRows(b, servers, all.size() > 1));
        }
        this.first = checkers.get(all.get(0).id());
        followed = viewpoint();
        balancer.set(followed != null ? followed : all.get(0).id());
        feed.onEvent(this::onEvent);
        feed.onSnapshot(this::onSnapshot);
        feed.onFrame(now -> frameListener.accept(now));
    }

    /** Calls {@code listener} every pulse with the lab time to draw (ns), after the pulse's events were applied. */
    public void setOnFrame(LongConsumer listener) {
        frameListener = listener;
    }

    /** The balancers' ids in topology order; one in a lab of one balancer (then there is nothing to choose). */
    public List<String> balancers() {
        return List.copyOf(checkers.keySet());
    }

    /**
     * The balancer whose health checker is shown: the one the server cards follow, until one is chosen by hand
     * ({@link Viewpoint}: the VIP holder while alive, else the first alive). Setting an id that is not a balancer's is
     * ignored by {@link #rows()} and friends, which then show the first.
     */
    public StringProperty balancerProperty() {
        return balancer;
    }

    /** The shown balancer's rows in topology order. */
    public List<HealthRowModel> rows() {
        return shown().rows();
    }

    /**
     * The shown balancer's rows a lecturer should see first: servers that are not UP (DOWN, EJECTED, SUSPECT) at the
     * top, so that a failing server never sits off-screen; otherwise topology order.
     */
    public List<HealthRowModel> attentionOrder() {
        return shown().attentionOrder();
    }

    /**
     * The shown balancer's health check settings in words, for example "every 1000 ms · timeout 500 ms · fall 3 ·
     * rise 2", or for push heartbeats "each server sends a heartbeat every 1000 ms · failed after TTL 3000 ms without
     * one"; in a lab of several balancers it starts with the balancer's id ("lb2: …").
     */
    public String policy() {
        return shown().policy();
    }

    private CheckerRows shown() {
        return checkers.getOrDefault(balancer.get(), first);
    }

    private void onEvent(LabEvent event) {
        if (event instanceof LabEvent.OfBalancer named) {
            CheckerRows rows = checkers.get(named.balancer());
            if (rows != null) {
                apply(rows, named.event(), true);
            }
        } else if (event instanceof LabEvent.Injected i) {
            checkers.values().forEach(rows -> apply(rows, i, false));
        } else {
            apply(first, event, false);
        }
    }

    /** @param counted whether the rows' figures come from their heartbeats (a balancer other than the first) */
    private static void apply(CheckerRows rows, LabEvent event, boolean counted) {
        HealthRowModel row = rows.row(serverOf(event));
        if (row == null) {
            return;
        }
        if (event instanceof LabEvent.Heartbeat h) {
            row.heartbeat(h.ok(), h.rttMs(), h.nanos());
            if (counted) {
                row.counted(h.ok(), h.rttMs());
            }
        } else if (event instanceof LabEvent.HealthChanged c) {
            row.changed(c.from(), c.to(), c.nanos());
        } else if (event instanceof LabEvent.Ejected e) {
            row.ejected(e.ejectionMs(), e.nanos());
        } else if (event instanceof LabEvent.Unejected u) {
            row.unejected(u.nanos());
        } else if (event instanceof LabEvent.Injected i) {
            row.injected(i.kind(), i.nanos());
        }
    }

    /** The server a health or injection event is about, or null for any other event. */
    private static ServerId serverOf(LabEvent event) {
        if (event instanceof LabEvent.Heartbeat h) {
            return h.server();
        } else if (event instanceof LabEvent.HealthChanged c) {
            return c.server();
        } else if (event instanceof LabEvent.Ejected e) {
            return e.server();
        } else if (event instanceof LabEvent.Unejected u) {
            return u.server();
        }
        return event instanceof LabEvent.Injected i ? i.server() : null;
    }

    private void onSnapshot(MetricsSnapshot snapshot) {
        snapshot.perServer().forEach((id, metrics) -> {
            HealthRowModel row = first.row(id);
            if (row != null) {
                row.update(metrics, snapshot.labMillis());
            }
        });
        if (checkers.size() > 1) {
            lab.balancers().forEach(this::viewed);
            follow();
        }
    }

    /** The balancer the server cards follow ({@link Viewpoint}), if it has rows here; else null. */
    private String viewpoint() {
        String shown = Viewpoint.of(lab.vipHolder(), lab.balancers());
        return shown != null && checkers.containsKey(shown) ? shown : null;
    }

    /**
     * Moves to the balancer the cards follow when it changes (the VIP holder died, another took the VIP), as long as
     * the balancer shown is the one followed last: a balancer chosen by hand stays.
     */
    private void follow() {
        String now = viewpoint();
        if (now != null && !now.equals(followed)) {
            if (balancer.get().equals(followed)) {
                balancer.set(now);
            }
            followed = now;
        }
    }

    /** A balancer other than the first: its own view of each of its servers. */
    private void viewed(BalancerMetrics metrics) {
        CheckerRows rows = checkers.get(metrics.id());
        if (rows == null || rows == first) {
            return;
        }
        metrics.view().forEach((id, state) -> {
            if (rows.row(id) != null) {
                rows.row(id).viewed(state);
            }
        });
    }
}
