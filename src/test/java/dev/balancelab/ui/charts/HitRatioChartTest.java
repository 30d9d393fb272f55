package dev.balancelab.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.CachePolicy;
import dev.balancelab.domain.CacheSpec;
import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.HealthState;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.domain.Topology;
import dev.balancelab.telemetry.Accounting;
import dev.balancelab.telemetry.CacheCounts;
import dev.balancelab.telemetry.LatencyRecorder;
import dev.balancelab.telemetry.MetricsSnapshot;
import dev.balancelab.telemetry.ServerMetrics;
import dev.balancelab.ui.FallbackTopology;
import dev.balancelab.ui.common.FakeLab;
import dev.balancelab.ui.common.ServerPalette;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The hit-ratio chart: one line per server with a cache, in the server's canvas colour, the hit ratio of each
 * interval's lookups (not the whole run's), and no chart at all when no server has a cache.
 */
@ExtendWith(ApplicationExtension.class)
class HitRatioChartTest {
    private static final String TITLE = "Cache hit ratio per server";
    private static final CacheSpec CACHE = new CacheSpec(100, CachePolicy.LRU, 1);

    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    /** The fallback lab (four servers) with a cache on s1 and s3 only. */
    private static Topology cachedOnOneAndThree() {
        Topology t = FallbackTopology.create(new HealthCheckSpec(200, 100, 3, 2));
        return t.withServers(t.servers().stream()
                .map(s -> List.of("s1", "s3").contains(s.id().value()) ? s.withCache(CACHE) : s)
                .toList());
    }

    /**
     * A snapshot at {@code labMs}: every server with a cache has looked up {@code 10 × i} keys, of which
     * {@code hits.apply(i)}; {@code i} is the sample number.
     */
    private static MetricsSnapshot snapshot(Topology t, int i, IntFunction<Long> hits) {
        Map<ServerId, ServerMetrics> perServer = new LinkedHashMap<>();
        for (ServerSpec s : t.servers()) {
            CacheCounts cache = s.cache() == null ? null : new CacheCounts(hits.apply(i), 10L * i - hits.apply(i));
            perServer.put(s.id(), new ServerMetrics(10L * i, 0, 2, HealthState.UP, false, true, 0, 1, 200L * i, cache));
        }
        LatencyRecorder.Percentiles latency = new LatencyRecorder.Percentiles(10, 100, 1_000, 1_000);
        return new MetricsSnapshot(
                200L * i, new Accounting.Counts(0, 0, 0, 0, 0, 0, 0), latency, perServer, 0, latency);
    }

    /** Shows the charts of {@code t} and feeds them {@code samples} snapshots. */
    private Parent show(Topology t, int samples, IntFunction<Long> hits) throws Exception {
        return fx(() -> {
            FakeLab lab = new FakeLab(t, snapshot(t, 0, hits));
            ChartsViewModel vm = new ChartsViewModel(t, lab.feed());
            Parent view = ChartsView.create(vm);
            stage.setScene(new Scene(view, 600, 1400));
            stage.show();
            for (int i = 0; i <= samples; i++) {
                lab.nextSnapshot = snapshot(t, i, hits);
                lab.feed().sample();
            }
            view.applyCss();
            view.layout();
            return view;
        });
    }

    private static <T> T fx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(20, TimeUnit.SECONDS);
    }

    @SuppressWarnings("unchecked")
    private static LineChart<Number, Number> hitRatioChart(FxRobot robot) {
        return robot.lookup(".lab-chart").queryAllAs(XYChart.class).stream()
                .filter(c -> c.getTitle().startsWith(TITLE))
                .map(c -> (LineChart<Number, Number>) c)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void oneLinePerCachedServerInItsCanvasColour(FxRobot robot) throws Exception {
        Topology t = cachedOnOneAndThree();
        show(t, 10, i -> 5L * i);
        LineChart<Number, Number> chart = hitRatioChart(robot);
        List<String> names =
                fx(() -> chart.getData().stream().map(XYChart.Series::getName).toList());
        assertEquals(List.of(t.servers().get(0).name(), t.servers().get(2).name()), names);
        List<Path> lines = fx(() -> chart.lookupAll(".chart-series-line").stream()
                .map(Path.class::cast)
                .toList());
        assertEquals(2, lines.size());
        for (int k = 0; k < 2; k++) {
            String series = "series" + k;
            Path line = lines.stream()
                    .filter(p -> p.getStyleClass().contains(series))
                    .findFirst()
                    .orElseThrow();
            assertEquals(ServerPalette.of(2 * k), fx(line::getStroke), "series " + k + " is server " + (2 * k + 1));
        }
    }

    /**
     * Half of the lookups hit until sample 8, none after: the chart plots the recent ratio (50 %, then down to 0 %),
     * where the whole run's ratio would still read above 30 %.
     */
    @Test
    void plotsTheRecentHitRatioSoThatADipShows(FxRobot robot) throws Exception {
        show(cachedOnOneAndThree(), 16, i -> 5L * Math.min(i, 8));
        List<XYChart.Data<Number, Number>> points =
                fx(() -> List.copyOf(hitRatioChart(robot).getData().get(0).getData()));
        assertEquals(50, points.get(0).getYValue().doubleValue(), 1e-9, points::toString);
        assertEquals(0, points.get(points.size() - 1).getYValue().doubleValue(), 1e-9, points::toString);
        assertEquals(3.2, points.get(points.size() - 1).getXValue().doubleValue(), 1e-9, "x is lab seconds");
    }

    @Test
    void noCacheNoChart(FxRobot robot) throws Exception {
        show(FallbackTopology.create(new HealthCheckSpec(200, 100, 3, 2)), 3, i -> 0L);
        List<String> titles = robot.lookup(".lab-chart").queryAllAs(XYChart.class).stream()
                .map(c -> c.getTitle())
                .toList();
        assertEquals(4, titles.size(), titles::toString);
        assertFalse(titles.stream().anyMatch(title -> title.startsWith(TITLE)), titles::toString);
        assertTrue(titles.stream().anyMatch(title -> title.contains("stacked")), titles::toString);
    }
}
