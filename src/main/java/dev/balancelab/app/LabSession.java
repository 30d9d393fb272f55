package dev.balancelab.app;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.StepAction;
import dev.balancelab.domain.Topology;
import dev.balancelab.engine.HeadlessRun;
import dev.balancelab.engine.LabEngine;
import dev.balancelab.http.HttpLab;
import dev.balancelab.http.HttpOptions;
import dev.balancelab.io.AtomicFiles;
import dev.balancelab.io.ChallengeKnobs;
import dev.balancelab.io.HaproxyExport;
import dev.balancelab.io.NginxExport;
import dev.balancelab.io.SampleTopologies;
import dev.balancelab.io.TopologyFileException;
import dev.balancelab.io.TopologyFiles;
import dev.balancelab.telemetry.EventQueue;
import dev.balancelab.ui.charts.ChartsView;
import dev.balancelab.ui.charts.ChartsViewModel;
import dev.balancelab.ui.common.Highlight;
import dev.balancelab.ui.common.I18n;
import dev.balancelab.ui.common.LabControl;
import dev.balancelab.ui.common.LabFeed;
import dev.balancelab.ui.common.LabRecording;
import dev.balancelab.ui.common.TopologyEdits;
import dev.balancelab.ui.common.ViewportSlot;
import dev.balancelab.ui.compare.CompareViewModel;
import dev.balancelab.ui.compare.CompareWindow;
import dev.balancelab.ui.editor.EditorView;
import dev.balancelab.ui.editor.EditorViewModel;
import dev.balancelab.ui.hashring.HashRingView;
import dev.balancelab.ui.hashring.HashRingViewModel;
import dev.balancelab.ui.health.HealthMonitorView;
import dev.balancelab.ui.health.HealthMonitorViewModel;
import dev.balancelab.ui.inspector.InspectorView;
import dev.balancelab.ui.inspector.InspectorViewModel;
import dev.balancelab.ui.lesson.LessonBar;
import dev.balancelab.ui.lesson.LessonViewModel;
import dev.balancelab.ui.predict.PredictView;
import dev.balancelab.ui.predict.PredictViewModel;
import dev.balancelab.ui.scenario.ScenarioBar;
import dev.balancelab.ui.scenario.ScenarioViewModel;
import dev.balancelab.ui.shell.Appearance;
import dev.balancelab.ui.shell.DocumentException;
import dev.balancelab.ui.shell.Documents;
import dev.balancelab.ui.shell.ExportFormat;
import dev.balancelab.ui.shell.MainWindowController;
import dev.balancelab.ui.shell.MainWindowViewModel;
import dev.balancelab.ui.storage.StorageView;
import dev.balancelab.ui.storage.StorageViewModel;
import dev.balancelab.ui.timeline.TimelineBar;
import dev.balancelab.ui.timeline.TimelineViewModel;
import dev.balancelab.ui.topology.TopologyLayout;
import dev.balancelab.ui.topology.TopologyView;
import dev.balancelab.ui.topology.TopologyViewModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Separator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The window assembly: builds one engine per topology with its feed, ViewModels and views, and replaces all of them
 * when another topology is opened or an edit needs a rebuild (the old engine is closed only once the new one is
 * built). Opening, saving and exporting go through here; the topology, its history and its dirty state are in the
 * {@link LabDocumentModel}, which the running lab follows ({@link EngineFollower}).
 */
final class LabSession implements Documents, EngineFollower.Lab {
    private static final long DEFAULT_SEED = 1;
    private static final int EVENT_CAPACITY = 100_000;
    /** Name of the upstream / backend in exported configs. */
    private static final String BACKEND = "backend";
    /** The side panel's tabs in order, by the names guided steps use ({@link StepAction#TABS}). */
    private static final List<String> SIDE_TABS = List.of("health", "ring", "why", "charts");
    /** The proxy's port under Lab → Real HTTP, as {@code serve}'s default. */
    private static final int PROXY_PORT = 8080;

    private final Stage stage;
    private final RecentFiles recent;
    private final Appearance appearance = new Appearance();
    private final LabDocumentModel document =
            new LabDocumentModel((before, after) -> EngineFollower.follow(before, after, this));
    /**
     * The Edit tab's model, kept across labs; each lab's views build their own view of it when the tab is first shown.
     * A view kept across labs would move from the old window root into the new one before the new root's CSS is
     * processed, and modena's looked-up colours could not be resolved for it (a ClassCastException warning for
     * {@code .button}).
     */
    private final EditorViewModel editorModel = new EditorViewModel(document);

    private long seed = DEFAULT_SEED;
    private int sideTab;
    private LabEngine engine;
    /** Lab → Real HTTP: whether the next lab speaks HTTP, and the current lab's HTTP side (null without). */
    private boolean realHttp;

