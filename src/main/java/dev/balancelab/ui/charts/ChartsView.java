package dev.balancelab.ui.charts;

import dev.balancelab.telemetry.LatencyRecorder;
import dev.balancelab.ui.common.Fxml;
import dev.balancelab.ui.common.I18n;
import java.util.List;
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
import javafx.scene.paint.Color;

/** The charts panel ({@code Charts.fxml}): four live charts over the last samples (server
 * series in their canvas colours), the cache hit ratios on top when a server has a cache (the lessons about caches are
 * about that chart), and, at pause, the run summary above them. */
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
        fairness.setTooltip(new Tooltip(I18n.t("charts.fairness.tooltip")));
        List<Color> colours = vm.serverColours();
        StackedAreaChart<Number, Number> inFlight =
                new StackedAreaChart<>(axis(I18n.t("charts.axis.labSeconds")), axis(I18n.t("charts.axis.requests")));
        inFlight.setLegendVisible(false);
        charts.getChildren()
                .setAll(List.of(
                        serverChart(
                                new StackedAreaChart<>(
                                        axis(I18n.t("charts.axis.labSeconds")), axis(I18n.t("charts.axis.perSecond"))),
                                I18n.t("charts.throughput.title"),
                                vm.throughput(),
                                colours),
                        chart(
                                new LineChart<>(axis(I18n.t("charts.axis.labSeconds")), axis(I18n.t("charts.axis.ms"))),
                                I18n.t("charts.latency.title", LatencyRecorder.WINDOW_MS / 1000),
                                vm.latency()),
                        chart(
                                new LineChart<>(
                                        axis(I18n.t("charts.axis.labSeconds")), axis(I18n.t("charts.axis.rate"))),
                                I18n.t("charts.errors"),
                                vm.errors()),
                        serverChart(inFlight, I18n.t("charts.inflight.title"), vm.inFlight(), colours)));
        if (!vm.hitRatio().isEmpty()) {
            charts.getChildren()
                    .add(
                            0,
                            serverChart(
                                    new LineChart<>(axis(I18n.t("charts.axis.labSeconds")), percentAxis()),
                                    I18n.t("charts.hitRatio.title"),
                                    vm.hitRatio(),
                                    vm.cachedServerColours()));
        }
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

    /** 0 to 100 %, fixed, so that a dip reads as a dip and not as a rescaled axis. */
    private static NumberAxis percentAxis() {
        NumberAxis axis = new NumberAxis(0, 100, 25);
        axis.setLabel(I18n.t("charts.axis.percent"));
        axis.setAnimated(false);
        return axis;
    }

    private XYChart<Number, Number> serverChart(
            XYChart<Number, Number> chart,
            String title,
            ObservableList<XYChart.Series<Number, Number>> series,
            List<Color> colours) {
        SeriesColours.apply(chart, colours);
        return chart(chart, title, series);
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
        Tooltip.install(chart, new Tooltip(I18n.t("charts.tooltip", title)));
        return chart;
    }

    private void buildSummary() {
        summary.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        summary.getColumns()
                .setAll(List.of(
                        column(I18n.t("charts.summary.server"), ChartsViewModel.SummaryRow::server),
                        column(I18n.t("charts.summary.completed"), r -> I18n.t("charts.summary.count", r.completed())),
                        column(I18n.t("charts.summary.failed"), r -> I18n.t("charts.summary.count", r.failed())),
                        column(I18n.t("charts.summary.share"), r -> I18n.t("charts.summary.percent", r.sharePercent())),
                        column(I18n.t("charts.summary.rate"), r -> I18n.t("charts.summary.perSecond", r.perSecond()))));
        summary.setItems(vm.summary());
        summary.setTooltip(new Tooltip(I18n.t("charts.summary.tooltip")));
    }

    private static TableColumn<ChartsViewModel.SummaryRow, String> column(
            String title, Function<ChartsViewModel.SummaryRow, String> value) {
        TableColumn<ChartsViewModel.SummaryRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }
}
