package dev.balancelab.ui.shell;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.Topology;
import dev.balancelab.io.SampleTopologies;
import dev.balancelab.io.TopologyFileException;
import dev.balancelab.telemetry.Accounting;
import dev.balancelab.telemetry.LatencyRecorder;
import dev.balancelab.telemetry.MetricsSnapshot;
import dev.balancelab.ui.common.AlgorithmTexts;
import dev.balancelab.ui.common.I18n;
import dev.balancelab.ui.common.LabControl;
import dev.balancelab.ui.common.LabDocument;
import dev.balancelab.ui.common.LabFeed;
import dev.balancelab.ui.common.TopologyEdits;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;

/**
 * The main window's model: run/pause and speed (applied to the lab at once), algorithm and rate (edits of the
 * document, which the lab follows), the lesson text, the request counters and latency percentiles (sampled about five
 * times a second), and opening/saving topologies.
 */
public final class MainWindowViewModel {
    /** Lab speed presets, slowest first; the last one is "max". */
    public static final List<Double> SPEEDS = List.of(0.1, 0.25, 0.5, 1.0, 4.0);

    private static final double MIN_MAX_RATE = 200;
    /** Relative rate change below which the toolbar rate counts as unchanged (rounding). */
    private static final double RATE_TOLERANCE = 1e-9;

    private final Topology topology;
    private final LabControl engine;
    private final Documents documents;
    private final Appearance appearance;
    private final LabDocument lab;
    private Supplier<Decision> askToSave = () -> Decision.DISCARD;
    private final BooleanProperty running = new SimpleBooleanProperty();
    /** Whether {@link #running} is being set from the lab (a sample), not by the user: the lab is not told then. */
    private boolean showingLab;

    private final ObjectProperty<AlgorithmKind> algorithm = new SimpleObjectProperty<>();
    private final DoubleProperty rate = new SimpleDoubleProperty();
    private final BooleanProperty rateChanging = new SimpleBooleanProperty();
    private final ChangeListener<Topology> followDocument = (obs, old, now) -> showDocument(now);
    private final ObjectProperty<Double> speed = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> seed = new SimpleObjectProperty<>();
    private final StringProperty counters = new SimpleStringProperty();
    private final StringProperty invariant = new SimpleStringProperty();
    private final StringProperty failover = new SimpleStringProperty();
    private final StringProperty latency = new SimpleStringProperty();
    private final BooleanProperty realHttp = new SimpleBooleanProperty();
    private final StringProperty realHttpAddress = new SimpleStringProperty("");

    /**
     * Takes the algorithm and rate from the topology {@code engine} was built from and follows {@code lab}'s document
     * from then on; a choice of algorithm or rate is an edit of the document (the lab follows the document). Running
     * state and speed are not part of the document: they go to {@code engine} at once.
     */
    public MainWindowViewModel(
            LabControl engine, LabFeed feed, Documents documents, Appearance appearance, LabDocument lab) {
        this.topology = engine.topology();
        this.engine = engine;
        this.documents = documents;
        this.appearance = appearance;
        this.lab = lab;
        seed.set(documents.seed());
        seed.addListener((obs, old, value) -> documents.setSeed(value == null ? old : value));
        running.set(runsFreely());
        showDocument(topology);
        speed.set(engine.speed());
        running.addListener((obs, old, run) -> {
            if (showingLab) {
                return;
            }
            if (run) {
                engine.start();
            } else {
                engine.pause();
            }
        });
        algorithm.addListener((obs, old, choice) -> editAlgorithm(choice));
        rate.addListener((obs, old, perSecond) -> {
            if (!rateChanging.get()) {
                editRate();
            }
        });
        rateChanging.addListener((obs, was, changing) -> {
            if (!changing) {
                editRate();
            }
        });
        speed.addListener((obs, old, factor) -> engine.setSpeed(factor));
        lab.documentProperty().addListener(new WeakChangeListener<>(followDocument));
        feed.onSnapshot(this::onSnapshot);
    }

    /** Shows the document's algorithm and total rate in the toolbar (a drag of the rate slider is left alone). */
    private void showDocument(Topology document) {
        algorithm.set(document.balancer().algorithm());
        if (!rateChanging.get()) {
            rate.set(TopologyEdits.totalRate(document));
        }
    }

    private void editAlgorithm(AlgorithmKind choice) {
        Topology now = lab.topology();
        if (choice != null && choice != now.balancer().algorithm()) {
            lab.edit(now.withBalancer(now.balancer().withAlgorithm(choice)));
        }
    }

    private void editRate() {
        Topology now = lab.topology();
        double total = TopologyEdits.totalRate(now);
        if (Math.abs(rate.get() - total) > RATE_TOLERANCE * Math.max(1, total)) {
            lab.edit(TopologyEdits.withTotalRate(now, rate.get()));
        }
    }

