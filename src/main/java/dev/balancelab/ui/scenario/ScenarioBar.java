package dev.balancelab.ui.scenario;

import static dev.balancelab.ui.common.Styles.styled;

import dev.balancelab.ui.common.I18n;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The scenario bar under the canvas: "Scenario", a lab-time axis with one marker per event and a moving playhead,
 * and the lab time now. Hidden when the topology has no scenario.
 */
public final class ScenarioBar extends HBox {
    /** Builds the bar for {@code vm}. */
    public ScenarioBar(ScenarioViewModel vm) {
        setId("scenario-bar");
        getStyleClass().add("scenario-bar");
        Label title = styled(new Label(I18n.t("scenario.title")), "scenario-title");
        title.setTooltip(new Tooltip(I18n.t("scenario.tooltip")));
        ScenarioTrack track = new ScenarioTrack(vm);
        HBox.setHgrow(track, Priority.ALWAYS);
        Label now = styled(new Label(), "scenario-now");
        now.textProperty().bind(vm.nowProperty().map(s -> I18n.t("health.seconds", s)));
        now.setTooltip(new Tooltip(I18n.t("scenario.now.tooltip")));
        // the title and the clock keep their whole text; the track takes what is left
        title.setMinWidth(Region.USE_PREF_SIZE);
        now.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(title, track, now);
        setVisible(vm.hasScenario());
        setManaged(vm.hasScenario());
    }
}
