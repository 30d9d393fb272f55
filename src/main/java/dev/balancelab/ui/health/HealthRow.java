package dev.balancelab.ui.health;

import static dev.balancelab.ui.common.Styles.styled;

import dev.balancelab.domain.HealthState;
import dev.balancelab.ui.common.HealthStyles;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One server in the heartbeat monitor: name, state badge, misses, RTT, the heartbeat timeline and the detection
 * time.
 */
final class HealthRow extends VBox {
    private final HeartbeatTimeline timeline;

    HealthRow(HealthRowModel row) {
        setId("health-" + row.id());
        getStyleClass().addAll("panel-card", "health-row");
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

        timeline = new HeartbeatTimeline(row);
        Tooltip.install(
                timeline,
                new Tooltip("The last 30 s of lab time, newest on the right. Ticks: heartbeats"
                        + " (short green answered, tall red missed). Bands: health state. Lines: injected failures (dark)"
                        + " and revives (blue)."));
        Label detection = styled(new Label(), "health-detection");
        detection.textProperty().bind(row.detectionProperty());
        detection.setWrapText(true);
        detection.setMinHeight(Region.USE_PREF_SIZE);
        detection.managedProperty().bind(detection.textProperty().isNotEmpty());
        detection.setTooltip(new Tooltip("Measured from the injection to the state change, in lab time, next to"
                + " the health check's own bound: fall (or rise) heartbeats, one interval apart"));
        getChildren().addAll(header, timeline, detection);
        HealthStyles.showState(badge, HealthState.UP);
    }

    /** Redraws the timeline up to {@code labNanos} if that moves it by a pixel or more, or it has new entries. */
    void draw(long labNanos) {
        timeline.frame(labNanos);
    }
}
