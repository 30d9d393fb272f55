package dev.balancelab.ui.shell;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.ui.common.Fxml;
import dev.balancelab.ui.common.I18n;
import dev.balancelab.ui.common.Snapshots;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import javafx.util.converter.LongStringConverter;
import org.controlsfx.control.StatusBar;

/** The main window ({@code MainWindow.fxml}): menus, toolbar, lesson banner, status bar, and two content slots. */
public final class MainWindowController {
    private static final String JSON = "*.json";

    private final MainWindowViewModel vm;
    private final Node canvas;
    private final Node side;

    @FXML
    private BorderPane root;

    @FXML
    private BorderPane content;

    @FXML
    private Menu samples;

    @FXML
    private Menu recent;

    @FXML
    private ToggleButton startPause;

    @FXML
    private ComboBox<AlgorithmKind> algorithm;

    @FXML
    private Slider rate;

    @FXML
    private Label rateValue;

    @FXML
    private ChoiceBox<Double> speed;

    @FXML
    private TextField seed;

    @FXML
    private Menu themes;

    @FXML
    private Menu languages;

    @FXML
    private CheckMenuItem projector;

    @FXML
    private Label lessonTitle;

    @FXML
    private Label lessonDescription;

    @FXML
    private StatusBar status;

    private MainWindowController(MainWindowViewModel vm, Node canvas, Node side) {
        this.vm = vm;
        this.canvas = canvas;
        this.side = side;
    }

    /** Loads the window for {@code vm} with {@code canvas} in the middle and {@code side} on the right. */
    public static Parent create(MainWindowViewModel vm, Node canvas, Node side) {
        return Fxml.load("MainWindow", new MainWindowController(vm, canvas, side));
    }

    @FXML
    private void initialize() {
        content.setCenter(canvas);
        content.setRight(side);
        lessonTitle.setText(vm.lessonTitle());
        lessonDescription.setText(vm.lessonDescription());
        bindToolbar();
        bindView();
        bindStatus();
        for (String name : vm.sampleNames()) {
            MenuItem item = new MenuItem(MainWindowViewModel.sampleLabel(name));
            item.setOnAction(e -> {
                if (vm.mayDiscardChanges()) {
                    vm.openSample(name).ifPresent(m -> showError(I18n.t("error.openSample"), m));
                }
            });
            samples.getItems().add(item);
        }
        samples.setDisable(vm.sampleNames().isEmpty());
        fillRecent();
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        vm.setAskToSave(this::askToSave);
    }

    private void bindToolbar() {
        startPause.selectedProperty().bindBidirectional(vm.runningProperty());
        startPause
                .textProperty()
                .bind(Bindings.when(vm.runningProperty())
                        .then(I18n.t("toolbar.pause"))
                        .otherwise(I18n.t("toolbar.start")));
        algorithm.getItems().setAll(vm.algorithms());
        algorithm.setCellFactory(list -> new AlgorithmCell());
        algorithm.setButtonCell(new AlgorithmCell());
        algorithm.valueProperty().bindBidirectional(vm.algorithmProperty());
        rate.setMax(vm.maxRate());
        rate.valueProperty().bindBidirectional(vm.rateProperty());
        // a drag along the track changes the value without valueChanging: count the whole press as one change
        vm.rateChangingProperty().bind(rate.pressedProperty().or(rate.valueChangingProperty()));
        rateValue.textProperty().bind(vm.rateProperty().map(r -> I18n.t("toolbar.rateValue", r)));
        speed.getItems().setAll(MainWindowViewModel.SPEEDS);
        speed.setConverter(new SpeedConverter());
        speed.valueProperty().bindBidirectional(vm.speedProperty());
        TextFormatter<Long> seedFormat = new TextFormatter<>(
                new LongStringConverter(),
                vm.seedProperty().get(),
                change -> change.getControlNewText().matches("\\d{0,18}") ? change : null);
        seed.setTextFormatter(seedFormat);
        seedFormat.valueProperty().bindBidirectional(vm.seedProperty());
    }

