package dev.balancelab.ui.predict;

import dev.balancelab.domain.Reason;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.telemetry.LabEvent;
import dev.balancelab.ui.common.I18n;
import dev.balancelab.ui.common.LabControl;
import dev.balancelab.ui.common.LabFeed;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Predict the next pick: in step mode (traffic held back, lab time paused between steps, so the balancer's state is
 * frozen at the decision) the student names the server the next request will go to; the lab then sends that one
 * request ({@link LabControl#step}) and the engine's own decision ({@link LabEvent.Decided}, first attempt) is revealed
 * with its "Why?" reasons and counted right or wrong. Works for every algorithm: the reveal is the live picker's
 * choice, not a model of it.
 */
public final class PredictViewModel {
    private final LabControl engine;
    private final List<ServerSpec> servers;
    private final ReadOnlyIntegerWrapper right = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper asked = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper waiting = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper why = new ReadOnlyStringWrapper("");
    private ServerId guess;

    /** Subscribes to {@code feed} for the decisions. */
    public PredictViewModel(LabControl engine, LabFeed feed) {
        this.engine = engine;
        this.servers = engine.topology().servers();
        feed.onEvent(this::onEvent);
    }

    /** The servers one can name, in topology order. */
    public List<ServerSpec> servers() {
        return servers;
    }

    /**
     * Records the guess and sends the next request in step mode; ignored while the last guess waits for its reveal.
     */
    public void predict(ServerId server) {
        if (waiting.get()) {
            return;
        }
        guess = server;
        waiting.set(true);
        verdict.set("");
        why.set("");
        engine.step();
    }

    private void onEvent(LabEvent event) {
        if (waiting.get() && event instanceof LabEvent.Decided d && d.attempt() == 1) {
            reveal(d);
        }
    }

    /** Shows the pick against the guess and counts it. */
    void reveal(LabEvent.Decided d) {
        waiting.set(false);
        asked.set(asked.get() + 1);
        boolean hit = guess.equals(d.server());
        if (hit) {
            right.set(right.get() + 1);
        }
        String picked = d.server() == null ? I18n.t("why.noServer") : d.server().value();
        verdict.set(I18n.t(hit ? "predict.right" : "predict.wrong", picked, guess.value()));
        why.set(d.reasons().stream().map(PredictViewModel::text).collect(Collectors.joining("\n")));
    }

    private static String text(Reason r) {
        return I18n.t(r.key(), r.args().toArray());
    }

    /** Predictions that were right. */
    public ReadOnlyIntegerProperty rightProperty() {
        return right.getReadOnlyProperty();
    }

    /** Predictions revealed so far. */
    public ReadOnlyIntegerProperty askedProperty() {
        return asked.getReadOnlyProperty();
    }

    /** Whether a guess waits for its request's decision. */
    public ReadOnlyBooleanProperty waitingProperty() {
        return waiting.getReadOnlyProperty();
    }

    /** "✓ s2 — you said s2" or "× s3 — you said s1"; empty before the first reveal. */
    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** The algorithm's reasons for the pick, one per line. */
    public ReadOnlyStringProperty whyProperty() {
        return why.getReadOnlyProperty();
    }
}
