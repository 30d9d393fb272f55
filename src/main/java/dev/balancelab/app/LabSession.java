package dev.balancelab.app;

import dev.balancelab.domain.ClientSpec;
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
import dev.balancelab.ui.common.LabFeed;
import dev.balancelab.ui.health.HealthMonitorView;
import dev.balancelab.ui.health.HealthMonitorViewModel;
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
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/**
 * The running lab behind the window: builds one engine per topology with its feed, ViewModels and views, and
 * replaces all of them when another topology is opened (the old engine is closed only once the new one is built).
 */
final class LabSession implements Documents {
    private static final long DEFAULT_SEED = 1;
    private static final int EVENT_CAPACITY = 100_000;
    /** Name of the upstream / backend in exported configs. */
    private static final String BACKEND = "backend";

    private final Stage stage;
    private final Appearance appearance = new Appearance();
    private long seed = DEFAULT_SEED;
    private LabEngine engine;
    private LabFeed feed;
    private MainWindowViewModel shell;
    private ChartsViewModel charts;

    LabSession(Stage stage) {
        this.stage = stage;
    }

    /**
     * Runs {@code topology} in the window, replacing the running lab.
     *
     * @throws IllegalArgumentException if the engine rejects the topology (the running lab is then untouched)
     */
    void show(Topology topology) {
        LabEngine nextEngine = new LabEngine(topology, seed, EVENT_CAPACITY);
        LabFeed nextFeed = new LabFeed(nextEngine.events(), nextEngine::labNanos, nextEngine::snapshot);
        MainWindowViewModel nextShell = new MainWindowViewModel(nextEngine, nextFeed, this, appearance);
        Parent canvas = TopologyView.create(new TopologyViewModel(nextEngine, nextFeed));
        ChartsViewModel nextCharts = new ChartsViewModel(topology, nextFeed);
        TabPane side = new TabPane(
                tab("Health", HealthMonitorView.create(new HealthMonitorViewModel(topology, nextFeed))),
                tab("Charts", ChartsView.create(nextCharts)));
        Parent root = MainWindowController.create(nextShell, canvas, side);
        close();
        engine = nextEngine;
        feed = nextFeed;
        shell = nextShell;
        charts = nextCharts;
        if (stage.getScene() == null) {
            Scene scene = new Scene(root);
            appearance.applyTo(scene.getStylesheets());
            stage.setScene(scene);
        } else {
            stage.getScene().setRoot(root);
        }
        stage.setTitle("Balance Lab — " + topology.title());
        feed.start();
    }

    private static Tab tab(String title, Parent content) {
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

    @Override
    public List<String> sampleNames() {
        return SampleTopologies.names();
    }

    @Override
    public void openSample(String name) throws DocumentException {
        replace(() -> SampleTopologies.load(name));
    }

    @Override
    public void open(Path file) throws DocumentException {
        replace(() -> TopologyFiles.load(file));
    }

    @Override
    public void saveAs(Path file) throws DocumentException {
        try {
            TopologyFiles.save(current(), file);
        } catch (IOException | IllegalArgumentException e) {
            throw new DocumentException("cannot save " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void export(ExportFormat format, Path file) throws DocumentException {
        String text = switch (format) {
            case NGINX -> NginxExport.export(current(), BACKEND);
            case HAPROXY -> HaproxyExport.export(current(), BACKEND);
            case METRICS_CSV -> charts.csv();
        };
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void exportImage(byte[] png, Path file) throws DocumentException {
        write(file, png);
    }

    private static void write(Path file, byte[] bytes) throws DocumentException {
        try {
            AtomicFiles.write(file, bytes);
        } catch (IOException e) {
            throw new DocumentException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void reset() throws DocumentException {
        double speed = engine.speed();
        replace(this::current);
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
    private void replace(Loader loader) throws DocumentException {
        try {
            show(loader.load());
        } catch (TopologyFileException | IllegalArgumentException e) {
            throw new DocumentException(e.getMessage(), e);
        }
    }

    /** The running topology with the algorithm and total rate chosen in the window. */
    private Topology current() {
        Topology t = engine.topology();
        double total = t.clients().stream().mapToDouble(ClientSpec::ratePerSecond).sum();
        double scale = total > 0 ? engine.totalRate() / total : 0;
        List<ClientSpec> clients = t.clients().stream().map(c -> c.withRate(c.ratePerSecond() * scale)).toList();
        return new Topology(t.title(), t.description(), clients, t.balancer().withAlgorithm(engine.algorithm()),
                t.servers(), t.scenario());
    }

    @FunctionalInterface
    private interface Loader {
        Topology load() throws TopologyFileException;
    }
}