    private void bindView() {
        Appearance appearance = vm.appearance();
        ToggleGroup group = new ToggleGroup();
        for (Appearance.Theme theme : Appearance.Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(I18n.t("theme." + theme.name()));
            item.setToggleGroup(group);
            item.setSelected(appearance.themeProperty().get() == theme);
            item.setOnAction(e -> appearance.themeProperty().set(theme));
            themes.getItems().add(item);
        }
        projector.selectedProperty().bindBidirectional(appearance.projectorProperty());
        ToggleGroup languageGroup = new ToggleGroup();
        for (Locale language : I18n.LANGUAGES) {
            RadioMenuItem item = new RadioMenuItem(I18n.t("language." + language.toLanguageTag()));
            item.setToggleGroup(languageGroup);
            item.setSelected(language.equals(I18n.locale()));
            item.setOnAction(e -> appearance.languageProperty().set(language));
            languages.getItems().add(item);
        }
    }

    private void bindStatus() {
        Label counters = statusLabel("counters", "status.counters.tooltip");
        counters.textProperty().bind(vm.countersProperty());
        Label invariant = statusLabel("invariant", "status.invariant.tooltip");
        invariant.textProperty().bind(vm.invariantProperty());
        Label failover = statusLabel("failover", "status.failover.tooltip");
        failover.textProperty().bind(vm.failoverProperty());
        Label latency = statusLabel("latency", "status.latency.tooltip");
        latency.textProperty().bind(vm.latencyProperty());
        status.setText("");
        status.getLeftItems().setAll(new VBox(counters, failover), invariant);
        status.getRightItems().setAll(latency);
    }

    private static Label statusLabel(String id, String tooltipKey) {
        Label label = new Label();
        label.setTooltip(new Tooltip(I18n.t(tooltipKey)));
        label.setId(id);
        label.getStyleClass().add("status-" + id);
        return label;
    }

