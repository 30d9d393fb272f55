package dev.balancelab.ui.topology;

import dev.balancelab.domain.ClientSpec;
import dev.balancelab.domain.FailureKind;
import dev.balancelab.domain.FailureMode;
import dev.balancelab.domain.Position;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.domain.StorageNodeSpec;
import dev.balancelab.domain.Topology;
import dev.balancelab.telemetry.BalancerMetrics;
import dev.balancelab.telemetry.DotSampler;
import dev.balancelab.telemetry.LabEvent;
import dev.balancelab.telemetry.MetricsSnapshot;
import dev.balancelab.telemetry.Outcome;
import dev.balancelab.ui.common.AlgorithmTexts;
import dev.balancelab.ui.common.DotTiming;
import dev.balancelab.ui.common.Highlight;
import dev.balancelab.ui.common.I18n;
import dev.balancelab.ui.common.LabControl;
import dev.balancelab.ui.common.LabDocument;
import dev.balancelab.ui.common.LabFeed;
import dev.balancelab.ui.common.NodeRef;
import dev.balancelab.ui.common.TopologyEdits;
import dev.balancelab.ui.common.Viewpoint;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;

/**
 * The topology view's model: the cards' state (sampled about five times a second) and the request dots (fed from the
 * lab's events every pulse).
 */
public final class TopologyViewModel {
    /** Dots drawn at most; beyond it the picture is a sample. */
    static final int MAX_DOTS = 5_000;

    private static final long MAX_WAIT_NANOS = 60_000_000_000L;
    /**
     * Travelling dots wanted at most: above about this many attempts per lab second one dot stands for several
     * requests (BENCHMARKS.md, "Frame time at 100 servers").
     */
    static final int DOT_BUDGET = 300;

    private final LabControl engine;
    private final ChangeListener<Topology> followDocument = (obs, old, now) -> follow(now);
    private Topology topology;
    private Runnable movedListener = () -> {};
    private final List<ServerViewModel> servers;
    private final Map<ServerId, Integer> serverIndex = new HashMap<>();
    private final FrontViewModel front;
    private final DotBuffer dots = new DotBuffer(MAX_DOTS, DotTiming.LEG_NANOS, MAX_WAIT_NANOS);
    private final StorageDots storageDots = new StorageDots(MAX_DOTS / 2, DotTiming.LEG_NANOS);
    private final List<StorageNodeViewModel> storage;
    private final Map<ServerId, Integer> storageIndex = new HashMap<>();
    private final DotSampler sampler = new DotSampler(DOT_BUDGET, 4 * DotTiming.LEG_NANOS);
    private final IntegerProperty requestsPerDot = new SimpleIntegerProperty(1);
    private final StringProperty algorithm = new SimpleStringProperty();
    private final LabDocument lab;
    private LongConsumer frameListener = now -> {};
    private final StringProperty stepNote = new SimpleStringProperty();
    /** The pick step mode froze at: its request and attempt ({@code -1} for none), and its banner text. */
    private long steppedRequest = -1;

    private int steppedAttempt;
    private String frozenNote;

    /**
     * Subscribes to {@code feed}; the engine is only asked to inject failures and for its algorithm and weights.
     * Selection, adding, removing and moving nodes go through {@code lab}; the server in {@code highlight} is marked
     * on its card.
     */
    public TopologyViewModel(LabControl engine, LabFeed feed, LabDocument lab, Highlight highlight) {
        this.engine = engine;
        this.lab = lab;
        this.topology = engine.topology();
        this.servers = IntStream.range(0, topology.servers().size())
                .mapToObj(
                        i -> new ServerViewModel(engine, topology.servers().get(i), i, highlight, topology.balancer()))
                .toList();
        for (int i = 0; i < servers.size(); i++) {
            serverIndex.put(servers.get(i).id(), i);
        }
        this.storage = topology.storage() == null
                ? List.of()
                : topology.storage().nodes().stream()
                        .map(StorageNodeViewModel::new)
                        .toList();
        for (int i = 0; i < storage.size(); i++) {
            storageIndex.put(storage.get(i).id(), i);
        }
        front = new FrontViewModel(engine, topology);
        feed.sampleAttempts(sampler);
        feed.onEvent(this::onEvent);
        feed.onFrame(now -> {
            requestsPerDot.set(sampler.perDot());
            frameListener.accept(now);
        });
        feed.onSnapshot(this::onSnapshot);
        lab.documentProperty().addListener(new WeakChangeListener<>(followDocument));
    }

    /**
     * Tells the server cards whether the lab runs with Real HTTP (Lab → Real HTTP), which a {@code url} server needs to
     * get its requests.
     */
    public void showRealHttp(boolean on) {
        servers.forEach(s -> s.showRealHttp(on));
    }

