package dev.balancelab.ui.topology;

import dev.balancelab.domain.BalancerSpec;
import dev.balancelab.domain.CachePolicy;
import dev.balancelab.domain.CacheSpec;
import dev.balancelab.domain.FailureKind;
import dev.balancelab.domain.FailureMode;
import dev.balancelab.domain.HealthModel;
import dev.balancelab.domain.HealthState;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.domain.ServiceUrl;
import dev.balancelab.telemetry.ServerMetrics;
import dev.balancelab.ui.common.FailureLabels;
import dev.balancelab.ui.common.Highlight;
import dev.balancelab.ui.common.I18n;
import dev.balancelab.ui.common.LabControl;
import dev.balancelab.ui.common.ServerNames;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One server card's state, sampled from the lab's snapshots, and its failure-injection commands. */
public final class ServerViewModel {
    private final LabControl engine;
    private final ServerSpec spec;
    private final int index;
    private final BooleanBinding chosen;
    private final ObjectProperty<HealthState> state = new SimpleObjectProperty<>(HealthState.UP);
    private final BooleanProperty alive = new SimpleBooleanProperty(true);
    private final ObjectProperty<FailureKind> failure;
    private final IntegerProperty inFlight = new SimpleIntegerProperty();
    private final LongProperty completed = new SimpleLongProperty();
    private final LongProperty failed = new SimpleLongProperty();
    private final IntegerProperty weight = new SimpleIntegerProperty();
    private final IntegerProperty misses = new SimpleIntegerProperty();
    /** Consecutive heartbeat misses by each balancer other than the first, counted from its heartbeats. */
    private final Map<String, Integer> missesBy = new HashMap<>();
    /** Under push heartbeats, lab ms since the last one arrived; -1 before the first. */
    private final LongProperty sinceHeartbeat = new SimpleLongProperty(-1);

    /** The cache's recent hit ratio in [0, 1]; NaN for a server without a cache. */
    private final DoubleProperty hitRatio = new SimpleDoubleProperty(Double.NaN);

    private final RecentHitRatio recentHits = new RecentHitRatio();
    /** What each balancer's health checker says of it while they disagree ("lb1: UP, lb2: DOWN"), else null. */
    private final StringProperty split = new SimpleStringProperty();

    /** Whether the lab runs with Real HTTP, so that a {@code url} server gets its requests (Lab → Real HTTP). */
    private final BooleanProperty realHttp = new SimpleBooleanProperty();

    private final int fall;
    private final boolean push;
    private final boolean perTryTimeout;
    private final StringBinding stateText;
    private final BooleanBinding externalIdle;

    ServerViewModel(LabControl engine, ServerSpec spec, int index, Highlight highlight, BalancerSpec balancer) {
        this.engine = engine;
        this.spec = spec;
        this.fall = balancer.healthCheck().fallThreshold();
        this.push = balancer.healthCheck().model() == HealthModel.PUSH;
        this.perTryTimeout = balancer.retry().perTryTimeoutMs() > 0;
        this.index = index;
        this.chosen = highlight.serverProperty().isEqualTo(spec.id());
        this.failure = new SimpleObjectProperty<>(spec.failure());
        weight.set(spec.weight());
        stateText = Bindings.createStringBinding(this::describeState, state, failure, weight, misses, sinceHeartbeat);
        externalIdle = Bindings.createBooleanBinding(() -> spec.url() != null && !realHttp.get(), realHttp);
    }

    /**
     * The card's state line: "UP · weight 2"; while the health check has not noticed an injected failure yet,
     * "killed — misses 1/3" (heartbeat misses; under push heartbeats "hang — last heartbeat 230 ms ago"); once it has,
     * "DOWN · killed"; a hang without a per-try timeout says so, since
     * the requests already sent to it then wait until it recovers.
     */
    public StringBinding stateTextProperty() {
        return stateText;
    }

    private String describeState() {
        FailureKind kind = failure.get();
        HealthState now = state.get();
        if (kind == FailureKind.NONE) {
            return I18n.t("state." + now.name()) + " · " + I18n.t("card.weight", weight.get());
        }
        if ((now == HealthState.UP || now == HealthState.SUSPECT) && push && sinceHeartbeat.get() >= 0) {
            return I18n.t("push.card.lastBeat", FailureLabels.describe(kind), sinceHeartbeat.get());
        }
        if (now == HealthState.UP || now == HealthState.SUSPECT) {
            return I18n.t("fixes.card.misses", FailureLabels.describe(kind), Math.min(misses.get(), fall), fall);
        }
        return kind == FailureKind.HANG && !perTryTimeout
                ? I18n.t("fixes.card.hangNoTimeout", I18n.t("state." + now.name()))
                : I18n.t("state." + now.name()) + " · " + FailureLabels.describe(kind);
    }

    /** The weight the balancer uses now (edits apply live; slow start ramps it). */
    void showWeight(int now) {
        weight.set(now);
    }