    /** Single-key shortcuts; not while typing in a text field. */
    private void onKey(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown() || root.getScene().getFocusOwner() instanceof TextInputControl) {
            return;
        }
        Runnable action = switch (e.getCode()) {
            case SPACE -> vm::toggleRunning;
            case R -> this::reset;
            case OPEN_BRACKET -> this::slower;
            case CLOSE_BRACKET -> this::faster;
            case DELETE, BACK_SPACE -> this::removeSelected;
            default -> null;
        };
        if (action != null) {
            action.run();
            e.consume();
        }
    }

    /** Enter in the seed field hands the keys back to the lab (Space, R, …). */
    @FXML
    private void leaveSeed() {
        root.requestFocus();
    }

    @FXML
    private void toggleRunning() {
        vm.toggleRunning();
    }

    @FXML
    private void reset() {
        vm.reset().ifPresent(message -> showError(I18n.t("error.reset"), message));
    }

    @FXML
    private void slower() {
        vm.stepSpeed(-1);
    }

    @FXML
    private void faster() {
        vm.stepSpeed(1);
    }

    @FXML
    private void newLab() {
        if (vm.mayDiscardChanges()) {
            vm.newLab();
        }
    }

    @FXML
    private void save() {
        vm.file()
                .ifPresentOrElse(
                        file -> vm.saveAs(file).ifPresent(m -> showError(I18n.t("error.save"), m)), this::saveAs);
    }

    @FXML
    private void undo() {
        vm.undo();
    }

    @FXML
    private void redo() {
        vm.redo();
    }

    @FXML
    private void addServer() {
        vm.addServer();
    }

    @FXML
    private void addClient() {
        vm.addClient();
    }

    @FXML
    private void removeSelected() {
        vm.removeSelected().ifPresent(m -> showError(I18n.t("error.remove"), m));
    }

    private MainWindowViewModel.Decision askToSave() {
        ButtonType save = new ButtonType(I18n.t("dialog.save.button"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(I18n.t("dialog.discard.button"), ButtonBar.ButtonData.NO);
        Alert alert = dialog(
                Alert.AlertType.CONFIRMATION,
                I18n.t("dialog.save.header"),
                I18n.t(vm.file().isPresent() ? "dialog.save.unsaved" : "dialog.save.noFile"));
        alert.getButtonTypes().setAll(save, discard, ButtonType.CANCEL);
        ButtonType choice = alert.showAndWait().orElse(ButtonType.CANCEL);
        return choice == save
                ? MainWindowViewModel.Decision.SAVE
                : choice == discard ? MainWindowViewModel.Decision.DISCARD : MainWindowViewModel.Decision.CANCEL;
    }

    /** Lists the recent files each time the menu opens, so it is never stale. */
    @FXML
    private void fillRecent() {
        recent.getItems().clear();
        for (Path file : vm.recentFiles()) {
            MenuItem item = new MenuItem(file.getFileName() + "  —  " + file.getParent());
            item.setOnAction(e -> {
                if (vm.mayDiscardChanges()) {
                    vm.open(file).ifPresent(m -> showError(I18n.t("error.openFile", file.getFileName()), m));
                }
            });
            recent.getItems().add(item);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem(I18n.t("dialog.recent.none"));
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    @FXML
    private void open() {
        if (!vm.mayDiscardChanges()) {
            return;
        }
        Optional.ofNullable(chooser(I18n.t("dialog.open.title"), I18n.t("dialog.topology.filter"), JSON)
                        .showOpenDialog(window()))
                .flatMap(file -> vm.open(file.toPath()))
                .ifPresent(message -> showError(I18n.t("error.open"), message));
    }

    @FXML
    private void saveAs() {
        Optional.ofNullable(chooser(I18n.t("dialog.saveAs.title"), I18n.t("dialog.topology.filter"), JSON)
                        .showSaveDialog(window()))
                .flatMap(file -> vm.saveAs(file.toPath()))
                .ifPresent(message -> showError(I18n.t("error.save"), message));
    }

    @FXML
    private void exportImage() {
        saveDialog(I18n.t("dialog.exportImage.title"), I18n.t("dialog.exportImage.filter"), "*.png")
                .flatMap(file -> vm.exportImage(Snapshots.png(canvas), file.toPath()))
                .ifPresent(message -> showError(I18n.t("error.exportImage"), message));
    }

    @FXML
    private void exportCsv() {
        export(ExportFormat.METRICS_CSV);
    }

    @FXML
    private void exportNginx() {
        export(ExportFormat.NGINX);
    }

    @FXML
    private void exportHaproxy() {
        export(ExportFormat.HAPROXY);
    }

    private void export(ExportFormat format) {
        String name = I18n.t(format.key());
        saveDialog(I18n.t("dialog.export.title", name), name, format.pattern())
                .flatMap(file -> vm.export(format, file.toPath()))
                .ifPresent(message -> showError(I18n.t("error.export", name), message));
    }

    private Optional<File> saveDialog(String title, String description, String pattern) {
        return Optional.ofNullable(chooser(title, description, pattern).showSaveDialog(window()));
    }

    @FXML
    private void quit() {
        if (vm.mayDiscardChanges()) {
            window().hide();
        }
    }

    @FXML
    private void showShortcuts() {
        inform(I18n.t("dialog.shortcuts.header"), I18n.t("dialog.shortcuts.text"));
    }

    @FXML
    private void showAbout() {
        inform(I18n.t("dialog.about.header"), I18n.t("dialog.about.text"));
    }

    private FileChooser chooser(String title, String description, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description + " (" + pattern + ")", pattern));
        chooser.setInitialDirectory(new File(System.getProperty("user.dir")));
        return chooser;
    }

    private void showError(String header, String message) {
        dialog(Alert.AlertType.ERROR, header, message).showAndWait();
    }

    private void inform(String header, String message) {
        dialog(Alert.AlertType.INFORMATION, header, message).showAndWait();
    }

    private Alert dialog(Alert.AlertType type, String header, String message) {
        Alert alert = new Alert(type, message);
        alert.initOwner(window());
        alert.setHeaderText(header);
        alert.getDialogPane().getStylesheets().setAll(root.getScene().getStylesheets());
        return alert;
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    /** Shows 0.25 as "0.25×" and the fastest preset as "max 4×". */
    private static final class SpeedConverter extends StringConverter<Double> {
        @Override
        public String toString(Double factor) {
            if (factor == null) {
                return "";
            }
            String text = String.format(
                    Locale.ROOT, "%s×", factor % 1 == 0 ? Long.toString(factor.longValue()) : factor.toString());
            return factor.equals(MainWindowViewModel.SPEEDS.get(MainWindowViewModel.SPEEDS.size() - 1))
                    ? I18n.t("toolbar.speedMax", text)
                    : text;
        }

        @Override
        public Double fromString(String text) {
            return Double.valueOf(text.replaceAll("[^0-9.]", ""));
        }
    }
}