    /**
     * Takes the positions from a document with the same clients and servers (a move, or its undo); a document with
     * other nodes is about to get a lab of its own.
     */
    private void follow(Topology document) {
        if (!nodes(document).equals(nodes(topology))) {
            return;
        }
        boolean moved = !geometryOf(document).equals(geometryOf(topology));
        topology = document;
        if (moved) {
            movedListener.run();
        }
    }

    private static List<String> nodes(Topology t) {
        return Stream.concat(
                        t.clients().stream().map(ClientSpec::id),
                        t.servers().stream().map(s -> s.id().value()))
                .toList();
    }

    private static List<Position> geometryOf(Topology t) {
        Stream<Position> storage =
                t.storage() == null ? Stream.of() : t.storage().nodes().stream().map(StorageNodeSpec::position);
        return Stream.concat(
                        Stream.concat(
                                t.clients().stream().map(ClientSpec::position),
                                t.servers().stream().map(ServerSpec::position)),
                        storage)
                .toList();
    }

    /** Calls {@code listener} when the document moved a card (an undone or redone move): draw {@link #geometry()}. */
    void setOnMoved(Runnable listener) {
        movedListener = listener;
    }

    public List<ServerViewModel> servers() {
        return servers;
    }

    /** The storage nodes' cards, empty without a storage tier. */
    public List<StorageNodeViewModel> storage() {
        return storage;
    }

    /** Kills a storage node, or revives it if it is down. */
    void toggleStorage(StorageNodeViewModel node) {
        engine.inject(node.id(), node.downProperty().get() ? FailureMode.NONE : FailureMode.of(FailureKind.CRASH));
    }

    StorageDots storageDots() {
        return storageDots;
    }

    public List<ClientSpec> clients() {
        return topology.clients();
    }

    /** The display name of the algorithm the balancer runs now. */
    public ReadOnlyStringProperty algorithmProperty() {
        return algorithm;
    }

    /**
     * What step mode is doing, for a banner over the canvas: frozen at a pick (which request went where), running to
     * the next pick, or waiting for a step; null when step mode is off.
     */
    public ReadOnlyStringProperty stepNoteProperty() {
        return stepNote;
    }

    /** The selected client or server, shared with the property sheet. */
    public ObjectProperty<NodeRef> selectionProperty() {
        return lab.selectionProperty();
    }

    /** Draws {@code node} at {@code at} (0..1 of the canvas) from now on; the running lab goes on. */
    void move(NodeRef node, Position at) {
        lab.edit(TopologyEdits.move(lab.topology(), node, at));
    }

    /** Adds a server at {@code at}; the lab restarts with it. */
    void addServer(Position at) {
        lab.addServer(at);
    }

    /** Adds a client at {@code at}; the lab restarts with it. */
    void addClient(Position at) {
        lab.addClient(at);
    }

    /**
     * Adds a {@code kind} node at {@code slot}, or, if there is no free slot, anywhere and then arranges every card on
     * this canvas ({@code width} × {@code height} px), as one edit; the lab restarts with it.
     */
    void add(NodeRef.Kind kind, Optional<Position> slot, double width, double height) {
        Topology t = lab.topology();
        Position at = slot.orElse(new Position(0.5, 0.5));
        Topology added = kind == NodeRef.Kind.CLIENT ? TopologyEdits.addClient(t, at) : TopologyEdits.addServer(t, at);
        lab.edit(slot.isPresent() ? added : TopologyLayout.arrangedToFit(added, width, height));
    }

    /** Moves every card where the tiered layout puts it for a {@code width} × {@code height} px viewport (an edit). */
    void arrange(double width, double height) {
        lab.edit(TopologyLayout.arrangedToFit(lab.topology(), width, height));
    }

    /** The topology the cards show now. */
    Topology topology() {
        return topology;
    }

    /** Removes the selected node (not the last server: then nothing happens). */
    void removeSelected() {
        try {
            lab.removeSelected();
        } catch (IllegalArgumentException e) {
            // the last server stays; the menu item says so in its text
        }
    }

    /** Calls {@code listener} every pulse with the lab time to draw, after the pulse's events were applied. */
    public void setOnFrame(LongConsumer listener) {
        frameListener = listener;
    }

    DotBuffer dots() {
        return dots;
    }

    /** The balancer tier: balancers, VIP, DNS, regions (issue 14). */
    FrontViewModel front() {
        return front;
    }

    /** Requests one dot stands for now (1 up to {@link #DOT_BUDGET} attempts per lab second); the legend says it. */
    public ReadOnlyIntegerProperty requestsPerDotProperty() {
        return requestsPerDot;
    }

    Geometry geometry() {
        return Geometry.of(topology);
    }

