package dev.balancelab.ui.scenario;

import dev.balancelab.domain.ScenarioEvent;
import dev.balancelab.domain.Topology;
import dev.balancelab.ui.common.I18n;
import dev.balancelab.ui.common.LabFeed;
import dev.balancelab.ui.common.ServerNames;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * The scenario bar's model: the topology's timed events as labelled markers on a lab-time axis, and the lab time
 * now (the playhead), updated every pulse.
 */
public final class ScenarioViewModel {
    private static final double MIN_TAIL_S = 5;
    private static final double TAIL_SHARE = 0.2;

    private final List<Marker> markers;
    private final DoubleProperty now = new SimpleDoubleProperty();

    /** Subscribes to {@code feed}'s frames. */
    public ScenarioViewModel(Topology topology, LabFeed feed) {
        this.markers = topology.scenario().stream()
                .sorted(Comparator.comparingLong(ScenarioEvent::atMs))
                .map(e -> new Marker(e.atMs() / 1000.0, at(e), label(e, topology)))
                .toList();
        feed.onFrame(nanos -> now.set(nanos / 1e9));
    }

    /** Whether the topology has a scenario at all (the bar hides itself otherwise). */
    public boolean hasScenario() {
        return !markers.isEmpty();
    }

    /** The events in time order. */
    public List<Marker> markers() {
        return markers;
    }

    /** The axis' end in lab seconds: the last event plus a fifth of that, at least 5 s. */
    public double endSeconds() {
        double last = markers.isEmpty() ? 0 : markers.get(markers.size() - 1).atSeconds();
        return last + Math.max(MIN_TAIL_S, last * TAIL_SHARE);
    }

    /** Lab time now, in seconds. */
    public ReadOnlyDoubleProperty nowProperty() {
        return now;
    }

    /** "10 s kill Server 2 (s2)", "40 s weight Server 2 (s2) → 3", "60 s rate → 800/s". */
    private static String label(ScenarioEvent e, Topology topology) {
        String server = e.server() == null
                ? ""
                : topology.server(e.server())
                        .map(s -> ServerNames.of(s.name(), s.id().value()))
                        .orElse(e.server().value());
        return at(e) + " "
                + switch (e.type()) {
                    case KILL -> I18n.t("scenario.kill", server);
                    case REVIVE -> I18n.t("scenario.revive", server);
                    case SET_WEIGHT -> I18n.t("scenario.weight", server, plain(e.value()));
                    case SET_RATE -> I18n.t("scenario.rate", plain(e.value()));
                };
    }

    /** "10 s": when it happens. */
    private static String at(ScenarioEvent e) {
        return I18n.t("scenario.at", plain(e.atMs() / 1000.0));
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /**
     * One scenario event on the axis.
     *
     * @param atSeconds when it happens, in lab seconds
     * @param time the short label where the whole one has no room: when it happens, for example "10 s"
     * @param label what happens, for example "10 s kill s2"
     */
    public record Marker(double atSeconds, String time, String label) {
        /** Whether lab time {@code nowSeconds} has reached it. */
        public boolean past(double nowSeconds) {
            return nowSeconds >= atSeconds;
        }
    }
}