    /** The lesson's title in the window's language, else in English. */
    public String lessonTitle() {
        return topology.title(I18n.locale().toLanguageTag());
    }

    /**
     * The lesson's description in the window's language (else in English), with a note when the algorithm chosen now
     * is not the one the lesson was written for, so that the banner does not describe an algorithm the lab no longer
     * runs.
     */
    public StringBinding lessonTextProperty() {
        AlgorithmKind lesson = topology.balancer().algorithm();
        String description = topology.description(I18n.locale().toLanguageTag());
        return Bindings.createStringBinding(
                () -> algorithm.get() == null || algorithm.get() == lesson
                        ? description
                        : description + "\n"
                                + I18n.t(
                                        "fixes.banner.algorithmChanged",
                                        AlgorithmTexts.label(lesson),
                                        AlgorithmTexts.label(algorithm.get())),
                algorithm);
    }

    /** Every algorithm, in display order. */
    public List<AlgorithmKind> algorithms() {
        return List.of(AlgorithmKind.values());
    }

    /** Upper end of the rate control, in requests/s. */
    public double maxRate() {
        return Math.max(MIN_MAX_RATE, Math.ceil(rate.get() * 2 / 10) * 10);
    }

    /** Whether lab time runs by itself: a step of step mode runs it only up to the next pick, so it does not count. */
    private boolean runsFreely() {
        return engine.running() && !engine.stepMode();
    }

    /** Whether lab time runs; setting it true also ends step mode. */
    public BooleanProperty runningProperty() {
        return running;
    }

    public void toggleRunning() {
        running.set(!running.get());
    }

    public ObjectProperty<AlgorithmKind> algorithmProperty() {
        return algorithm;
    }

    /**
     * Total offered load of all clients, in requests/s of lab time. A change is one edit of the document, made at
     * once, or when {@link #rateChangingProperty()} turns false if it changed while that was true.
     */
    public DoubleProperty rateProperty() {
        return rate;
    }

    /** Whether the rate is being dragged: its changes are held back until the drag ends (one undo step per drag). */
    public BooleanProperty rateChangingProperty() {
        return rateChanging;
    }

    /** Lab speed factor: 1 is real time. */
    public ObjectProperty<Double> speedProperty() {
        return speed;
    }

    /** Moves the speed {@code steps} presets up (positive) or down, staying within the presets. */
    public void stepSpeed(int steps) {
        int i = Math.max(0, SPEEDS.indexOf(speed.get()));
        speed.set(SPEEDS.get(Math.max(0, Math.min(SPEEDS.size() - 1, i + steps))));
    }

    /** Seed of the next reset or open; a reset with the same seed replays the same arrivals and keys. */
    public ObjectProperty<Long> seedProperty() {
        return seed;
    }

    /** Theme, presentation mode and side panel of the window. */
    public Appearance appearance() {
        return appearance;
    }

    /** Rebuilds the lab from its topology at lab time 0, paused; the error message if it failed. */
    public Optional<String> reset() {
        return attempt(documents::reset);
    }

    /** "sent … completed … failed … in flight … retries …". */
    public ReadOnlyStringProperty countersProperty() {
        return counters;
    }

    /** "attempts … (×amplification)    retries denied …    timeouts …": what retries cost. */
    public ReadOnlyStringProperty failoverProperty() {
        return failover;
    }

    /** The accounting check, "✓ sent = completed + failed + in flight" (or ✗ when it does not hold). */
    public ReadOnlyStringProperty invariantProperty() {
        return invariant;
    }

    /** "p50 … p95 … p99 …" of completed requests. */
    public ReadOnlyStringProperty latencyProperty() {
        return latency;
    }

    /** File names of the bundled samples. */
    /** Topology files opened or saved recently, newest first. */
    public List<Path> recentFiles() {
        return documents.recentFiles();
    }

    public List<String> sampleNames() {
        return documents.sampleNames();
    }

