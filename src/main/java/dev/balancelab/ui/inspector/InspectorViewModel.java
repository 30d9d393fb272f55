package dev.balancelab.ui.inspector;

import dev.balancelab.domain.Reason;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.telemetry.LabEvent;
import dev.balancelab.ui.common.AlgorithmTexts;
import dev.balancelab.ui.common.Highlight;
import dev.balancelab.ui.common.I18n;
import dev.balancelab.ui.common.LabControl;
import dev.balancelab.ui.common.LabFeed;
import dev.balancelab.ui.common.Routes;
import dev.balancelab.ui.common.ServerNames;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Why this server?": step mode, one pick of the live traffic per {@link #step()} (lab time freezes at it), and the
 * engine's explanation of each pick ({@link LabEvent.Decided}, completed with the request's key from its
 * {@link LabEvent.AttemptStarted}). The chosen server goes into the shared {@link Highlight}, so the topology canvas
 * marks it. In a lab of several balancers (issue 14) each explanation names the balancer that picked, the one the
 * request's latest {@link LabEvent.Routed} went to.
 */
public final class InspectorViewModel {
    /** Explanations kept, newest first. */
    static final int KEPT = 4;

    private final LabControl engine;
    private final Highlight highlight;
    private final List<ServerSpec> servers;
    private final BooleanProperty stepMode = new SimpleBooleanProperty();
    private final ObservableList<Explanation> explanations = FXCollections.observableArrayList();
    /** Decisions waiting for their attempt to start (which tells the key), by request id. */
    private final Map<Long, LabEvent.Decided> pending = new HashMap<>();
    /** The balancer each recent request was handed to (labs of several balancers only). */
    private final Routes routes = new Routes();

    /** Subscribes to {@code feed}; {@code highlight} receives each chosen server. */
    public InspectorViewModel(LabControl engine, LabFeed feed, Highlight highlight) {
        this.engine = engine;
        this.highlight = highlight;
        this.servers = engine.topology().servers();
        stepMode.set(engine.stepMode());
        stepMode.addListener((o, old, on) -> {
            if (engine.stepMode() != on) {
                engine.setStepMode(on);
            }
            if (!on) {
                highlight.serverProperty().set(null);
            }
        });
        feed.onEvent(this::onEvent);
        feed.onSnapshot(s -> stepMode.set(engine.stepMode()));
    }

    /** Whether lab time runs only inside a {@link #step()} (Start ends step mode). */
    public BooleanProperty stepModeProperty() {
        return stepMode;
    }

    /** The latest explained picks, newest first, at most {@link #KEPT}. */
    public ObservableList<Explanation> explanations() {
        return explanations;
    }

    /**
     * Turns step mode on if needed and runs lab time to the balancer's next pick of live traffic, where it freezes;
     * the pick's explanation arrives as an event.
     */
    public void step() {
        engine.step();
        stepMode.set(true);
    }

    /** Shows the lab as recorded at the explained pick before the one shown (a replay; nothing without one). */
    public void stepBack() {
        engine.stepBack();
    }

    private void onEvent(LabEvent event) {
        if (routes.offer(event)) {
            return;
        }
        if (event instanceof LabEvent.Decided d) {
            if (d.server() == null) {
                publish(d, "?");
            } else {
                pending.put(d.requestId(), d);
            }
        } else if (event instanceof LabEvent.AttemptStarted s) {
            LabEvent.Decided d = pending.remove(s.requestId());
            if (d != null) {
                publish(d, s.key());
            }
        }
    }

    private void publish(LabEvent.Decided d, String key) {
        String request = I18n.t(
                d.attempt() > 1 ? "inspector.heading.retry" : "inspector.heading",
                String.valueOf(d.requestId()),
                d.attempt(),
                key);
        LabEvent.Routed route = routes.of(d.requestId());
        String heading = route == null ? request : I18n.t("inspector.byBalancer", route.balancer(), request);
        int index = indexOf(d.server());
        String chosen = index < 0
                ? I18n.t("why.noServer")
                : ServerNames.of(servers.get(index).name(), d.server().value());
        explanations.add(
                0, new Explanation(heading, AlgorithmTexts.label(d.algorithm()), lines(d.reasons()), chosen, index));
        if (explanations.size() > KEPT) {
            explanations.remove(KEPT, explanations.size());
        }
        highlight.serverProperty().set(d.server());
    }

    /** The algorithm's reasons in the window's language. */
    private static List<String> lines(List<Reason> reasons) {
        return reasons.stream().map(r -> I18n.t(r.key(), r.args().toArray())).toList();
    }

    private int indexOf(ServerId server) {
        for (int i = 0; i < servers.size(); i++) {
            if (servers.get(i).id().equals(server)) {
                return i;
            }
        }
        return -1;
    }
}