    private void onEvent(LabEvent event) {
        if (event instanceof LabEvent.AttemptStarted s) {
            boolean stepped = s.requestId() == steppedRequest && s.attempt() == steppedAttempt;
            dots.started(
                    s.requestId(),
                    s.attempt(),
                    s.clientIndex(),
                    serverIndex.get(s.server()),
                    front.balancerOf(s.requestId()),
                    s.nanos(),
                    stepped);
        } else if (event instanceof LabEvent.Decided d) {
            onDecided(d);
        } else if (event instanceof LabEvent.AttemptEnded e) {
            onAttemptEnded(e);
        } else if (event instanceof LabEvent.StorageOp op) {
            onStorageOp(op);
        } else if (event instanceof LabEvent.Injected i && storageIndex.containsKey(i.server())) {
            storage.get(storageIndex.get(i.server())).setDown(i.kind() == FailureKind.CRASH);
        } else if (event instanceof LabEvent.Injected i) {
            Integer index = serverIndex.get(i.server());
            if (index != null) { // a kill of a balancer or a site names no server
                servers.get(index).injected(i.kind());
            }
        } else if (event instanceof LabEvent.OfBalancer named && named.event() instanceof LabEvent.Heartbeat h) {
            Integer index = serverIndex.get(h.server());
            if (index != null) {
                servers.get(index).heardBy(named.balancer(), h.ok());
            }
        } else {
            front.onEvent(event, dots::refused);
        }
    }

    /** A dot from the server to each target, back in the colour of its answer; answering nodes count it. */
    private void onStorageOp(LabEvent.StorageOp op) {
        Integer from = serverIndex.get(op.server());
        for (ServerId target : op.targets()) {
            Integer to = storageIndex.get(target);
            if (from == null || to == null) {
                continue;
            }
            boolean refused = op.refused().contains(target);
            if (!refused) {
                storage.get(to).answered();
            }
            int colour = refused ? DotBuffer.FAILED : op.standIns().contains(target) ? DotBuffer.RETRY : DotBuffer.OK;
            storageDots.sent(from, to, colour, op.nanos());
        }
    }

    /** Step mode froze lab time at this pick (its {@code AttemptStarted} follows). */
    private void onDecided(LabEvent.Decided d) {
        steppedRequest = d.requestId();
        steppedAttempt = d.attempt();
        Integer index = d.server() == null ? null : serverIndex.get(d.server());
        String chosen =
                index == null ? I18n.t("why.noServer") : servers.get(index).label();
        frozenNote = I18n.t("step.banner.frozen", String.valueOf(d.requestId()), chosen);
        stepNote.set(frozenNote);
    }

    /** The step banner after a sample: off, running to the next pick, frozen at one, or waiting for the first step. */
    private void showStepNote() {
        if (!engine.stepMode()) {
            frozenNote = null;
            steppedRequest = -1;
            if (dots.focus() >= 0) {
                dots.clearFocus();
            }
            stepNote.set(null);
        } else if (engine.running()) {
            stepNote.set(I18n.t("step.banner.running"));
        } else {
            stepNote.set(frozenNote != null ? frozenNote : I18n.t("step.banner.waiting"));
        }
    }

    private void onAttemptEnded(LabEvent.AttemptEnded e) {
        if (e.outcome() == Outcome.NO_SERVER) {
            dots.noServer(front.balancerOf(e.requestId()), e.nanos());
            return;
        }
        dots.ended(
                e.requestId(),
                e.attempt(),
                e.outcome().ok() ? DotBuffer.OK : DotBuffer.FAILED,
                e.willRetry(),
                e.nanos());
    }

    /**
     * The balancer other than the first whose health view the server cards show ({@link Viewpoint}: the VIP holder
     * while alive, else the first alive), or null for the first, whose view is the snapshot's.
     */
    private BalancerMetrics viewer(List<BalancerMetrics> balancers) {
        String shown = Viewpoint.of(engine.vipHolder(), balancers);
        return balancers.stream()
                .skip(1)
                .filter(b -> b.id().equals(shown))
                .findFirst()
                .orElse(null);
    }

    private void onSnapshot(MetricsSnapshot snapshot) {
        long answered =
                storage.stream().mapToLong(StorageNodeViewModel::answeredCount).sum();
        storage.forEach(n -> n.show(answered));
        List<BalancerMetrics> balancers = engine.balancers();
        BalancerMetrics viewer = viewer(balancers);
        for (ServerViewModel s : servers) {
            var metrics = snapshot.perServer().get(s.id());
            if (metrics != null) {
                s.update(metrics, snapshot.labMillis());
            }
            if (viewer != null && viewer.view().containsKey(s.id())) {
                s.viewedBy(viewer.id(), viewer.view().get(s.id()));
            }
        }
        engine.picker()
                .endpoints()
                .forEach(e -> servers.get(serverIndex.get(e.id())).showWeight(e.weight()));
        algorithm.set(AlgorithmTexts.label(engine.algorithm()));
        Map<ServerId, String> split = front.sample(snapshot.labMillis() * 1_000_000L, balancers);
        servers.forEach(s -> s.setSplit(split.get(s.id())));
        showStepNote();
    }
}