    private HttpLab http;
    private String httpError;
    private LabFeed feed;
    private MainWindowViewModel shell;
    private ChartsViewModel charts;
    private TabPane side;
    private LessonViewModel lesson;
    private CompareWindow compareWindow;
    private Scene scene;
    /** The live lab as the views see it, its timeline, and its views' root (shown again when a replay ends). */
    private LabControl liveControl;

    private TimelineViewModel timeline;
    private Parent liveRoot;
    /** The feed of the replay shown, or null while the live lab is shown. */
    private LabFeed replayFeed;

    /**
     * @param storeLanguage remembers the language chosen in View → Language for the next start
     */
    LabSession(Stage stage, RecentFiles recent, Consumer<Locale> storeLanguage) {
        this.stage = stage;
        this.recent = recent;
        stage.titleProperty().bind(document.titleProperty());
        appearance.languageProperty().addListener((obs, old, language) -> {
            storeLanguage.accept(language);
            relabel(language);
        });
    }

    /**
     * Rebuilds the window's views in {@code language} on the running lab: lab time, counters, speed, running state and
     * step mode go on, and so do the document and its history. The new views get a feed of their own, primed with the
     * lab's kept history (health changes, ejections, injected failures), so the cards and health bands stay.
     */
    private void relabel(Locale language) {
        I18n.setLocale(language);
        timeline.live();
        feed.pulse();
        liveControl = liveControl(engine, document.topology());
        Views views = views(liveControl, liveFeed(engine), document.topology());
        feed.stop();
        views.feed().replay(engine.history());
        install(views);
        document.retitle();
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
        Topology readable = TopologyLayout.uncrowded(topology);
        LessonViewModel was = lesson;
        lesson = new LessonViewModel(
                readable.lesson(), new StepActions(), HeadlessRun::check, knobGuard(readable), document::topology);
        try {
            run(readable);
        } catch (IllegalArgumentException e) {
            lesson = was;
            throw e;
        }
        document.open(readable, from);
    }

    /**
     * Refuses a lab changed outside its challenge's knobs: compared with the bundled lesson it is a copy of, or else
     * with the lesson as opened.
     */
    private static LessonViewModel.KnobGuard knobGuard(Topology opened) {
        return lab -> ChallengeKnobs.bundledOriginal(opened)
                .or(() -> Optional.of(opened))
                .flatMap(original -> ChallengeKnobs.violation(original, lab));
    }

    /** The document the window edits. */
    LabDocumentModel document() {
        return document;
    }

    /** Builds a lab for {@code topology} and puts it in the window, paused. */
    private void run(Topology topology) {
        LabEngine nextEngine = new LabEngine(topology, seed, EVENT_CAPACITY);
        LabControl control = liveControl(nextEngine, topology);
        TimelineViewModel was = timeline;
        timeline = new TimelineViewModel(new LabRecording(control, nextEngine::snapshot), new Replays());
        Views views;
        try {
            views = views(control, liveFeed(nextEngine), topology);
        } catch (RuntimeException e) {
            timeline = was;
            throw e;
        }
        close();
        http = realHttp ? openHttp(nextEngine) : null;
        engine = nextEngine;
        liveControl = control;
        install(views);
    }

    /** The live lab as its views see it; step back goes to the timeline of the lab shown now. */
    private LabControl liveControl(LabEngine lab, Topology topology) {
        return new EngineControl(lab, topology, () -> timeline.stepBack());
    }

    private static LabFeed liveFeed(LabEngine lab) {
        return new LabFeed(lab.events(), lab::labNanos, lab::snapshot);
    }

    /** The window's feed, ViewModels and views on a lab, not shown yet. */
    private record Views(
            LabFeed feed,
            MainWindowViewModel shell,
            ChartsViewModel charts,
            TabPane side,
            Parent root,
            TopologyViewModel topology) {}