    /**
     * A sample's menu label: its number and its lesson title in the window's language ("01-round-robin-basics.json" →
     * "01 · Round robin basics", "01 · 轮询基础"); the file name's words if the file cannot be read.
     */
    public static String sampleLabel(String fileName) {
        String base = fileName.replaceFirst("\\.json$", "");
        String[] parts = base.split("-", 2);
        boolean numbered = parts.length == 2 && parts[0].chars().allMatch(Character::isDigit);
        String label;
        try {
            label = SampleTopologies.load(fileName).title(I18n.locale().toLanguageTag());
        } catch (TopologyFileException e) {
            String words = (numbered ? parts[1] : base).replace('-', ' ');
            label = words.isEmpty() ? base : Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
        return numbered ? parts[0] + " · " + label : label;
    }

    /** What to do with unsaved changes before they would be lost. */
    public enum Decision {
        /** Save them first (to the document's file, if it has one). */
        SAVE,
        /** Let them go. */
        DISCARD,
        /** Keep them: do not go on. */
        CANCEL
    }

    /** Sets the question asked before unsaved changes would be lost (the view shows a dialog). */
    public void setAskToSave(Supplier<Decision> ask) {
        askToSave = ask;
    }

    /**
     * Whether work may go on that would replace the topology: true if nothing is unsaved, or the user chose to
     * discard, or chose to save and the save worked (only possible when the document has a file).
     */
    public boolean mayDiscardChanges() {
        if (!documents.dirty()) {
            return true;
        }
        return switch (askToSave.get()) {
            case DISCARD -> true;
            case CANCEL -> false;
            case SAVE -> documents.file().map(file -> saveAs(file).isEmpty()).orElse(false);
        };
    }

    /** The document's file, if it has one (Save writes there; otherwise Save acts as Save As). */
    /**
     * The file a Save As dialog's choice means: {@code chosen}, with ".json" added when it has no extension, so that
     * Open (which lists *.json) finds it again; "saved-lab" → "saved-lab.json".
     */
    public static Path topologyFile(Path chosen) {
        String name = chosen.getFileName().toString();
        return name.contains(".") ? chosen : chosen.resolveSibling(name + ".json");
    }

    /** The name a Save As dialog starts with: the open file's, else the lab's title as a file name. */
    public String suggestedFileName() {
        String slug = topology.title()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        return file().map(f -> f.getFileName().toString()).orElse((slug.isEmpty() ? "lab" : slug) + ".json");
    }

    public Optional<Path> file() {
        return documents.file();
    }

    /** Opens View → Compare on the lab as edited now. */
    public void compare() {
        documents.compare();
    }

    /** Opens a new small lab. */
    public void newLab() {
        documents.newLab();
    }

    /** Goes back one edit. */
    public void undo() {
        documents.undo();
    }

    /** Goes forward one undone edit. */
    public void redo() {
        documents.redo();
    }

    /** Removes the selected client or server (never the last server); the error message if it failed. */
    public Optional<String> removeSelected() {
        try {
            lab.removeSelected();
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Opens a sample; the error message if it failed. */
    public Optional<String> openSample(String name) {
        return attempt(() -> documents.openSample(name));
    }

    /** Opens a topology file; the one-line error message if it failed. */
    public Optional<String> open(Path file) {
        return attempt(() -> documents.open(file));
    }

    /** Saves the running topology; the error message if it failed. */
    public Optional<String> saveAs(Path file) {
        return attempt(() -> documents.saveAs(file));
    }

    /** Whether the lab speaks real HTTP (Lab → Real HTTP). */
    public ReadOnlyBooleanProperty realHttpProperty() {
        return realHttp;
    }

    /** "Real HTTP: http://127.0.0.1:8080" while real HTTP is on, else empty. */
    public ReadOnlyStringProperty realHttpAddressProperty() {
        return realHttpAddress;
    }

    /** Shows that this lab speaks HTTP with its proxy at {@code proxy}; called by the composition root. */
    public void showRealHttp(String proxy) {
        realHttp.set(true);
        realHttpAddress.set(I18n.t("status.realHttp", proxy));
    }

    /**
     * Switches real HTTP on or off; the lab is rebuilt (this window's content with it).
     *
     * @return the error message if it failed
     */
    public Optional<String> setRealHttp(boolean on) {
        return attempt(() -> documents.setRealHttp(on));
    }

    /** Exports the topology or metrics; the error message if it failed. */
    public Optional<String> export(ExportFormat format, Path file) {
        return attempt(() -> documents.export(format, file));
    }

    /** Writes a PNG; the error message if it failed. */
    public Optional<String> exportImage(byte[] png, Path file) {
        return attempt(() -> documents.exportImage(png, file));
    }

    private static Optional<String> attempt(DocumentAction action) {
        try {
            action.run();
            return Optional.empty();
        } catch (DocumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    private void onSnapshot(MetricsSnapshot snapshot) {
        showingLab = true;
        running.set(runsFreely());
        showingLab = false;
        Accounting.Counts c = snapshot.counts();
        counters.set(I18n.t("status.counters", c.sent(), c.completed(), c.failed(), c.inFlight(), c.retries()));
        failover.set(I18n.t(
                "status.failover",
                c.attempts(),
                String.format(Locale.ROOT, "%.2f", c.sent() == 0 ? 1.0 : (double) c.attempts() / c.sent()),
                c.retriesDenied(),
                c.timeouts()));
        boolean holds = c.inFlight() >= 0 && c.sent() == c.completed() + c.failed() + c.inFlight();
        invariant.set(I18n.t("status.invariant", holds ? "✓" : "✗"));
        LatencyRecorder.Percentiles p = snapshot.latency();
        latency.set(I18n.t("status.latency", p.p50Ms(), p.p95Ms(), p.p99Ms()));
    }

    @FunctionalInterface
    private interface DocumentAction {
        void run() throws DocumentException;
    }
}
