package dev.balancelab.app;

import dev.balancelab.domain.ClientSpec;
import dev.balancelab.domain.Position;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.domain.Topology;
import dev.balancelab.engine.LabEngine;
import dev.balancelab.io.AtomicFiles;
import dev.balancelab.io.HaproxyExport;
import dev.balancelab.io.NginxExport;
import dev.balancelab.io.SampleTopologies;
import dev.balancelab.io.TopologyFileException;
import dev.balancelab.io.TopologyFiles;
import dev.balancelab.ui.charts.ChartsView;
import dev.balancelab.ui.charts.ChartsViewModel;
import dev.balancelab.ui.common.Highlight;
import dev.balancelab.ui.common.LabDocument;
import dev.balancelab.ui.common.LabFeed;
import dev.balancelab.ui.common.NodeRef;
import dev.balancelab.ui.common.TopologyEdits;
import dev.balancelab.ui.editor.EditorView;
import dev.balancelab.ui.editor.EditorViewModel;
import dev.balancelab.ui.hashring.HashRingView;
import dev.balancelab.ui.hashring.HashRingViewModel;
import dev.balancelab.ui.health.HealthMonitorView;
import dev.balancelab.ui.health.HealthMonitorViewModel;
import dev.balancelab.ui.inspector.InspectorView;
import dev.balancelab.ui.inspector.InspectorViewModel;
import dev.balancelab.ui.scenario.ScenarioBar;
import dev.balancelab.ui.scenario.ScenarioViewModel;
import dev.balancelab.ui.shell.Appearance;
import dev.balancelab.ui.shell.DocumentException;
import dev.balancelab.ui.shell.Documents;
import dev.balancelab.ui.shell.ExportFormat;
import dev.balancelab.ui.shell.MainWindowController;
import dev.balancelab.ui.shell.MainWindowViewModel;
import dev.balancelab.ui.topology.TopologyView;
import dev.balancelab.ui.topology.TopologyViewModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The running lab behind the window and the document it runs: builds one engine per topology with its feed,
 * ViewModels and views, and replaces all of them when another topology is opened or an edit needs a rebuild (the old
 * engine is closed only once the new one is built). Keeps the undo history, the file and the saved state.
 *
 * <p>Edits of weights and positions apply to the running lab ({@link LabEngine#setWeight}); every other edit, and
 * every undo and redo, rebuilds the lab from the new topology, keeping algorithm, rate, speed and running state.
 */
final class LabSession implements Documents, LabDocument {
    private static final long DEFAULT_SEED = 1;
    private static final int EVENT_CAPACITY = 100_000;
    /** Name of the upstream / backend in exported configs. */
    private static final String BACKEND = "backend";
    /** Relative rate change below which the toolbar rate counts as unchanged (rounding). */
    private static final double RATE_TOLERANCE = 1e-9;

    private final Stage stage;
    private final RecentFiles recent;
    private final Appearance appearance = new Appearance();
    private final EditHistory history = new EditHistory();
    private final ObjectProperty<Topology> document = new SimpleObjectProperty<>();
    private final ObjectProperty<NodeRef> selection = new SimpleObjectProperty<>();
    private final Node editor = EditorView.create(new EditorViewModel(this));
    private long seed = DEFAULT_SEED;
    private int sideTab;
    private Topology saved;
    private Path file;
    private LabEngine engine;
    private LabFeed feed;
    private MainWindowViewModel shell;
    private ChartsViewModel charts;

    LabSession(Stage stage, RecentFiles recent) {
        this.stage = stage;
        this.recent = recent;
    }

    /**
     * Opens {@code topology} as a new document (no file, nothing to undo) and runs it.
     *
     * @throws IllegalArgumentException if the engine rejects the topology (the running lab is then untouched)
     */
    void show(Topology topology) {
        open(topology, null);
    }

    private void open(Topology topology, Path from) {
        run(topology);
        history.clear();
        selection.set(null);
        saved = topology;
        file = from;
        showTitle();
    }

    /** Builds a lab for {@code topology} and puts it in the window, paused. */
    private void run(Topology topology) {
        LabEngine nextEngine = new LabEngine(topology, seed, EVENT_CAPACITY);
        LabFeed nextFeed = new LabFeed(nextEngine.events(), nextEngine::labNanos, nextEngine::snapshot);
        MainWindowViewModel nextShell = new MainWindowViewModel(nextEngine, nextFeed, this, appearance, this);
        Highlight highlight = new Highlight();
        Parent canvas = withScenario(
                TopologyView.create(new TopologyViewModel(nextEngine, nextFeed, this, highlight)),
                new ScenarioBar(new ScenarioViewModel(topology, nextFeed)));
        ChartsViewModel nextCharts = new ChartsViewModel(topology, nextFeed);
        Tab chartsTab = tab("Charts", ChartsView.create(nextCharts));
        nextCharts.shownProperty().bind(chartsTab.selectedProperty());
        TabPane side = new TabPane(
                tab("Health", HealthMonitorView.create(new HealthMonitorViewModel(topology, nextFeed))),
                tab("Hash ring", HashRingView.create(new HashRingViewModel(nextEngine, nextFeed))),
                tab("Why?", InspectorView.create(new InspectorViewModel(nextEngine, nextFeed, highlight))),
                chartsTab,
                tab("Edit", editor));
        side.getSelectionModel().select(sideTab);
        side.getSelectionModel().selectedIndexProperty().addListener((obs, old, i) -> sideTab = i.intValue());
        Parent root = MainWindowController.create(nextShell, canvas, side);
        close();
        engine = nextEngine;
        feed = nextFeed;
        shell = nextShell;
        charts = nextCharts;
        document.set(topology);
        if (stage.getScene() == null) {
            Scene scene = new Scene(root);
            appearance.applyTo(scene.getStylesheets());
            stage.setScene(scene);
        } else {
            stage.getScene().setRoot(root);
        }
        feed.start();
    }

    /** The canvas with the scenario bar under it (the bar hides itself when there is no scenario). */
    private static Parent withScenario(Parent canvas, ScenarioBar scenario) {
        VBox.setVgrow(canvas, Priority.ALWAYS);
        return new VBox(canvas, scenario);
    }

    /** Rebuilds the lab for {@code topology} keeping speed and running state (algorithm and rate come with it). */
    private void restart(Topology topology) {
        double speed = engine.speed();
        boolean running = engine.running();
        run(topology);
        shell.speedProperty().set(speed);
        shell.runningProperty().set(running);
        showTitle();
    }

    private void showTitle() {
        String dirty = document.get().equals(saved) ? "" : " *";
        stage.setTitle("Balance Lab — " + document.get().title() + dirty);
    }

    private static Tab tab(String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        return tab;
    }

    /** Lets lab time run, as if Start had been pressed. */
    void start() {
        shell.runningProperty().set(true);
    }

    /** Stops the animation and closes the engine (its threads end). */
    void close() {
        if (engine != null) {
            feed.stop();
            engine.close();
        }
    }

    /** Whether the window may close: nothing unsaved, or the user let it go. */
    boolean mayClose() {
        return shell.mayDiscardChanges();
    }

    @Override
    public Topology topology() {
        return current();
    }

    @Override
    public ReadOnlyObjectProperty<Topology> documentProperty() {
        return document;
    }

    @Override
    public ObjectProperty<NodeRef> selectionProperty() {
        return selection;
    }

    @Override
    public void edit(Topology next) {
        Topology before = current();
        if (before.equals(next)) {
            return;
        }
        if (sameButWeightsAndPlaces(before, next)) {
            next.servers().forEach(s -> engine.setWeight(s.id(), s.weight()));
            document.set(next);
            showTitle();
        } else {
            restart(next);
        }
        history.record(before);
    }

    /** Weights apply to a running engine; positions only matter to the canvas, which has already moved the card. */
    private static boolean sameButWeightsAndPlaces(Topology a, Topology b) {
        return structure(a).equals(structure(b));
    }

    private static Topology structure(Topology t) {
        Position origin = new Position(0, 0);
        List<ServerSpec> servers = t.servers().stream()
                .map(s -> s.withWeight(1).withPosition(origin))
                .toList();
        List<ClientSpec> clients =
                t.clients().stream().map(c -> c.withPosition(origin)).toList();
        return t.withClients(clients).withServers(servers);
    }

    @Override
    public boolean undo() {
        return step(history.undo(current()));
    }

    @Override
    public boolean redo() {
        return step(history.redo(current()));
    }

    private boolean step(Optional<Topology> target) {
        target.ifPresent(this::restart);
        return target.isPresent();
    }

    @Override
    public boolean dirty() {
        return !document.get().equals(saved);
    }

    @Override
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    @Override
    public List<String> sampleNames() {
        return SampleTopologies.names();
    }

    @Override
    public void newLab() {
        show(TopologyEdits.blank());
    }

    @Override
    public void openSample(String name) throws DocumentException {
        replace(() -> SampleTopologies.load(name), null);
    }

    @Override
    public void open(Path path) throws DocumentException {
        replace(() -> TopologyFiles.load(path), path);
        recent.add(path);
    }

    @Override
    public List<Path> recentFiles() {
        return recent.list();
    }

    @Override
    public void saveAs(Path path) throws DocumentException {
        Topology t = current();
        try {
            TopologyFiles.save(t, path);
        } catch (IOException | IllegalArgumentException e) {
            throw new DocumentException("cannot save " + path + ": " + e.getMessage(), e);
        }
        document.set(t);
        saved = t;
        file = path;
        recent.add(path);
        showTitle();
    }

    @Override
    public void export(ExportFormat format, Path path) throws DocumentException {
        String text = switch (format) {
            case NGINX -> NginxExport.export(current(), BACKEND);
            case HAPROXY -> HaproxyExport.export(current(), BACKEND);
            case METRICS_CSV -> charts.csv();
        };
        write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void exportImage(byte[] png, Path path) throws DocumentException {
        write(path, png);
    }

    private static void write(Path path, byte[] bytes) throws DocumentException {
        try {
            AtomicFiles.write(path, bytes);
        } catch (IOException e) {
            throw new DocumentException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void reset() throws DocumentException {
        double speed = engine.speed();
        try {
            run(current());
        } catch (IllegalArgumentException e) {
            throw new DocumentException(e.getMessage(), e);
        }
        shell.speedProperty().set(speed);
    }

    @Override
    public long seed() {
        return seed;
    }

    @Override
    public void setSeed(long seed) {
        this.seed = seed;
    }

    /** Loads a topology and runs it; if either fails, the running lab stays as it was. */
    private void replace(Loader loader, Path from) throws DocumentException {
        try {
            open(loader.load(), from);
        } catch (TopologyFileException | IllegalArgumentException e) {
            throw new DocumentException(e.getMessage(), e);
        }
    }

    /** The edited topology with the algorithm and total rate chosen in the window. */
    private Topology current() {
        Topology t = document.get();
        double total =
                t.clients().stream().mapToDouble(ClientSpec::ratePerSecond).sum();
        double scale = total > 0 ? engine.totalRate() / total : 0;
        List<ClientSpec> clients = Math.abs(scale - 1) < RATE_TOLERANCE
                ? t.clients()
                : t.clients().stream()
                        .map(c -> c.withRate(c.ratePerSecond() * scale))
                        .toList();
        return t.withClients(clients).withBalancer(t.balancer().withAlgorithm(engine.algorithm()));
    }

    @FunctionalInterface
    private interface Loader {
        Topology load() throws TopologyFileException;
    }
}