    /**
     * @param control the live lab, or a replay of its recording
     * @param nextFeed the feed of {@code control}
     * @param topology what the lab runs now: the topology it was built from, with the edits it applied live since
     *     (algorithm, rates, weights, positions)
     */
    private Views views(LabControl control, LabFeed nextFeed, Topology topology) {
        MainWindowViewModel nextShell = new MainWindowViewModel(control, nextFeed, this, appearance, document);
        Highlight highlight = new Highlight();
        TopologyViewModel topologyModel = new TopologyViewModel(control, nextFeed, document, highlight);
        TopologyView topologyView = TopologyView.create(topologyModel);
        topologyView.textScaleProperty().bind(appearance.canvasScaleProperty());
        Parent canvas = canvasArea(topologyView, new ScenarioBar(new ScenarioViewModel(topology, nextFeed)), timeline);
        ChartsViewModel nextCharts = new ChartsViewModel(topology, nextFeed);
        Tab chartsTab = lazyTab(I18n.t("tab.charts"), () -> ChartsView.create(nextCharts));
        nextCharts.shownProperty().bind(chartsTab.selectedProperty());
        HealthMonitorViewModel health = new HealthMonitorViewModel(control, topology, nextFeed);
        HashRingViewModel ring = new HashRingViewModel(control, nextFeed);
        TabPane nextSide = new TabPane(
                lazyTab(I18n.t("tab.health"), () -> HealthMonitorView.create(health)),
                lazyTab(I18n.t("tab.hashring"), () -> HashRingView.create(ring)),
                // built at once: it holds the window-wide Step key (→)
                whyTab(
                        InspectorView.create(new InspectorViewModel(control, nextFeed, highlight)),
                        new PredictView(new PredictViewModel(control, nextFeed))),
                chartsTab,
                lazyTab(I18n.t("tab.edit"), () -> EditorView.create(editorModel)));
        if (topology.storage() != null) {
            StorageViewModel storage = new StorageViewModel(topology);
            nextSide.getTabs().add(lazyTab(I18n.t("tab.storage"), () -> StorageView.create(storage)));
        }
        nextSide.getSelectionModel().select(sideTab);
        nextSide.getSelectionModel().selectedIndexProperty().addListener((obs, old, i) -> sideTab = i.intValue());
        Parent root = MainWindowController.create(nextShell, canvas, nextSide, topologyView, new LessonBar(lesson));
        return new Views(nextFeed, nextShell, nextCharts, nextSide, root, topologyModel);
    }

    /** Shows {@code views} of the live lab in the window, starts their feed and records it for the timeline. */
    private void install(Views views) {
        endReplay();
        feed = views.feed();
        shell = views.shell();
        charts = views.charts();
        side = views.side();
        if (http != null) {
            shell.showRealHttp(http.proxy().toString());
        }
        views.topology().showRealHttp(http != null);
        if (scene == null) {
            scene = new Scene(views.root());
            appearance.applyTo(scene.getStylesheets());
            stage.setScene(scene);
        } else {
            scene.setRoot(views.root());
        }
        liveRoot = views.root();
        timeline.follow(feed);
        feed.start();
    }

    /** Shows the timeline's replays in the window. */
    private final class Replays implements TimelineViewModel.Replayer {
        @Override
        public void show(LabRecording.Replay replay) {
            if (replayFeed == null) {
                engine.pause();
            }
            LabControl control = new ReplayControl(liveControl, replay, timeline, LabSession.this::resume);
            LabFeed replayed = new LabFeed(new EventQueue(1), replay.moment()::nanos, replay.moment()::snapshot);
            Views views = views(control, replayed, document.topology());
            views.topology().showRealHttp(http != null);
            replayed.replay(replay.events());
            replayed.replaySnapshots(replay.history());
            endReplay();
            replayFeed = replayed;
            scene.setRoot(views.root());
            replayed.start();
        }

        @Override
        public void live() {
            endReplay();
            scene.setRoot(liveRoot);
            side.getSelectionModel().select(sideTab);
        }
    }

    /** Stops the feed of the replay shown, if any. */
    private void endReplay() {
        if (replayFeed != null) {
            replayFeed.stop();
            replayFeed = null;
        }
    }

    /** Start pressed in a replay: the live lab again, running. */
    private void resume() {
        timeline.live();
        shell.runningProperty().set(true);
    }

    /**
     * The Why? tab: Predict over the step-mode explanations. Predict's buttons (one per server) are in the scene graph
     * only while the tab is shown: JavaFX walks every node of the scene each pulse, hidden or not, and at 100 servers
     * they were 300 nodes (BENCHMARKS.md, "Frame time at 100 servers: nodes"). The explanations stay, with the Step key.
     */
    private static Tab whyTab(Parent why, PredictView predict) {
        VBox.setVgrow(why, Priority.ALWAYS);
        ViewportSlot slot = new ViewportSlot(predict);
        Tab tab = tab(I18n.t("tab.why"), new VBox(slot, new Separator(), why));
        slot.hold(false);
        tab.selectedProperty().addListener((obs, was, selected) -> slot.hold(selected));
        return tab;
    }

    /**
     * The canvas with the timeline over its bottom right corner and, while it shows a replay, a label over its top
     * right (the canvas keeps them apart from its legend, step banner and cards); the scenario bar (hidden when there
     * is no scenario) under it.
     */
    private static Parent canvasArea(TopologyView canvas, ScenarioBar scenario, TimelineViewModel timeline) {
        canvas.corners(TimelineBar.badge(timeline), new TimelineBar(timeline));
        VBox.setVgrow(canvas.root(), Priority.ALWAYS);
        return new VBox(canvas.root(), scenario);
    }

