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
    private static final String SHORTCUTS = """
            Space\t\tstart / pause lab time
            R\t\treset: lab time back to 0 with the same seed
            [  ]\t\tslower / faster
            →\t\tstep one request ("Why?" tab, step mode)
            F5\t\tprojector mode (large text and dots)
            Delete\t\tremove the selected client or server
            Ctrl+Z / Ctrl+Y\tundo / redo an edit
            Ctrl+N\t\tnew lab
            Ctrl+O\t\topen a topology file
            Ctrl+S\t\tsave
            Ctrl+Shift+S\tsave the topology as…
            Ctrl+Q\t\tquit
            Click a server\tselect it (Edit tab); inject a failure or heal it""";

    private static final String TOPOLOGY = "Topology";
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
                    vm.openSample(name).ifPresent(m -> showError("Cannot open sample", m));
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
                .bind(Bindings.when(vm.runningProperty()).then("❚❚  Pause").otherwise("▶  Start"));
        algorithm.getItems().setAll(vm.algorithms());
        algorithm.setCellFactory(list -> new AlgorithmCell());
        algorithm.setButtonCell(new AlgorithmCell());
        algorithm.valueProperty().bindBidirectional(vm.algorithmProperty());
        rate.setMax(vm.maxRate());
        rate.valueProperty().bindBidirectional(vm.rateProperty());
        // a drag along the track changes the value without valueChanging: count the whole press as one change
        vm.rateChangingProperty().bind(rate.pressedProperty().or(rate.valueChangingProperty()));
        rateValue.textProperty().bind(vm.rateProperty().asString(Locale.ROOT, "%.0f req/s"));
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
            RadioMenuItem item = new RadioMenuItem(theme.displayName());
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
        Label counters = statusLabel(
                "counters",
                "Requests: sent, completed, failed after their last attempt, "
                        + "still in flight; retries are extra attempts");
        counters.textProperty().bind(vm.countersProperty());
        Label invariant = statusLabel("invariant", "Every request ends exactly once: completed or failed");
        invariant.textProperty().bind(vm.invariantProperty());
        Label failover = statusLabel(
                "failover",
                "Attempts: first tries + retries (× per request sent; a retry "
                        + "storm drives it up)\nRetries denied: not made because the retry budget was spent\nTimeouts: "
                        + "attempts that hit the per-try timeout");
        failover.textProperty().bind(vm.failoverProperty());
        Label latency = statusLabel("latency", "Latency percentiles of completed requests, lab time");
        latency.textProperty().bind(vm.latencyProperty());
        status.setText("");
        status.getLeftItems().setAll(new VBox(counters, failover), invariant);
        status.getRightItems().setAll(latency);
    }

    private static Label statusLabel(String id, String tooltip) {
        Label label = new Label();
        label.setTooltip(new Tooltip(tooltip));
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
        vm.reset().ifPresent(message -> showError("Cannot reset the lab", message));
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
                        file -> vm.saveAs(file).ifPresent(m -> showError("Cannot save topology", m)), this::saveAs);
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
        vm.removeSelected().ifPresent(m -> showError("Cannot remove", m));
    }

    private MainWindowViewModel.Decision askToSave() {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert alert = dialog(
                Alert.AlertType.CONFIRMATION,
                "Save changes?",
                vm.file().isPresent()
                        ? "The topology has unsaved changes."
                        : "The topology has unsaved changes and no file yet: "
                                + "use File → Save As first to keep them.");
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
                    vm.open(file).ifPresent(m -> showError("Cannot open " + file.getFileName(), m));
                }
            });
            recent.getItems().add(item);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem("(no recent files)");
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    @FXML
    private void open() {
        if (!vm.mayDiscardChanges()) {
            return;
        }
        Optional.ofNullable(chooser("Open topology", TOPOLOGY, JSON).showOpenDialog(window()))
                .flatMap(file -> vm.open(file.toPath()))
                .ifPresent(message -> showError("Cannot open topology", message));
    }

    @FXML
    private void saveAs() {
        Optional.ofNullable(chooser("Save topology as", TOPOLOGY, JSON).showSaveDialog(window()))
                .flatMap(file -> vm.saveAs(file.toPath()))
                .ifPresent(message -> showError("Cannot save topology", message));
    }

    @FXML
    private void exportImage() {
        saveDialog("Export image", "PNG image", "*.png")
                .flatMap(file -> vm.exportImage(Snapshots.png(canvas), file.toPath()))
                .ifPresent(message -> showError("Cannot export the image", message));
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
        saveDialog("Export " + format.displayName(), format.displayName(), format.pattern())
                .flatMap(file -> vm.export(format, file.toPath()))
                .ifPresent(message -> showError("Cannot export " + format.displayName(), message));
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
        inform("Keyboard shortcuts", SHORTCUTS);
    }

    @FXML
    private void showAbout() {
        inform(
                "About Balance Lab",
                "Balance Lab animates every request through a load balancer to real backend "
                        + "worker threads, with live health checks.\nPick an algorithm, start the lab, then kill a server "
                        + "and watch the heartbeat monitor notice.");
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
        private static final String MAX = "max ";

        @Override
        public String toString(Double factor) {
            if (factor == null) {
                return "";
            }
            String text = String.format(
                    Locale.ROOT, "%s×", factor % 1 == 0 ? Long.toString(factor.longValue()) : factor.toString());
            return factor.equals(MainWindowViewModel.SPEEDS.get(MainWindowViewModel.SPEEDS.size() - 1))
                    ? MAX + text
                    : text;
        }

        @Override
        public Double fromString(String text) {
            return Double.valueOf(text.replace(MAX, "").replace("×", ""));
        }
    }
}
