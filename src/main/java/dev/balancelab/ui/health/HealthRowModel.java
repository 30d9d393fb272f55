package dev.balancelab.ui.health;

import dev.balancelab.domain.FailureKind;
import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.HealthModel;
import dev.balancelab.domain.HealthState;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.telemetry.ServerMetrics;
import dev.balancelab.ui.common.FailureLabels;
import dev.balancelab.ui.common.I18n;
import dev.balancelab.ui.common.ServerNames;
import java.math.BigDecimal;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One server's row in the heartbeat monitor: its health state, missed heartbeats in a row against the {@code fall}
 * threshold, the last round trip, the recent heartbeats, state changes and injected failures (bounded rings for the
 * timeline), and how long the health check took to notice an injected failure or revive, next to its bound
 * {@code fall × interval} (or {@code rise × interval}).
 */
public final class HealthRowModel {
    /** State changes and injected failures kept per row. */
    static final int EVENTS_KEPT = 64;

    private static final long NONE = -1;

    private final ServerSpec server;
    private final HealthCheckSpec check;
    /** The balancer whose checker this row shows, named in its sentences; null in a lab of one balancer. */
    private final String balancer;

    private final boolean perTryTimeout;
    private final ObjectProperty<HealthState> state = new SimpleObjectProperty<>(HealthState.UP);
    private final StringProperty misses = new SimpleStringProperty();
    private final StringProperty rtt = new SimpleStringProperty("–");
    private final StringProperty detection = new SimpleStringProperty("");
    private final StringProperty lastBeat = new SimpleStringProperty("");
    private final TimeRing beats;
    /** Each heartbeat's check start, parallel to {@link #beats} (same capacity, added together). */
    private final TimeRing checkStarts;
    /** Outlier ejections: 1 from an {@code Ejected}, 0 from the {@code Unejected} that ends it. */
    private final TimeRing ejections = new TimeRing(EVENTS_KEPT, 0);

    private final TimeRing states = new TimeRing(EVENTS_KEPT, HealthState.UP.ordinal());
    private final TimeRing failures = new TimeRing(EVENTS_KEPT, FailureKind.NONE.ordinal());
    private FailureKind failure = FailureKind.NONE;
    private long injectedAt = NONE;
    private int missed;

    /**
     * @param beatsKept heartbeats kept for the timeline: enough to fill its window
     * @param perTryTimeout whether the balancer abandons an attempt after a per-try timeout
     * @param balancer the balancer whose checker it shows, named in its sentences; null in a lab of one balancer
     */
    HealthRowModel(ServerSpec server, HealthCheckSpec check, int beatsKept, boolean perTryTimeout, String balancer) {
        this.server = server;
        this.balancer = balancer;
        this.perTryTimeout = perTryTimeout;
        this.check = check;
        this.beats = new TimeRing(beatsKept, 1);
        this.checkStarts = new TimeRing(beatsKept, 1);
        showMisses(0);
    }

    public String id() {
        return server.id().value();
    }

    /** The server as the window names it: "Big server (s1)". */
    public String name() {
        return ServerNames.of(server.name(), id());
    }

    /** Whether the server is a backup server. */
    public boolean backup() {
        return server.backup();
    }

    public ReadOnlyObjectProperty<HealthState> stateProperty() {
        return state;
    }

    /** Missed heartbeats in a row against the fall threshold, for example "2/3". */
    public ReadOnlyStringProperty missesProperty() {
        return misses;
    }

    /** Whether the servers push their heartbeats (ZooKeeper, Consul TTL) rather than being probed. */
    public boolean push() {
        return check.model() == HealthModel.PUSH;
    }

    /**
     * Under push heartbeats, the time since the last one against the TTL, for example "last heartbeat 230 ms ago / TTL
     * 3000 ms".
     */
    public ReadOnlyStringProperty lastBeatProperty() {
        return lastBeat;
    }

    /** The last heartbeat's round trip, for example "3 ms". */
    public ReadOnlyStringProperty rttProperty() {
        return rtt;
    }

    /**
     * When a failure or revive was injected and how long the health check took to notice it, with the bound, for
     * example "hang at 4.0 s → DOWN after 0.64 s\n≈ fall × interval = 3 × 0.2 s = 0.6 s".
     */
    public ReadOnlyStringProperty detectionProperty() {
        return detection;
    }

    /** Heartbeat results by lab time, the check's end: 1 answered in time, 0 missed. */
    TimeRing beats() {
        return beats;
    }

    /** Each heartbeat's check start by lab time (entry {@code i} belongs to {@code beats()} entry {@code i}). */
    TimeRing checkStarts() {
        return checkStarts;
    }

    /** Outlier ejections by lab time: 1 ejected, 0 back (Envoy's EJECT and UNEJECT). */
    TimeRing ejections() {
        return ejections;
    }

    /** Health changes by lab time: the new state's ordinal; {@link TimeRing#base()} is the state before. */
    TimeRing states() {
        return states;
    }

    /** Injected failures by lab time: the {@link FailureKind}'s ordinal ({@code NONE} for a revive). */
    TimeRing failures() {
        return failures;
    }

    /** The heartbeat interval in lab ns. */
    long intervalNanos() {
        return check.intervalMs() * 1_000_000L;
    }

    /** A heartbeat's result, known at {@code nanos}, after a check of {@code rttMs}. */
    void heartbeat(boolean ok, double rttMs, long nanos) {
        beats.add(nanos, ok ? 1 : 0);
        checkStarts.add(Math.max(0, nanos - Math.round(rttMs * 1e6)), ok ? 1 : 0);
    }

