package dev.balancelab.ui.charts;

import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.domain.Topology;
import dev.balancelab.telemetry.Accounting;
import dev.balancelab.telemetry.CacheCounts;
import dev.balancelab.telemetry.LatencyRecorder;
import dev.balancelab.telemetry.MetricsSnapshot;
import dev.balancelab.telemetry.ServerMetrics;
import dev.balancelab.ui.common.I18n;
import dev.balancelab.ui.common.LabFeed;
import dev.balancelab.ui.common.ServerPalette;
import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;
import javafx.scene.paint.Color;

/**
 * The charts' model, fed by the lab's snapshots (about five a second, never per request): per-server completions/s,
 * latency p50/p95/p99 over the last {@link LatencyRecorder#WINDOW_MS} ms of lab time, errors and retries per second,
 * in-flight per server, the cache hit ratio of each server that has a cache, and a fairness figure, over a window of
 * {@link #WINDOW} samples (x in lab seconds). While lab time stands still no samples are added and a run summary is
 * offered instead.
 */
public final class ChartsViewModel {
    private final BooleanProperty shown = new SimpleBooleanProperty(true);
    /** Samples kept: 24 s of wall time at five samples a second. */
    public static final int WINDOW = 120;
    /** Rates are taken over the last this many samples (about a second), which smooths the sampling jitter. */
    private static final int RATE_SPAN = 5;

    private final List<ServerSpec> servers;
    private final MetricsWindow window;
    private final ObservableList<XYChart.Series<Number, Number>> throughput = FXCollections.observableArrayList();
    private final ObservableList<XYChart.Series<Number, Number>> latency = FXCollections.observableArrayList();
    private final ObservableList<XYChart.Series<Number, Number>> errors = FXCollections.observableArrayList();
    private final ObservableList<XYChart.Series<Number, Number>> inFlight = FXCollections.observableArrayList();
    private final ObservableList<XYChart.Series<Number, Number>> hitRatio = FXCollections.observableArrayList();
    /**
     * Topology indexes of the servers with a cache, in order: hit-ratio series {@code i} is server {@code cached[i]}.
     */
    private final List<Integer> cached;

    private final ObservableList<SummaryRow> summary = FXCollections.observableArrayList();
    private final SimpleStringProperty fairness = new SimpleStringProperty(I18n.t("charts.fairness.none"));
    private final SimpleStringProperty totals = new SimpleStringProperty("");
    private final SimpleBooleanProperty paused = new SimpleBooleanProperty(true);
    private final ArrayDeque<MetricsSnapshot> recent = new ArrayDeque<>(RATE_SPAN);
    /**
     * The points sampled while the charts are not shown, per series, oldest first, at most {@link #WINDOW}: they join
     * their series when the charts show again. A series checks every change for duplicate points (it builds a set of
     * all its points), which at 100 servers was most of a sample's cost on the FX thread (BENCHMARKS.md, lane
     * {@code panels5}).
     */
    private final Map<XYChart.Series<Number, Number>, ArrayDeque<XYChart.Data<Number, Number>>> waiting =
            new IdentityHashMap<>();

    /** Subscribes to {@code feed}. */
    public ChartsViewModel(Topology topology, LabFeed feed) {
        this.servers = topology.servers();
        this.window = new MetricsWindow(
                WINDOW, servers.stream().map(s -> s.id().value()).toList());
        servers.forEach(s -> throughput.add(series(s.name())));
        servers.forEach(s -> inFlight.add(series(s.name())));
        this.cached = IntStream.range(0, servers.size())
                .filter(i -> servers.get(i).cache() != null)
                .boxed()
                .toList();
        cached.forEach(i -> hitRatio.add(series(servers.get(i).name())));
        List.of("p50", "p95", "p99").forEach(p -> latency.add(series(p)));
        List.of(I18n.t("charts.series.failed"), I18n.t("charts.series.retries"))
                .forEach(name -> errors.add(series(name)));
        feed.onSnapshot(this::onSnapshot);
        shown.addListener((obs, was, on) -> {
            if (on) {
                catchUp();
            }
        });
    }

