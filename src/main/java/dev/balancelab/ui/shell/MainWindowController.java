package dev.balancelab.ui.shell;

import static dev.balancelab.ui.common.Styles.styled;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.ui.common.CanvasCommands;
import dev.balancelab.ui.common.CanvasStyle;
import dev.balancelab.ui.common.Fxml;
import dev.balancelab.ui.common.I18n;
import dev.balancelab.ui.common.Snapshots;
import dev.balancelab.ui.common.StartPause;
import dev.balancelab.ui.common.SteadyLabel;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.animation.AnimationTimer;
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
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import javafx.util.converter.LongStringConverter;
import org.controlsfx.control.StatusBar;

/** The main window ({@code MainWindow.fxml}): menus, toolbar, lesson banner, status bar, and two content slots. */
public final class MainWindowController {
    private static final double STATUS_GAP = 24;
    private static final String JSON = "*.json";

    private final MainWindowViewModel vm;
    private final Node canvas;
    private final Node side;
    private final CanvasCommands commands;
    private final Node lessonBar;
    private Presentation presentationMode;

    private static final KeyCombination UNDO_KEY = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    @FXML
    private BorderPane root;

    @FXML
    private VBox chrome;

    @FXML
    private StackPane stage;

    @FXML
    private SplitPane content;

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
    private CheckMenuItem presentation;

    @FXML
    private CheckMenuItem realHttpItem;

    @FXML
    private CheckMenuItem sidePanel;

    @FXML
    private VBox banner;

    @FXML
    private HBox titleRow;

    @FXML
    private Label lessonTitle;

    @FXML
    private Label lessonDescription;

    @FXML
    private StatusBar status;

    @FXML
    private MenuItem record;

    private AnimationRecorder recorder;

    private MainWindowController(
            MainWindowViewModel vm, Node canvas, Node side, CanvasCommands commands, Node lessonBar) {
        this.vm = vm;
        this.canvas = canvas;
        this.side = side;
        this.commands = commands;
        this.lessonBar = lessonBar;
    }

    /**
     * Loads the window for {@code vm} with {@code canvas} in the middle and {@code side} on the right (resizable,
     * hideable); {@code commands} serve + Server, + Client, Arrange and zoom; {@code lessonBar} (guided steps,
     * challenge) goes under the lesson text in the banner.
     */
    public static Parent create(
            MainWindowViewModel vm, Node canvas, Node side, CanvasCommands commands, Node lessonBar) {
        return Fxml.load("MainWindow", new MainWindowController(vm, canvas, side, commands, lessonBar));
    }

    @FXML
    private void initialize() {
        content.getItems().setAll(canvas, side);
        side.getStyleClass().add("side-tabs");
        SplitPane.setResizableWithParent(side, false);
        content.setDividerPositions(vm.appearance().sideDividerProperty().get());
        content.getDividers()
                .get(0)
                .positionProperty()
                .addListener(
                        (obs, old, now) -> vm.appearance().sideDividerProperty().set(now.doubleValue()));
        lessonTitle.setText(vm.lessonTitle());
        lessonDescription.textProperty().bind(vm.lessonTextProperty());
        banner.getChildren().add(lessonBar);
        new LessonFold(
                        root,
                        banner,
                        titleRow,
                        lessonDescription,
                        stage,
                        vm.appearance().presentationProperty())
                .install();
        bindToolbar();
        bindView();
        bindStatus();
        bindRecorder();
        for (String name : vm.sampleNames()) {
            MenuItem item = new MenuItem(MainWindowViewModel.sampleLabel(name));
            item.setOnAction(e -> {
                if (vm.mayDiscardChanges()) {
                    whileLoading(() -> vm.openSample(name).ifPresent(m -> showError(I18n.t("error.openSample"), m)));
                }
            });
            samples.getItems().add(item);
        }
        samples.setDisable(vm.sampleNames().isEmpty());
        fillRecent();
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        // the root paints no background (lab.css, .main-window): the scene's fill is the paper
        new CanvasStyle(
                root,
                style -> Optional.ofNullable(root.getScene())
                        .ifPresent(scene -> scene.setFill(style.color("-lab-paper"))));
        vm.setAskToSave(this::askToSave);
    }

