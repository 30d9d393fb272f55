package dev.balancelab.ui.health;

import static dev.balancelab.ui.common.Styles.styled;

import dev.balancelab.domain.HealthState;
import dev.balancelab.ui.common.HealthStyles;
import dev.balancelab.ui.common.I18n;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One server in the heartbeat monitor: name, state badge, misses, RTT, the heartbeat timeline and the detection
 * time.
 */
final class HealthRow extends VBox {
    private final HeartbeatTimeline timeline;
    /**
     * Whether the row is in the panel's view: the figures that change at every heartbeat (misses, round trip, last
     * beat) follow only then, and catch up when it scrolls into view. With 100 servers, 100 rows' figures changing at
     * each heartbeat laid out the whole list again (BENCHMARKS.md "Frame time at 100 servers: steady figures").
     */
    private final BooleanProperty shown = new SimpleBooleanProperty(true);

    HealthRow(HealthRowModel row) {
        getStyleClass().addAll("panel-card", "health-row");
        Label name = styled(new Label(row.name()), "health-name");
        Label badge = styled(new Label(), "state-badge");
        badge.setId("health-state-" + row.id());
        badge.textProperty().bind(row.stateProperty().map(s -> I18n.t("state." + s.name())));
        badge.setTooltip(new Tooltip(I18n.t("health.badge.tooltip")));
        row.stateProperty().addListener((obs, old, state) -> HealthStyles.showState(badge, state));
        Label misses = styled(new Label(), "health-figure");
        misses.textProperty()
                .bind(row.missesProperty().map(m -> I18n.t("health.misses", m)).when(shown));
        misses.setTooltip(new Tooltip(I18n.t("health.misses.tooltip")));
        Label rtt = styled(new Label(), "health-figure");
        rtt.textProperty()
                .bind(row.rttProperty().map(r -> I18n.t("health.rtt", r)).when(shown));
        rtt.setTooltip(new Tooltip(I18n.t("health.rtt.tooltip")));
        HBox title = styled(new HBox(name, badge), "health-title");
        if (row.backup()) {
            Label backup = styled(new Label(I18n.t("backup.card.badge")), "card-backup");
            backup.setTooltip(new Tooltip(I18n.t("backup.card.tooltip")));
            title.getChildren().add(backup);
        }
        HBox figures = styled(new HBox(), "health-figures");
        if (row.push()) {
            Label lastBeat = styled(new Label(), "health-figure");
            lastBeat.setId("last-beat-" + row.id());
            lastBeat.textProperty().bind(row.lastBeatProperty().when(shown));
            lastBeat.setTooltip(new Tooltip(I18n.t("push.health.lastBeat.tooltip")));
            figures.getChildren().add(lastBeat);
        } else {
            figures.getChildren().addAll(misses, rtt);
        }
        // a narrow panel (Chinese, presentation mode) puts the figures under the name instead of cutting them short
        FlowPane header = styled(new FlowPane(title, figures), "health-header");

        timeline = new HeartbeatTimeline(row);
        Tooltip.install(timeline, new Tooltip(I18n.t("health.timeline.tooltip")));
        Label detection = styled(new Label(), "health-detection");
        detection.textProperty().bind(row.detectionProperty());
        detection.setWrapText(true);
        detection.setMinHeight(Region.USE_PREF_SIZE);
        detection.managedProperty().bind(detection.textProperty().isNotEmpty());
        detection.setTooltip(new Tooltip(I18n.t("health.detection.tooltip")));
        getChildren().addAll(header, timeline, detection);
        HealthStyles.showState(badge, HealthState.UP);
    }

    /**
     * Redraws the timeline up to {@code labNanos} if that moves it by a pixel or more, or it has new entries, while the
     * row is {@code shown}; its figures follow only while shown.
     */
    void draw(long labNanos, boolean shown) {
        this.shown.set(shown);
        if (shown) {
            timeline.frame(labNanos);
        }
    }
}
