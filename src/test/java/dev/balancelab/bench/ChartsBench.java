package dev.balancelab.bench;

import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.spi.CircularDoubleErrorDataSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Frame cost of a live chart with {@value #SERIES} series × {@value #POINTS} points (120 s of history at five samples
 * a second), JavaFX's {@code LineChart} against ChartFX's {@code XYChart} (not a unit test). Each phase shows one
 * chart in the same 900×500 window, appends one point to every series (dropping the oldest) on every pulse, and
 * records the interval between pulses; run with {@code -Djavafx.animation.fullspeed=true} so that pulses are not
 * held to 60 Hz and the interval is the cost of the frame (update, layout, CSS, software rendering). The baseline is
 * the same window with an empty pane. Prints median and p95 in ms and their ratios to the baseline of the same run.
 * See docs/charts-benchmark.md for the command.
 *
 * <p>Arguments: {@code [warmupPulses=150] [recordPulses=400]}.
 */
public final class ChartsBench {
    private static final int SERIES = 20;
    private static final int POINTS = 600;
    private static final double SAMPLE_S = 0.2;

    private final int warmup;
    private final int record;
    private Stage stage;

    private ChartsBench(int warmup, int record) {
        this.warmup = warmup;
        this.record = record;
    }

    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 150;
        int record = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        new ChartsBench(warmup, record).run();
        Platform.exit();
    }

    private void run() throws InterruptedException {
        double[] base = phase(() -> new Chart("baseline (empty pane)", new StackPane(), n -> {}));
        for (Supplier<Chart> chart : List.<Supplier<Chart>>of(ChartsBench::javafxChart, ChartsBench::chartfxChart)) {
            double[] cost = phase(chart);
            System.out.printf(
                    Locale.ROOT, "  ratio to baseline: median %.2f, p95 %.2f%n", cost[0] / base[0], cost[1] / base[1]);
        }
    }

    /** Builds and shows the chart, drives it, returns {median, p95} of the pulse interval in ms. */
    private double[] phase(Supplier<Chart> build) throws InterruptedException {
        long[] intervals = new long[record];
        CountDownLatch done = new CountDownLatch(1);
        String[] name = new String[1];
        Platform.runLater(() -> {
            Chart chart = build.get();
            name[0] = chart.name();
            if (stage == null) {
                stage = new Stage();
                stage.setScene(new Scene(new StackPane(), 900, 500));
                stage.show();
            }
            stage.getScene().setRoot(chart.root());
            new AnimationTimer() {
                private int pulses;
                private long last;

                @Override
                public void handle(long now) {
                    long t = System.nanoTime();
                    if (pulses >= warmup && pulses - warmup < record) {
                        intervals[pulses - warmup] = t - last;
                    } else if (pulses - warmup >= record) {
                        stop();
                        done.countDown();
                        return;
                    }
                    last = t;
                    chart.update().accept(POINTS + pulses++);
                }
            }.start();
        });
        done.await();
        Arrays.sort(intervals);
        double median = intervals[record / 2] / 1e6;
        double p95 = intervals[(int) (record * 0.95)] / 1e6;
        System.out.printf(Locale.ROOT, "%-28s pulse median %7.2f ms, p95 %7.2f ms%n", name[0], median, p95);
        return new double[] {median, p95};
    }

    private static double y(int series, long sample) {
        return 10 + series + 5 * Math.sin(sample * 0.05 + series);
    }

    private static Chart javafxChart() {
        LineChart<Number, Number> chart = new LineChart<>(axis(), axis());
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setTitle("JavaFX LineChart");
        List<XYChart.Series<Number, Number>> all = new ArrayList<>();
        for (int s = 0; s < SERIES; s++) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName("s" + s);
            for (int i = 0; i < POINTS; i++) {
                series.getData().add(new XYChart.Data<>(i * SAMPLE_S, y(s, i)));
            }
            all.add(series);
        }
        chart.getData().setAll(all);
        return new Chart("JavaFX LineChart", chart, sample -> {
            for (int s = 0; s < SERIES; s++) {
                var data = all.get(s).getData();
                data.remove(0);
                data.add(new XYChart.Data<>(sample * SAMPLE_S, y(s, sample)));
            }
        });
    }

    private static NumberAxis axis() {
        NumberAxis axis = new NumberAxis();
        axis.setForceZeroInRange(false);
        axis.setAnimated(false);
        return axis;
    }

    private static Chart chartfxChart() {
        io.fair_acc.chartfx.XYChart chart =
                new io.fair_acc.chartfx.XYChart(new DefaultNumericAxis("lab s"), new DefaultNumericAxis("value"));
        chart.setTitle("ChartFX XYChart");
        // Tuned like the JavaFX chart: plain lines, no markers, no error bars.
        ErrorDataSetRenderer renderer =
                (ErrorDataSetRenderer) chart.getRenderers().get(0);
        renderer.setErrorStyle(ErrorStyle.NONE);
        renderer.setDrawMarker(false);
        List<CircularDoubleErrorDataSet> all = new ArrayList<>();
        for (int s = 0; s < SERIES; s++) {
            CircularDoubleErrorDataSet data = new CircularDoubleErrorDataSet("s" + s, POINTS);
            for (int i = 0; i < POINTS; i++) {
                data.add(i * SAMPLE_S, y(s, i), 0, 0);
            }
            all.add(data);
        }
        chart.getDatasets().addAll(all);
        // ChartFX's data sets are locked while the chart draws them on the FX thread, so they are written from a thread
        // of their own (writing them on the FX thread deadlocks), as ChartFX's own live-data samples do.
        ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "chartfx-writer");
            thread.setDaemon(true);
            return thread;
        });
        return new Chart(
                "ChartFX XYChart",
                chart,
                sample -> writer.execute(() -> {
                    for (int s = 0; s < SERIES; s++) {
                        all.get(s).add(sample * SAMPLE_S, y(s, sample), 0, 0);
                    }
                }));
    }

    /** A chart to show and how to append one sample to every series. */
    private record Chart(String name, Parent root, LongConsumer update) {}
}