    private static XYChart.Series<Number, Number> series(String name) {
        return new XYChart.Series<>(name, FXCollections.observableArrayList());
    }

    /**
     * Whether the charts are on screen. While they are not, no chart listens and the series stand still, so nothing is
     * laid out five times a second for nobody; the samples taken meanwhile join the series when they are shown again.
     */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** The canvas colour of each server ({@link ServerPalette}), in topology order: series {@code i} is server i. */
    public List<Color> serverColours() {
        return IntStream.range(0, servers.size()).mapToObj(ServerPalette::of).toList();
    }

    /** Completed attempts per second of lab time, one series per server (for a stacked area chart). */
    public ObservableList<XYChart.Series<Number, Number>> throughput() {
        return throughput;
    }

    /** p50, p95, p99 in ms of the requests completed in the last {@link LatencyRecorder#WINDOW_MS} ms of lab time. */
    public ObservableList<XYChart.Series<Number, Number>> latency() {
        return latency;
    }

    /** Requests failed per second and retries per second, lab time. */
    public ObservableList<XYChart.Series<Number, Number>> errors() {
        return errors;
    }

    /** Attempts queued or running, one series per server. */
    public ObservableList<XYChart.Series<Number, Number>> inFlight() {
        return inFlight;
    }

    /**
     * Cache hit ratio in % of the lookups over the last {@value #RATE_SPAN} samples (about a second), one series per
     * server that has a cache, in topology order; a sample without lookups (a dead server) adds no point. Empty when no
     * server has a cache.
     */
    public ObservableList<XYChart.Series<Number, Number>> hitRatio() {
        return hitRatio;
    }

    /** The canvas colour of each server with a cache, in the order of {@link #hitRatio()}. */
    public List<Color> cachedServerColours() {
        return cached.stream().map(ServerPalette::of).toList();
    }

    /** "fairness (max / mean load): 1.07", over the window. */
    public ReadOnlyStringProperty fairnessProperty() {
        return fairness;
    }

    /** True while lab time stands still (paused, or not started). */
    public ReadOnlyBooleanProperty pausedProperty() {
        return paused;
    }

    /** The run so far, one row per server; refreshed whenever the lab pauses. */
    public ObservableList<SummaryRow> summary() {
        return summary;
    }

    /** The run so far in one line: requests, retries and latency percentiles of all completed requests. */
    public ReadOnlyStringProperty totalsProperty() {
        return totals;
    }

    /** The sampled window as CSV (see {@link MetricsWindow#CSV_HEADER}). */
    public String csv() {
        return window.csv();
    }

    void onSnapshot(MetricsSnapshot now) {
        MetricsSnapshot previous = recent.peekLast();
        boolean standing = previous == null || now.labMillis() == previous.labMillis();
        if (standing && !paused.get()) {
            summarise(now);
        }
        paused.set(standing);
        if (previous == null || !standing) {
            if (previous != null) {
                plot(recent.getFirst(), now);
            }
            remember(now);
        }
    }

    private void remember(MetricsSnapshot now) {
        if (recent.size() == RATE_SPAN) {
            recent.removeFirst();
        }
        recent.addLast(now);
    }

