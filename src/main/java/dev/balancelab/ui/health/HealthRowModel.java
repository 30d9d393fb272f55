package dev.balancelab.ui.health;

import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.HealthState;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.telemetry.ServerMetrics;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One server's row in the heartbeat monitor: its health state, missed heartbeats in a row against the {@code fall}
 * threshold, the last round trip, the last {@link #STRIP} heartbeats, and how long the health check took to notice
 * an injected kill or revive.
 */
public final class HealthRowModel {
    /** Heartbeats shown per row. */
    public static final int STRIP = 20;
    private static final long NONE = -1;
    private static final String REVIVE = "revive";

    private final ServerSpec server;
    private final HealthCheckSpec check;
    private final ObjectProperty<HealthState> state = new SimpleObjectProperty<>(HealthState.UP);
    private final StringProperty misses = new SimpleStringProperty();
    private final StringProperty rtt = new SimpleStringProperty("–");
    private final StringProperty detection = new SimpleStringProperty("");
    private final ObservableList<Boolean> beats = FXCollections.observableArrayList();
    private String failure = "";
    private long failedAt = NONE;
    private long revivedAt = NONE;

    HealthRowModel(ServerSpec server, HealthCheckSpec check) {
        this.server = server;
        this.check = check;
        showMisses(0);
    }

    public String id() {
        return server.id().value();
    }

    public String name() {
        return server.name();
    }

    public ReadOnlyObjectProperty<HealthState> stateProperty() {
        return state;
    }

    /** Missed heartbeats in a row against the fall threshold, for example "2/3". */
    public ReadOnlyStringProperty missesProperty() {
        return misses;
    }

    /** The last heartbeat's round trip, for example "3 ms". */
    public ReadOnlyStringProperty rttProperty() {
        return rtt;
    }

    /** When a kill or revive was injected and how long the health check took to notice it. */
    public ReadOnlyStringProperty detectionProperty() {
        return detection;
    }

    /** The last heartbeats, oldest first: true for answered in time. */
    public ObservableList<Boolean> beats() {
        return beats;
    }

    void heartbeat(boolean ok) {
        if (beats.size() == STRIP) {
            beats.remove(0);
        }
        beats.add(ok);
    }

    void update(ServerMetrics m) {
        state.set(m.state());
        showMisses(m.consecutiveFailures());
        rtt.set(String.format(Locale.ROOT, "%.0f ms", m.lastRttMs()));
    }

    /** A failure was injected ("kill", "hang", "slow", …) or cleared ("revive"). */
    void injected(String type, long nanos) {
        boolean revive = type.equals(REVIVE);
        failure = type.equals("kill") ? "killed" : type;
        failedAt = revive ? NONE : nanos;
        revivedAt = revive ? nanos : NONE;
        detection.set(revive
                ? String.format(Locale.ROOT, "revived at %s · waiting for %d good heartbeats", seconds(nanos),
                        check.rise())
                : String.format(Locale.ROOT, "%s at %s · waiting for %d missed heartbeats", failure, seconds(nanos),
                        check.fall()));
    }

    void changed(HealthState to, long nanos) {
        state.set(to);
        if (to == HealthState.DOWN) {
            detection.set(noticed(failure, failedAt, "DOWN", nanos));
        } else if (to == HealthState.UP) {
            detection.set(noticed("revived", revivedAt, "UP", nanos));
        } else if (to == HealthState.EJECTED) {
            detection.set("ejected by outlier detection at " + seconds(nanos));
        }
    }

    private static String noticed(String cause, long causeAt, String state, long nanos) {
        return causeAt == NONE
                ? String.format(Locale.ROOT, "marked %s at %s", state, seconds(nanos))
                : String.format(Locale.ROOT, "%s at %s → %s after %s", cause, seconds(causeAt), state,
                        seconds(nanos - causeAt));
    }

    private void showMisses(int consecutiveFailures) {
        misses.set(Math.min(consecutiveFailures, check.fall()) + "/" + check.fall());
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
