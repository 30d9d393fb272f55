package dev.balancelab.ui.health;

import static dev.balancelab.ui.common.Styles.styled;

import dev.balancelab.domain.HealthState;
import dev.balancelab.ui.common.HealthStyles;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One server in the heartbeat monitor: name, state badge, misses, RTT, the heartbeat strip and detection time. */
final class HealthRow extends VBox {
    private static final PseudoClass BEAT_OK = PseudoClass.getPseudoClass("ok");
    private static final PseudoClass BEAT_MISSED = PseudoClass.getPseudoClass("missed");
    private final HBox strip = new HBox();

    HealthRow(HealthRowModel row) {
        setId("health-" + row.id());
        getStyleClass().add("health-row");
        Label name = styled(new Label(row.name()), "health-name");
        Label badge = styled(new Label(), "state-badge");
        badge.setId("health-state-" + row.id());
        badge.textProperty().bind(row.stateProperty().asString());
        badge.setTooltip(new Tooltip("UP: picked · SUSPECT: missing heartbeats, still picked · DOWN: not picked"
                + " · EJECTED: removed by outlier detection for a while"));
        row.stateProperty().addListener((obs, old, state) -> HealthStyles.showState(badge, state));
        Label misses = styled(new Label(), "health-figure");
        misses.textProperty().bind(row.missesProperty().map(m -> "misses " + m));
        misses.setTooltip(new Tooltip("Missed heartbeats in a row / fall threshold (misses that mark it DOWN)"));
        Label rtt = styled(new Label(), "health-figure");
        rtt.textProperty().bind(row.rttProperty().map(r -> "rtt " + r));
        rtt.setTooltip(new Tooltip("Round trip of the last heartbeat (lab time)"));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(name, badge, gap, misses, rtt);
        header.getStyleClass().add("health-header");

        strip.getStyleClass().add("beat-strip");
        Tooltip.install(strip, new Tooltip("The last " + HealthRowModel.STRIP
                + " heartbeats, newest on the right: green answered in time, red missed"));
        for (int i = 0; i < HealthRowModel.STRIP; i++) {
            strip.getChildren().add(styled(new Region(), "beat"));
        }
        row.beats().addListener((ListChangeListener<Boolean>) c -> showBeats(row));

        Label detection = styled(new Label(), "health-detection");
        detection.textProperty().bind(row.detectionProperty());
        getChildren().addAll(header, strip, detection);
        HealthStyles.showState(badge, HealthState.UP);
    }

    /** Colours the strip's ticks right-aligned: the newest heartbeat is always the rightmost tick. */
    private void showBeats(HealthRowModel row) {
        int offset = HealthRowModel.STRIP - row.beats().size();
        for (int i = 0; i < HealthRowModel.STRIP; i++) {
            Region tick = (Region) strip.getChildren().get(i);
            Boolean ok = i < offset ? null : row.beats().get(i - offset);
            tick.pseudoClassStateChanged(BEAT_OK, Boolean.TRUE.equals(ok));
            tick.pseudoClassStateChanged(BEAT_MISSED, Boolean.FALSE.equals(ok));
        }
    }
}
