package dev.balancelab.ui.charts;

import dev.balancelab.ui.common.Fxml;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedAreaChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** The charts panel ({@code Charts.fxml}): four live charts over the last samples and the run summary at pause. */
public final class ChartsView {
    private static final double CHART_HEIGHT = 210;

    private final ChartsViewModel vm;

    @FXML
    private Label fairness;

    @FXML
    private VBox charts;

    @FXML
    private VBox summaryBox;

    @FXML
    private Label totals;

    @FXML
    private TableView<ChartsViewModel.SummaryRow> summary;

    private ChartsView(ChartsViewModel vm) {
        this.vm = vm;
    }

    /** Loads the panel for {@code vm}. */
    public static Parent create(ChartsViewModel vm) {
        return Fxml.load("Charts", new ChartsView(vm));
    }

    @FXML
    private void initialize() {
        fairness.textProperty().bind(vm.fairnessProperty());
        fairness.setTooltip(new Tooltip("Completions of the busiest server over the mean, across the charts' window.\n"
                + "Weighted algorithms are uneven on purpose."));
        StackedAreaChart<Number, Number> throughput = new StackedAreaChart<>(axis("lab s"), axis("req/s"));
        charts.getChildren()
                .addAll(
                        0,
                        List.of(
                                chart(throughput, "Completed per server (req/s)", vm.throughput()),
                                chart(
                                        new LineChart<>(axis("lab s"), axis("ms")),
                                        "Latency p50 / p95 / p99 (ms)",
                                        vm.latency()),
                                chart(
                                        new LineChart<>(axis("lab s"), axis("per s")),
                                        "Errors and retries per second",
                                        vm.errors()),
                                chart(
                                        new LineChart<>(axis("lab s"), axis("requests")),
                                        "In flight per server",
                                        vm.inFlight())));
        summaryBox.visibleProperty().bind(vm.pausedProperty().and(Bindings.isNotEmpty(vm.summary())));
        summaryBox.managedProperty().bind(summaryBox.visibleProperty());
        totals.textProperty().bind(vm.totalsProperty());
        buildSummary();
    }

    private static NumberAxis axis(String label) {
        NumberAxis axis = new NumberAxis();
        axis.setLabel(label);
        axis.setForceZeroInRange(false);
        axis.setAnimated(false);
        return axis;
    }

    private XYChart<Number, Number> chart(
            XYChart<Number, Number> chart, String title, ObservableList<XYChart.Series<Number, Number>> series) {
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.dataProperty()
                .bind(Bindings.when(vm.shownProperty())
                        .then(series)
                        .otherwise(FXCollections.<XYChart.Series<Number, Number>>observableArrayList()));
        chart.setPrefHeight(CHART_HEIGHT);
        chart.setMinHeight(CHART_HEIGHT);
        chart.getStyleClass().add("lab-chart");
        if (chart instanceof LineChart<Number, Number> line) {
            line.setCreateSymbols(false);
        } else if (chart instanceof StackedAreaChart<Number, Number> area) {
            area.setCreateSymbols(false);
        }
        Tooltip.install(chart, new Tooltip(title + ", sampled five times a second; x is lab time in seconds"));
        return chart;
    }

    private void buildSummary() {
        summary.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        summary.getColumns()
                .setAll(List.of(
                        column("Server", ChartsViewModel.SummaryRow::server),
                        column("Completed", r -> String.format(Locale.ROOT, "%,d", r.completed())),
                        column("Failed", r -> String.format(Locale.ROOT, "%,d", r.failed())),
                        column("Share", r -> String.format(Locale.ROOT, "%.1f %%", r.sharePercent())),
                        column("req/s", r -> String.format(Locale.ROOT, "%.1f", r.perSecond()))));
        summary.setItems(vm.summary());
        summary.setTooltip(new Tooltip("The run so far, per server; refreshed each time the lab pauses"));
    }

    private static TableColumn<ChartsViewModel.SummaryRow, String> column(
            String title, Function<ChartsViewModel.SummaryRow, String> value) {
        TableColumn<ChartsViewModel.SummaryRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }
}