    @Override
    public void rebuild(Topology next) {
        double speed = engine.speed();
        boolean running = engine.running();
        run(next);
        shell.speedProperty().set(speed);
        shell.runningProperty().set(running);
    }

    @Override
    public void setAlgorithm(AlgorithmKind kind) {
        engine.setAlgorithm(kind);
    }

    @Override
    public void setTotalRate(double perSecond) {
        engine.setTotalRate(perSecond);
    }

    @Override
    public void setWeight(ServerId id, int weight) {
        engine.setWeight(id, weight);
    }

    private static Tab tab(String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        return tab;
    }

    /**
     * A tab whose view is built the first time it is selected (its ViewModel follows the lab from the start): a lab
     * opens with one side view built instead of five (installer/STARTUP.md: −24 % CPU to the first frame).
     */
    private static Tab lazyTab(String title, Supplier<Node> view) {
        Tab tab = tab(title, null);
        tab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && tab.getContent() == null) {
                tab.setContent(view.get());
            }
        });
        return tab;
    }

    /** Lets lab time run, as if Start had been pressed. */
    void start() {
        shell.runningProperty().set(true);
    }

    /** Stops the animation and closes the engine (its threads end) and its HTTP side. */
    void close() {
        if (http != null) {
            http.close();
            http = null;
        }
        endReplay();
        if (engine != null) {
            feed.stop();
            engine.close();
        }
    }

    /** The lab's HTTP side on 127.0.0.1:8080, or on a free port if that one is taken; null if neither binds. */
    private HttpLab openHttp(LabEngine lab) {
        httpError = null;
        for (int port : new int[] {PROXY_PORT, 0}) {
            try {
                return HttpLab.start(lab, HttpOptions.loopback(port));
            } catch (Exception e) { // a taken port: Netty rethrows the checked BindException as it is
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                httpError = e.getMessage();
            }
        }
        return null;
    }

    @Override
    public Optional<String> setRealHttp(boolean on) throws DocumentException {
        realHttp = on;
        rebuild(document.topology());
        if (on && http == null) {
            realHttp = false;
            throw new DocumentException("real HTTP: " + httpError, null);
        }
        return Optional.ofNullable(http).map(h -> h.proxy().toString());
    }

    /** Whether the window may close: nothing unsaved, or the user let it go. */
    boolean mayClose() {
        return shell.mayDiscardChanges();
    }

    @Override
    public boolean undo() {
        return document.undo();
    }

    @Override
    public boolean redo() {
        return document.redo();
    }

    @Override
    public boolean dirty() {
        return document.dirty();
    }

    @Override
    public Optional<Path> file() {
        return document.file();
    }

    @Override
    public List<String> sampleNames() {
        return SampleTopologies.names();
    }

    @Override
    public void compare() {
        Topology topology = document.topology();
        long laneSeed = seed;
        CompareViewModel model = new CompareViewModel(
                topology,
                CompareViewModel.defaults(topology.balancer().algorithm()),
                kind -> new CompareLane(topology, laneSeed, kind));
        compareWindow = CompareWindow.open(model, stage, scene.getStylesheets());
    }

    /** The last View → Compare window opened, or null (tests). */
    CompareWindow compareWindow() {
        return compareWindow;
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
        try {
            TopologyFiles.save(document.topology(), path);
        } catch (IOException | IllegalArgumentException e) {
            throw new DocumentException("cannot save " + path + ": " + e.getMessage(), e);
        }
        document.saved(path);
        recent.add(path);
    }

    @Override
    public void export(ExportFormat format, Path path) throws DocumentException {
        String text = switch (format) {
            case NGINX ->
                http == null
                        ? NginxExport.export(document.topology(), BACKEND)
                        : NginxExport.standalone(document.topology(), http.liveBackends(), http.besideProxy());
            case HAPROXY ->
                http == null
                        ? HaproxyExport.export(document.topology(), BACKEND)
                        : HaproxyExport.standalone(document.topology(), http.liveBackends(), http.besideProxy());
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
            run(document.topology());
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

    /** A guided step's actions, on the lab shown now. */
    private final class StepActions implements LessonViewModel.Actions {
        @Override
        public void start() {
            shell.runningProperty().set(true);
        }

        @Override
        public void pause() {
            shell.runningProperty().set(false);
        }

        @Override
        public void kill(ServerId server) {
            engine.kill(server);
        }

        @Override
        public void revive(ServerId server) {
            engine.revive(server);
        }

        @Override
        public void showTab(String tab) {
            side.getSelectionModel().select(SIDE_TABS.indexOf(tab));
        }

        @Override
        public void setSpeed(double factor) {
            shell.speedProperty().set(factor);
        }
    }

    @FunctionalInterface
    private interface Loader {
        Topology load() throws TopologyFileException;
    }
}
