package dev.balancelab.ui.compare;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.telemetry.MetricsSnapshot;
import dev.balancelab.telemetry.ServerMetrics;
import dev.balancelab.ui.common.AlgorithmTexts;
import dev.balancelab.ui.common.I18n;
import dev.balancelab.ui.common.ServerPalette;
import dev.balancelab.ui.common.StartPause;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The View → Compare window: a toolbar (algorithms, Start/Pause, Speed, kill/revive a server in every pane), one pane
 * per algorithm with each server's share of the requests, and below them a table per algorithm (p50/p95/p99, failed,
 * retries, fairness, keys moved) and a chart overlaying each algorithm's p99 over lab time.
 */
public final class CompareWindow {
    private static final List<Double> SPEEDS = List.of(0.1, 0.25, 0.5, 1.0, 4.0);
    /** Most points kept per chart series (60 s of samples). */
    private static final int MAX_POINTS = 300;
    /** Height of a table row, px. */
    private static final double ROW_HEIGHT = 26;

    private final CompareViewModel vm;
    private final Stage stage = new Stage();
    private final HBox panes = new HBox(8);
    private final ObservableList<CompareRow> rows = FXCollections.observableArrayList();
    private final LineChart<Number, Number> chart = new LineChart<>(new NumberAxis(), new NumberAxis());
    private final List<List<ServerRow>> paneRows = new ArrayList<>();
    private long lastSample = -CompareViewModel.SAMPLE_MS;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (vm.pulse(now)) {
                sample(false);
            }
        }
    };

    /** Opens the window over {@code owner} (may be null), with the stylesheets of the main window. */
    public static CompareWindow open(CompareViewModel vm, Window owner, List<String> stylesheets) {
        CompareWindow window = new CompareWindow(vm);
        window.stage.initOwner(owner);
        window.stage.getScene().getStylesheets().setAll(stylesheets);
        window.stage.show();
        return window;
    }

    private CompareWindow(CompareViewModel vm) {
        this.vm = vm;
        BorderPane root = new BorderPane();
        root.setTop(toolbar());
        root.setCenter(panes);
        root.setBottom(figures());
        BorderPane.setMargin(panes, new Insets(8));
        stage.setTitle(I18n.t("compare.title", vm.topology().title(I18n.locale().toLanguageTag())));
        stage.setScene(new Scene(root, 1200, 720));
        stage.setOnHidden(e -> {
            timer.stop();
            vm.close();
        });
        rebuildPanes();
        timer.start();
    }

    private ToolBar toolbar() {
        ToggleButton startPause = new ToggleButton();
        startPause.setId("compare-start");
        StartPause.bind(startPause, vm.runningProperty());
        ChoiceBox<Double> speed = new ChoiceBox<>(FXCollections.observableArrayList(SPEEDS));
        speed.setId("compare-speed");
        speed.valueProperty().bindBidirectional(vm.speedProperty());
        ChoiceBox<ServerId> server = new ChoiceBox<>(FXCollections.observableArrayList(
                vm.topology().servers().stream().map(ServerSpec::id).toList()));
        server.setId("compare-server");
        server.getSelectionModel().selectFirst();
        Button kill = new Button(I18n.t("compare.kill"));
        kill.setId("compare-kill");
        kill.setOnAction(e -> vm.kill(server.getValue()));
        Button revive = new Button(I18n.t("compare.revive"));
        revive.setId("compare-revive");
        revive.setOnAction(e -> vm.revive(server.getValue()));
        Label time = new Label();
        time.setId("compare-time");
        time.textProperty().bind(vm.labMillisProperty().map(ms -> I18n.t("compare.time", ms.longValue() / 1000.0)));
        ToolBar bar = new ToolBar(startPause, new Label(I18n.t("toolbar.speed")), speed, server, kill, revive, time);
        ChoiceBox<Integer> count = new ChoiceBox<>(FXCollections.observableArrayList(2, 3, 4));
        count.setId("compare-count");
        count.setValue(vm.panes().size());
        count.setOnAction(e -> resize(count.getValue()));
        bar.getItems().addAll(new Label(I18n.t("compare.panes")), count);
        return bar;
    }

    /** Keeps the first {@code n} algorithms, adding ones not shown yet. */
    private void resize(int n) {
        List<AlgorithmKind> chosen = new ArrayList<>(vm.algorithms());
        for (AlgorithmKind k : AlgorithmKind.values()) {
            if (chosen.size() < n && !chosen.contains(k)) {
                chosen.add(k);
            }
        }
        choose(chosen.subList(0, n));
    }

    /** Rebuilds the panes for {@code chosen}, if they are distinct and differ from the panes shown. */
    private void choose(List<AlgorithmKind> chosen) {
        if (chosen.stream().distinct().count() == chosen.size() && !chosen.equals(vm.algorithms())) {
            vm.setAlgorithms(chosen);
            rebuildPanes();
        }
    }

    /** A pane's title: its algorithm, which the user may change. */
    private ComboBox<AlgorithmKind> title(int index) {
        ComboBox<AlgorithmKind> choice = new ComboBox<>(FXCollections.observableArrayList(AlgorithmKind.values()));
        choice.setId("compare-algorithm-" + index);
        choice.setConverter(new AlgorithmLabels());
        choice.setValue(vm.algorithms().get(index));
        choice.setStyle("-fx-font-weight: bold;");
        choice.setOnAction(e -> {
            List<AlgorithmKind> chosen = new ArrayList<>(vm.algorithms());
            chosen.set(index, choice.getValue());
            choose(chosen);
            if (!vm.algorithms().equals(chosen)) {
                choice.setValue(vm.algorithms().get(index));
            }
        });
        return choice;
    }

    private VBox figures() {
        TableView<CompareRow> table = new TableView<>(rows);
        table.setId("compare-table");
        table.getColumns()
                .setAll(List.of(
                        column("compare.column.algorithm", r -> AlgorithmTexts.label(r.algorithm())),
                        column("compare.column.sent", CompareRow::sent),
                        column("compare.column.p50", r -> ms(r.latency().p50Ms())),
                        column("compare.column.p95", r -> ms(r.latency().p95Ms())),
                        column("compare.column.p99", r -> ms(r.latency().p99Ms())),
                        column("compare.column.failed", CompareRow::failed),
                        column("compare.column.retries", CompareRow::retries),
                        column("compare.column.fairness", r -> I18n.t("compare.fairness", r.fairness())),
                        column("compare.column.keysMoved", r -> I18n.t("compare.keysMoved", r.keysMoved(), r.keys()))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(ROW_HEIGHT);
        table.prefHeightProperty().bind(Bindings.size(rows).add(1.4).multiply(ROW_HEIGHT));
        chart.setId("compare-chart");
        chart.setTitle(I18n.t("compare.chart"));
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.setPrefHeight(220);
        ((NumberAxis) chart.getXAxis()).setLabel(I18n.t("compare.chart.x"));
        ((NumberAxis) chart.getYAxis()).setLabel(I18n.t("compare.chart.y"));
        ((NumberAxis) chart.getXAxis()).setForceZeroInRange(false);
        VBox box = new VBox(4, table, chart);
        box.setPadding(new Insets(0, 8, 8, 8));
        return box;
    }

    private static TableColumn<CompareRow, Object> column(String key, Function<CompareRow, Object> value) {
        TableColumn<CompareRow, Object> column = new TableColumn<>(I18n.t(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setSortable(false);
        return column;
    }

    private static String ms(double value) {
        return I18n.t("compare.ms", value);
    }

    private void rebuildPanes() {
        panes.getChildren().clear();
        paneRows.clear();
        chart.getData().clear();
        for (ComparedLab pane : vm.panes()) {
            List<ServerRow> servers = new ArrayList<>();
            GridPane grid = new GridPane();
            grid.setHgap(6);
            grid.setVgap(4);
            List<ServerSpec> specs = vm.topology().servers();
            for (int i = 0; i < specs.size(); i++) {
                ServerRow row = new ServerRow(specs.get(i).id(), i);
                row.addTo(grid, i);
                servers.add(row);
            }
            VBox box = new VBox(6, title(paneRows.size()), grid);
            box.setId("compare-pane-" + pane.algorithm().id());
            box.setPadding(new Insets(8));
            box.setStyle("-fx-border-color: -fx-box-border; -fx-border-radius: 4;");
            HBox.setHgrow(box, Priority.ALWAYS);
            panes.getChildren().add(box);
            paneRows.add(servers);
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(AlgorithmTexts.label(pane.algorithm()));
            chart.getData().add(series);
        }
        lastSample = -CompareViewModel.SAMPLE_MS;
        sample(true);
    }

    /** Refreshes the panes, the table and the chart, at most once per {@link CompareViewModel#SAMPLE_MS}. */
    private void sample(boolean always) {
        long now = vm.labMillisProperty().get();
        if (!always && now - lastSample < CompareViewModel.SAMPLE_MS) {
            return;
        }
        lastSample = now;
        List<CompareRow> next = new ArrayList<>();
        for (int p = 0; p < vm.panes().size(); p++) {
            ComparedLab pane = vm.panes().get(p);
            MetricsSnapshot s = pane.snapshot();
            long most = s.perServer().values().stream()
                    .mapToLong(m -> m.completed() + m.failed())
                    .max()
                    .orElse(0);
            for (ServerRow row : paneRows.get(p)) {
                row.show(s.perServer().get(row.id), most);
            }
            next.add(CompareRow.of(pane));
            var data = chart.getData().get(p).getData();
            if (now > 0) {
                data.add(new XYChart.Data<>(now / 1000.0, s.recentLatency().p99Ms()));
            }
            if (data.size() > MAX_POINTS) {
                data.remove(0, data.size() - MAX_POINTS);
            }
        }
        rows.setAll(next);
    }

    /** A server's line in a pane: colour, id, a bar of its share of the requests, and its figures. */
    private static final class ServerRow {
        private final ServerId id;
        private final Label name;
        private final ProgressBar bar = new ProgressBar(0);
        private final Label figures = new Label();

        ServerRow(ServerId id, int index) {
            this.id = id;
            this.name = new Label("● " + id.value() + ServerPalette.marker(index));
            name.setTextFill(ServerPalette.of(index));
            bar.setMaxWidth(Double.MAX_VALUE);
            Color colour = ServerPalette.of(index);
            bar.setStyle(String.format(
                    java.util.Locale.ROOT,
                    "-fx-accent: rgb(%d, %d, %d);",
                    Math.round(colour.getRed() * 255),
                    Math.round(colour.getGreen() * 255),
                    Math.round(colour.getBlue() * 255)));
            figures.setId("compare-figures-" + id.value());
        }

        void addTo(GridPane grid, int row) {
            grid.addRow(row, name, bar, figures);
            GridPane.setHgrow(bar, Priority.ALWAYS);
            GridPane.setHalignment(figures, javafx.geometry.HPos.LEFT);
            figures.setAlignment(Pos.CENTER_LEFT);
        }

        void show(ServerMetrics m, long most) {
            long load = m.completed() + m.failed();
            bar.setProgress(most == 0 ? 0 : load / (double) most);
            String state = m.alive() ? I18n.t("state." + m.state().name()) : I18n.t("compare.killed");
            figures.setText(I18n.t("compare.server", m.completed(), m.failed(), state));
        }
    }

    /** Algorithm labels in the window's language. */
    private static final class AlgorithmLabels extends javafx.util.StringConverter<AlgorithmKind> {
        @Override
        public String toString(AlgorithmKind kind) {
            return kind == null ? "" : AlgorithmTexts.label(kind);
        }

        @Override
        public AlgorithmKind fromString(String text) {
            return null;
        }
    }

    /** The window's model (tests). */
    public CompareViewModel viewModel() {
        return vm;
    }

    /** The window's stage (tests). */
    public Stage stage() {
        return stage;
    }
}
