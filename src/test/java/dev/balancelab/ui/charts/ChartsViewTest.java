package dev.balancelab.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.HealthState;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.domain.Topology;
import dev.balancelab.telemetry.Accounting;
import dev.balancelab.telemetry.LatencyRecorder;
import dev.balancelab.telemetry.MetricsSnapshot;
import dev.balancelab.telemetry.ServerMetrics;
import dev.balancelab.ui.FallbackTopology;
import dev.balancelab.ui.common.FakeLab;
import dev.balancelab.ui.common.ServerPalette;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.StackedAreaChart;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The charts panel on a fake lab: server colours, titles that say what is drawn, the summary above the charts. */
@ExtendWith(ApplicationExtension.class)
class ChartsViewTest {
    private final Topology topology = FallbackTopology.create(new HealthCheckSpec(200, 100, 3, 2));
    private final FakeLab lab = new FakeLab(topology, snapshot(0, 0));
    private final ChartsViewModel vm = new ChartsViewModel(topology, lab.feed());
    private Parent view;

    @Start
    void start(Stage stage) {
        view = ChartsView.create(vm);
        stage.setScene(new Scene(view, 600, 1000));
        stage.show();
    }

    private MetricsSnapshot snapshot(long labMs, long completedEach) {
        Map<dev.balancelab.domain.ServerId, ServerMetrics> perServer = new LinkedHashMap<>();
        for (ServerSpec s : topology.servers()) {
            perServer.put(s.id(), new ServerMetrics(completedEach, 0, 2, HealthState.UP, false, true, 0, 1));
        }
        LatencyRecorder.Percentiles latency = new LatencyRecorder.Percentiles(10, 100, 1_000, 1_000);
        return new MetricsSnapshot(labMs, new Accounting.Counts(0, 0, 0, 0, 0, 0, 0), latency, perServer, 0, latency);
    }

    private <T> T fx(java.util.concurrent.Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(20, TimeUnit.SECONDS);
    }

    /** Runs the lab for a second of lab time, then holds it (the summary shows). */
    private void runThenPause() throws Exception {
        fx(() -> {
            for (int i = 0; i <= 5; i++) {
                lab.nextSnapshot = snapshot(i * 200L, i * 10L);
                lab.feed().sample();
            }
            lab.feed().sample();
            view.applyCss();
            view.layout();
            return null;
        });
    }

    private List<XYChart<?, ?>> charts(FxRobot robot) {
        return robot.lookup(".lab-chart").queryAllAs(XYChart.class).stream()
                .<XYChart<?, ?>>map(c -> c)
                .toList();
    }

    @Test
    void serverSeriesHaveTheirServersCanvasColours(FxRobot robot) throws Exception {
        runThenPause();
        for (XYChart<?, ?> chart : charts(robot)) {
            if (!(chart instanceof StackedAreaChart<?, ?>)) {
                continue;
            }
            List<Path> lines = fx(() -> chart.lookupAll(".chart-series-area-line").stream()
                    .map(Path.class::cast)
                    .toList());
            assertEquals(topology.servers().size(), lines.size(), chart.getTitle());
            for (int i = 0; i < lines.size(); i++) {
                int server = i;
                Path line = lines.stream()
                        .filter(p -> p.getStyleClass().contains("series" + server))
                        .findFirst()
                        .orElseThrow();
                assertEquals(ServerPalette.of(i), line.getStroke(), chart.getTitle() + " series " + i);
            }
        }
    }

    @Test
    void stackedChartsSayTheyAreStackedAndTheLatencyChartNamesItsWindow(FxRobot robot) {
        List<String> titles = charts(robot).stream().map(XYChart::getTitle).toList();
        charts(robot).stream()
                .filter(StackedAreaChart.class::isInstance)
                .forEach(c -> assertTrue(c.getTitle().contains("stacked"), c.getTitle()));
        assertTrue(titles.stream().anyMatch(t -> t.contains("over the last 5 s")), titles::toString);
        assertTrue(MetricsWindow.CSV_HEADER.contains("p95Ms_last" + LatencyRecorder.WINDOW_MS / 1000 + "s"));
    }

    @Test
    void theRunSummaryIsAboveTheChartsAndNotScrolledAway(FxRobot robot) throws Exception {
        runThenPause();
        javafx.scene.Node summary = robot.lookup(".run-summary").query();
        assertTrue(fx(summary::isVisible), "paused after running: the summary shows");
        javafx.geometry.Bounds bounds = fx(() -> summary.localToScene(summary.getBoundsInLocal()));
        assertTrue(bounds.getMaxY() <= 1000, "the summary is inside the panel: " + bounds);
        assertTrue(fx(() -> summary.getParent() == view), "the summary is not inside the charts' scroll pane");
    }
}