    /** @param labMillis the snapshot's lab time, in ms */
    void update(ServerMetrics m, long labMillis) {
        state.set(m.ejected() ? HealthState.EJECTED : m.state());
        sinceHeartbeat.set(m.lastHeartbeatMs() < 0 ? -1 : labMillis - m.lastHeartbeatMs());
        alive.set(m.alive());
        misses.set(m.consecutiveFailures());
        inFlight.set(m.inFlight());
        completed.set(m.completed());
        failed.set(m.failed());
        if (m.cache() != null) {
            hitRatio.set(recentHits.add(m.cache()));
        }
    }

    /**
     * Another balancer's health checker is the one the card follows (the first is dead or lost the VIP, issue 14): its
     * state of the server replaces the snapshot's (the first balancer's), and its misses are counted from its own
     * heartbeats ({@link #heardBy}).
     *
     * @param state its view, {@link HealthState#EJECTED} when its outlier detection ejected the server
     */
    void viewedBy(String balancer, HealthState state) {
        this.state.set(state);
        misses.set(missesBy.getOrDefault(balancer, 0));
    }

    /** A heartbeat of a balancer other than the first: counts its consecutive misses, as its health checker does. */
    void heardBy(String balancer, boolean ok) {
        missesBy.put(balancer, ok ? 0 : missesBy.getOrDefault(balancer, 0) + 1);
    }

    /**
     * The server cache's hit ratio over the last two seconds or so, in [0, 1]; NaN if the server has no cache (or
     * before the first sample).
     */
    public ReadOnlyDoubleProperty hitRatioProperty() {
        return hitRatio;
    }

    public ServerId id() {
        return spec.id();
    }

    /** The server's place in topology order, which picks its colour in {@code ServerPalette}. */
    public int index() {
        return index;
    }

    /** Whether another view points this server out (for example "Why?" explaining a pick of it). */
    public BooleanBinding chosenProperty() {
        return chosen;
    }

    public String name() {
        return spec.name();
    }

    /** The name with the id, as everywhere in the window: "Big server (s1)". */
    public String label() {
        return ServerNames.of(spec.name(), spec.id().value());
    }

    /** Whether it is a backup server: picked only while no other server is available. */
    public boolean backup() {
        return spec.backup();
    }

    /**
     * The service of a "bring your own" server ({@code "url"}, issue 11): the lab does not run it and reaches it only
     * over Real HTTP; null for a server the lab runs.
     */
    public ServiceUrl url() {
        return spec.url();
    }

    /** Whether the lab runs with Real HTTP now. */
    public ReadOnlyBooleanProperty realHttpProperty() {
        return realHttp;
    }

    void showRealHttp(boolean on) {
        realHttp.set(on);
    }

    /**
     * Whether the card says "external service — turn on Real HTTP": a {@code url} server while Real HTTP is off, when
     * the lab can only draw a stand-in with the file's service time.
     */
    public BooleanBinding externalIdleProperty() {
        return externalIdle;
    }

    /** The weight the balancer uses now. */
    public ReadOnlyIntegerProperty weightProperty() {
        return weight;
    }

    /** What the card's tooltip says: the server's capacity, service time and cache, and how to fail it. */
    public String description() {
        CacheSpec cache = spec.cache();
        return cache == null
                ? capacityText()
                : capacityText() + "\n"
                        + I18n.t(
                                "card.tooltip.cache",
                                cache.capacity(),
                                cache.policy() == CachePolicy.LRU ? "LRU" : "W-TinyLFU",
                                cache.hitMs());
    }

    private String capacityText() {
        return I18n.t(
                "card.tooltip",
                spec.name(),
                spec.id(),
                spec.weight(),
                spec.workers(),
                spec.queueCapacity(),
                spec.serviceTime().meanMs(),
                spec.serviceTime().distribution().name().toLowerCase(Locale.ROOT));
    }

    public ReadOnlyObjectProperty<HealthState> stateProperty() {
        return state;
    }

    public ReadOnlyBooleanProperty aliveProperty() {
        return alive;
    }

    /** Attempts the server holds at most: its workers plus its queue, &gt;= 1. */
    public int capacity() {
        return Math.max(1, spec.workers() + spec.queueCapacity());
    }

    public ReadOnlyIntegerProperty inFlightProperty() {
        return inFlight;
    }

    public ReadOnlyLongProperty completedProperty() {
        return completed;
    }

    public ReadOnlyLongProperty failedProperty() {
        return failed;
    }

    /** The failure injected now (from this card, a scenario or the topology file); NONE when healthy. */
    public ReadOnlyObjectProperty<FailureKind> failureProperty() {
        return failure;
    }

    /**
     * While two balancers' health checkers disagree about this server (issue 14): what each says, "lb1: UP, lb2:
     * DOWN"; null while they agree or the lab has one balancer.
     */
    public ReadOnlyStringProperty splitProperty() {
        return split;
    }

    void setSplit(String views) {
        split.set(views);
    }

    /** Puts the server into {@code kind} with the lab's defaults; {@link FailureKind#NONE} heals it. */
    public void inject(FailureKind kind) {
        engine.inject(spec.id(), FailureMode.of(kind));
        failure.set(kind);
    }

    /** The engine reported an injected or cleared failure (a scenario event, or this card's own command). */
    void injected(FailureKind kind) {
        failure.set(kind);
    }
}