    /**
     * The figures of a balancer other than the first, from its own heartbeats (the snapshot samples only the first
     * balancer's): misses in a row and the last round trip.
     */
    void counted(boolean ok, double rttMs) {
        missed = ok ? 0 : missed + 1;
        showMisses(missed);
        rtt.set(I18n.t("health.ms", rttMs));
    }

    /** The state a balancer other than the first sees, sampled with the snapshot. */
    void viewed(HealthState seen) {
        state.set(seen);
    }

    /** Outlier detection ejected the server at {@code nanos} for {@code ejectionMs}. */
    void ejected(long ejectionMs, long nanos) {
        ejections.add(nanos, 1);
        detect(I18n.t("health.ejected", seconds(nanos)) + " · " + I18n.t("health.ejectedFor", ejectionMs / 1e3));
    }

    /** The ejection ended at {@code nanos}. */
    void unejected(long nanos) {
        ejections.add(nanos, 0);
        detect(I18n.t("health.unejected", seconds(nanos)));
    }

    /** @param labMillis the snapshot's lab time, in ms */
    void update(ServerMetrics m, long labMillis) {
        state.set(m.ejected() ? HealthState.EJECTED : m.state());
        showMisses(m.consecutiveFailures());
        rtt.set(I18n.t("health.ms", m.lastRttMs()));
        if (push()) {
            lastBeat.set(
                    m.lastHeartbeatMs() < 0
                            ? I18n.t("push.health.noBeat", check.ttlMs())
                            : I18n.t("push.health.lastBeat", labMillis - m.lastHeartbeatMs(), check.ttlMs()));
        }
    }

    /** A failure was injected, or cleared ({@link FailureKind#NONE}). */
    void injected(FailureKind kind, long nanos) {
        failure = kind;
        injectedAt = nanos;
        failures.add(nanos, failure.ordinal());
        boolean revive = failure == FailureKind.NONE;
        String waiting = push()
                ? I18n.t(revive ? "push.health.waiting.good" : "push.health.waiting.missed", cause(), seconds(nanos))
                : I18n.t(
                        revive ? "health.waiting.good" : "health.waiting.missed",
                        cause(),
                        seconds(nanos),
                        revive ? check.rise() : check.fall());
        detect(waiting + hangHint());
    }

    void changed(HealthState from, HealthState to, long nanos) {
        state.set(to);
        states.add(nanos, to.ordinal());
        if (to == HealthState.DOWN) {
            detect(noticed(to, nanos, downBound()));
        } else if (to == HealthState.UP && from == HealthState.DOWN) {
            detect(noticed(to, nanos, upBound()));
        }
    }

    private void detect(String text) {
        detection.set(named(balancer, text));
    }

    /** {@code text} as balancer {@code id}'s ("lb2: …"), or as it is when {@code id} is null. */
    static String named(String id, String text) {
        return id == null ? text : I18n.t("health.ofBalancer", id, text);
    }

    /**
     * The text for a change to DOWN or back UP: measured from the injection that explains it (a failure for DOWN,
     * a revive for UP; each is measured once), and the bound {@code fall|rise × interval}.
     */
    private String noticed(HealthState to, long nanos, String bound) {
        boolean explained = injectedAt != NONE && (failure == FailureKind.NONE) == (to == HealthState.UP);
        String text = explained
                ? I18n.t(
                        "health.noticed",
                        cause(),
                        seconds(injectedAt),
                        I18n.t("state." + to.name()),
                        (nanos - injectedAt) / 1e9)
                : I18n.t("health.marked", I18n.t("state." + to.name()), seconds(nanos));
        injectedAt = explained ? NONE : injectedAt;
        return text + "\n" + bound + hangHint();
    }

    /**
     * What a change to DOWN is measured against: {@code fall × interval} for active checks; under push, one TTL after
     * the last heartbeat, so between {@code ttl − interval} and {@code ttl} after a kill.
     */
    private String downBound() {
        return push()
                ? I18n.t(
                        "push.health.bound.down",
                        plain(Math.max(0, check.ttlMs() - check.intervalMs())),
                        plain(check.ttlMs()))
                : activeBound("health.bound.fall", check.fall());
    }

    /** What a return to UP is measured against: {@code rise × interval}; under push, the next heartbeat. */
    private String upBound() {
        return push()
                ? I18n.t("push.health.bound.up", plain(check.intervalMs()))
                : activeBound("health.bound.rise", check.rise());
    }

    private String activeBound(String key, int beatsNeeded) {
        return I18n.t(key, beatsNeeded, plain(check.intervalMs()), plain(beatsNeeded * check.intervalMs()));
    }

    /** Why a hung server's requests stay in flight when there is no per-try timeout, and where to set one. */
    private String hangHint() {
        return failure == FailureKind.HANG && !perTryTimeout ? "\n" + I18n.t("fixes.health.hangNoTimeout") : "";
    }

    private String cause() {
        return FailureLabels.describe(failure);
    }

    private void showMisses(int consecutiveFailures) {
        misses.set(Math.min(consecutiveFailures, check.fallThreshold()) + "/" + check.fallThreshold());
    }

    private static String seconds(long nanos) {
        return I18n.t("health.seconds", nanos / 1e9);
    }

    /** Milliseconds as seconds without trailing zeros: 200 → "0.2", 1000 → "1", 250 → "0.25". */
    private static String plain(long millis) {
        return BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString();
    }
}