    private void plot(MetricsSnapshot before, MetricsSnapshot now) {
        double seconds = now.labMillis() / 1000.0;
        double interval = (now.labMillis() - before.labMillis()) / 1000.0;
        for (int i = 0; i < servers.size(); i++) {
            ServerMetrics was = server(before, i);
            ServerMetrics is = server(now, i);
            add(throughput.get(i), seconds, (is.completed() - was.completed()) / interval);
            add(inFlight.get(i), seconds, is.inFlight());
        }
        for (int k = 0; k < cached.size(); k++) {
            CacheCounts was = server(before, cached.get(k)).cache();
            CacheCounts is = server(now, cached.get(k)).cache();
            CacheCounts recent = was == null || is == null
                    ? CacheCounts.NONE
                    : new CacheCounts(is.hits() - was.hits(), is.misses() - was.misses());
            if (recent.hits() + recent.misses() > 0) {
                add(hitRatio.get(k), seconds, 100 * recent.hitRatio());
            }
        }
        LatencyRecorder.Percentiles p = now.recentLatency();
        if (p.count() > 0) {
            add(latency.get(0), seconds, p.p50Ms());
            add(latency.get(1), seconds, p.p95Ms());
            add(latency.get(2), seconds, p.p99Ms());
        }
        add(errors.get(0), seconds, (now.counts().failed() - before.counts().failed()) / interval);
        add(errors.get(1), seconds, (now.counts().retries() - before.counts().retries()) / interval);
        window.add(row(now));
        double f = window.fairness();
        fairness.set(Double.isNaN(f) ? I18n.t("charts.fairness.none") : I18n.t("charts.fairness", f));
    }

    private ServerMetrics server(MetricsSnapshot snapshot, int i) {
        return snapshot.perServer().get(servers.get(i).id());
    }

    private void add(XYChart.Series<Number, Number> series, double x, double y) {
        XYChart.Data<Number, Number> point = new XYChart.Data<>(x, y);
        if (shown.get()) {
            ObservableList<XYChart.Data<Number, Number>> data = series.getData();
            if (data.size() == WINDOW) {
                data.remove(0);
            }
            data.add(point);
        } else {
            ArrayDeque<XYChart.Data<Number, Number>> points = waiting.computeIfAbsent(series, s -> new ArrayDeque<>());
            if (points.size() == WINDOW) {
                points.removeFirst();
            }
            points.addLast(point);
        }
    }

    /** Adds the points that waited while the charts were hidden to their series, keeping the last {@link #WINDOW}. */
    private void catchUp() {
        waiting.forEach((series, points) -> {
            ObservableList<XYChart.Data<Number, Number>> data = series.getData();
            data.addAll(points);
            if (data.size() > WINDOW) {
                data.remove(0, data.size() - WINDOW);
            }
        });
        waiting.clear();
    }

    private MetricsRow row(MetricsSnapshot s) {
        List<ServerId> ids = servers.stream().map(ServerSpec::id).toList();
        return new MetricsRow(
                s.labMillis(),
                s.counts(),
                s.recentLatency(),
                ids.stream().map(id -> s.perServer().get(id).completed()).toList(),
                ids.stream().map(id -> s.perServer().get(id).inFlight()).toList());
    }

    private void summarise(MetricsSnapshot s) {
        double seconds = Math.max(s.labMillis(), 1) / 1000.0;
        long all = s.perServer().values().stream()
                .mapToLong(ServerMetrics::completed)
                .sum();
        summary.setAll(servers.stream()
                .map(spec -> {
                    ServerMetrics m = s.perServer().get(spec.id());
                    return new SummaryRow(
                            spec.name(),
                            m.completed(),
                            m.failed(),
                            all == 0 ? 0 : 100.0 * m.completed() / all,
                            m.completed() / seconds);
                })
                .toList());
        Accounting.Counts c = s.counts();
        LatencyRecorder.Percentiles p = s.latency();
        totals.set(I18n.t(
                "charts.totals",
                seconds,
                c.sent(),
                c.completed(),
                c.failed(),
                c.retries(),
                p.p50Ms(),
                p.p95Ms(),
                p.p99Ms()));
    }

    /**
     * One server's line in the run summary.
     *
     * @param server display name
     * @param completed attempts it completed
     * @param failed attempts that failed on it
     * @param sharePercent its share of all completed attempts, in %
     * @param perSecond its completed attempts per second of lab time
     */
    public record SummaryRow(String server, long completed, long failed, double sharePercent, double perSecond) {}
}