    private void bindToolbar() {
        StartPause.bind(startPause, vm.runningProperty());
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
        sidePanel.selectedProperty().bindBidirectional(appearance.sidePanelProperty());
        showSidePanel(appearance.sidePanelProperty().get());
        appearance.sidePanelProperty().addListener((obs, old, shown) -> showSidePanel(shown));
        presentation.selectedProperty().bindBidirectional(appearance.presentationProperty());
        ToggleGroup languageGroup = new ToggleGroup();
        for (Locale language : I18n.LANGUAGES) {
            RadioMenuItem item = new RadioMenuItem(I18n.t("language." + language.toLanguageTag()));
            item.setToggleGroup(languageGroup);
            item.setSelected(language.equals(I18n.locale()));
            item.setOnAction(e -> appearance.languageProperty().set(language));
            languages.getItems().add(item);
        }
        presentationMode = new Presentation(root, chrome, stage, appearance);
        presentationMode.install();
    }

    private void showSidePanel(boolean shown) {
        if (shown && !content.getItems().contains(side)) {
            content.getItems().add(side);
            content.setDividerPositions(vm.appearance().sideDividerProperty().get());
        } else if (!shown) {
            content.getItems().remove(side);
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
        Label http = statusLabel("realHttp", "status.realHttp.tooltip");
        http.textProperty().bind(vm.realHttpAddressProperty());
        http.visibleProperty().bind(vm.realHttpProperty());
        http.managedProperty().bind(vm.realHttpProperty());
        realHttpItem.setSelected(vm.realHttpProperty().get());
        vm.realHttpProperty().addListener((obs, old, on) -> realHttpItem.setSelected(on));
        status.setText("");
        // a flow wraps to a second row where one row would cut a figure short ("faile…")
        FlowPane figures =
                new FlowPane(STATUS_GAP, 0, new VBox(counters, failover), new VBox(invariant, http), latency);
        figures.prefWrapLengthProperty().bind(status.widthProperty().subtract(2 * STATUS_GAP));
        status.getLeftItems().setAll(figures);
    }

    private void bindRecorder() {
        recorder = new AnimationRecorder(canvas);
        record.textProperty()
                .bind(Bindings.when(recorder.recordingProperty())
                        .then(I18n.t("record.stop"))
                        .otherwise(I18n.t("record.start")));
        status.getRightItems().add(0, recorder.indicator());
    }

    private static Label statusLabel(String id, String tooltipKey) {
        Label label = new SteadyLabel();
        label.setTooltip(new Tooltip(I18n.t(tooltipKey)));
        label.setId(id);
        label.getStyleClass().add("status-" + id);
        return label;
    }

    /**
     * Single-key shortcuts; not while typing in a text field. Ctrl+Z is caught here before a focused field swallows
     * it, so that it undoes the field's typing if there is any and the document otherwise.
     */
    private void onKey(KeyEvent e) {
        if (UNDO_KEY.match(e)) {
            undo();
            e.consume();
            return;
        }
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

    /** Undoes the text typed in the focused field if it has any, else the last edit of the document. */
    @FXML
    private void undo() {
        if (root.getScene().getFocusOwner() instanceof TextInputControl field && field.isUndoable()) {
            field.undo();
        } else {
            vm.undo();
        }
    }

    @FXML
    private void redo() {
        vm.redo();
    }

    @FXML
    private void addServer() {
        commands.addServer();
    }

    @FXML
    private void addClient() {
        commands.addClient();
    }

    @FXML
    private void arrange() {
        commands.arrange();
    }

    @FXML
    private void zoomIn() {
        commands.zoom(1);
    }

    @FXML
    private void zoomOut() {
        commands.zoom(-1);
    }

    @FXML
    private void zoomFit() {
        commands.fit();
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
                    whileLoading(() ->
                            vm.open(file).ifPresent(m -> showError(I18n.t("error.openFile", file.getFileName()), m)));
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
                .ifPresent(file -> whileLoading(
                        () -> vm.open(file.toPath()).ifPresent(message -> showError(I18n.t("error.open"), message))));
    }

    /**
     * Shows a progress overlay over the lab ("Loading the lab …"), lets one frame paint it, then runs {@code work} on
     * the FX thread: opening a lab takes a second or two (engine threads, views), which would otherwise pass without
     * any feedback. The overlay goes with the window's content, which {@code work} replaces; else it is removed.
     */
    private void whileLoading(Runnable work) {
        ProgressIndicator spinner = new ProgressIndicator();
        Label label = styled(new Label(I18n.t("loading.lab"), spinner), "loading-label");
        StackPane overlay = styled(new StackPane(label), "loading-overlay");
        overlay.setId("loading");
        stage.getChildren().add(overlay);
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses < 2) {
                    return; // the pulse after this one has painted the overlay
                }
                stop();
                try {
                    work.run();
                } finally {
                    stage.getChildren().remove(overlay);
                }
            }
        }.start();
    }

    @FXML
    private void saveAs() {
        FileChooser chooser = chooser(I18n.t("dialog.saveAs.title"), I18n.t("dialog.topology.filter"), JSON);
        chooser.setInitialFileName(vm.suggestedFileName());
        Optional.ofNullable(chooser.showSaveDialog(window()))
                .flatMap(file -> vm.saveAs(MainWindowViewModel.topologyFile(file.toPath())))
                .ifPresent(message -> showError(I18n.t("error.save"), message));
    }

    @FXML
    private void exportImage() {
        ImageExportDialog.ask(window())
                .ifPresent(
                        choice -> saveDialog(I18n.t("dialog.exportImage.title"), I18n.t("export.image.filter"), "*.png")
                                .flatMap(file -> vm.exportImage(picture(choice), file.toPath()))
                                .ifPresent(message -> showError(I18n.t("error.exportImage"), message)));
    }

    private byte[] picture(ImageExportDialog.Choice choice) {
        Node node = choice.wholeWindow() ? window().getScene().getRoot() : canvas;
        return Snapshots.png(Snapshots.titled(Snapshots.image(node, choice.scale()), vm.lessonTitle(), choice.scale()));
    }

    @FXML
    private void recordAnimation() {
        if (recorder.recordingProperty().get()) {
            recorder.stop();
            return;
        }
        saveDialog(I18n.t("record.start").replace("_", ""), I18n.t("record.filter"), "*.gif")
                .ifPresent(file -> {
                    try {
                        recorder.start(file.toPath());
                    } catch (IOException e) {
                        showError(I18n.t("record.failed", file), e.getMessage());
                    }
                });
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

    /** Lab → Real HTTP: rebuilds the lab with or without its HTTP side; a failure leaves it off and says why. */
    @FXML
    private void toggleRealHttp() {
        boolean on = realHttpItem.isSelected();
        vm.setRealHttp(on).ifPresent(message -> {
            realHttpItem.setSelected(false);
            showError(I18n.t("error.realHttp"), message);
        });
    }

    @FXML
    private void quit() {
        if (vm.mayDiscardChanges()) {
            window().hide();
        }
    }

    /** The shortcuts as a two-column grid (key, action), the dialog sized to it rather than a wrapped 360 px alert. */
    @FXML
    private void compare() {
        vm.compare();
    }

    @FXML
    private void showShortcuts() {
        Alert alert = dialog(Alert.AlertType.INFORMATION, I18n.t("dialog.shortcuts.header"), null);
        alert.getDialogPane()
                .setContent(
                        shortcutsGrid(I18n.t("dialog.shortcuts.text") + "\n" + I18n.t("dialog.shortcuts.timeline")));
        alert.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.setResizable(true);
        alert.showAndWait();
    }

    /** One row per line of {@code table}; the key before the first tab(s), the action after. */
    static GridPane shortcutsGrid(String table) {
        GridPane grid = new GridPane();
        grid.setId("shortcuts");
        grid.setHgap(24);
        grid.setVgap(6);
        String[] lines = table.split("\n");
        for (int row = 0; row < lines.length; row++) {
            String[] cells = lines[row].split("\t+", 2);
            Label key = new Label(cells[0]);
            key.setStyle("-fx-font-weight: bold;");
            key.setMinWidth(Region.USE_PREF_SIZE);
            Label action = new Label(cells.length > 1 ? cells[1] : "");
            action.setMinWidth(Region.USE_PREF_SIZE);
            grid.addRow(row, key, action);
        }
        return grid;
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
