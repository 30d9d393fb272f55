package dev.balancelab.ui.timeline;

import static dev.balancelab.ui.common.Styles.styled;

import dev.balancelab.ui.common.I18n;
import dev.balancelab.ui.common.LabRecording;
import dev.balancelab.ui.common.SteadyLabel;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The timeline over the canvas's bottom right corner: a scrub bar over the recorded minutes of lab time, where the
 * window is (live, or the replayed lab time or pick) and Live. Keys: Shift+Left / Shift+Right scrub one second, End
 * returns to the live lab. {@link #badge()} labels the canvas while a replay is shown.
 */
public final class TimelineBar extends HBox {
    /** The scrub bar's width, px: the bar sits over the canvas's corner beside the legend. */
    private static final double SLIDER_WIDTH = 120;

    private final TimelineViewModel vm;
    private final Slider slider = new Slider();
    private final EventHandler<KeyEvent> keys = this::onKey;
    private final ChangeListener<Number> onLatest = (o, was, now) -> follow();
    /** Whether the slider is being moved by the lab, not by the user. */
    private boolean following;

    /** Builds the bar for {@code vm}. */
    public TimelineBar(TimelineViewModel vm) {
        this.vm = vm;
        setId("timeline-bar");
        getStyleClass().add("timeline-bar");
        slider.setId("timeline-slider");
        slider.setTooltip(new Tooltip(I18n.t("timeline.slider.tooltip")));
        slider.minProperty().bind(vm.earliestProperty());
        slider.maxProperty().bind(vm.latestProperty());
        slider.setPrefWidth(SLIDER_WIDTH);
        Label state = styled(new SteadyLabel(), "timeline-state");
        state.setId("timeline-state");
        state.textProperty().bind(stateText(vm));
        Button live = new Button(I18n.t("timeline.live"));
        live.setId("timeline-live");
        live.setTooltip(new Tooltip(I18n.t("timeline.live.tooltip")));
        live.setOnAction(e -> vm.live());
        live.disableProperty().bind(vm.replayProperty().isNull());
        live.setMinWidth(Region.USE_PREF_SIZE);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        getChildren().addAll(slider, state, live);
        follow();
        // weak: the window builds a new bar for every replay, the view model lives as long as the lab
        vm.latestProperty().addListener(new WeakChangeListener<>(onLatest));
        slider.valueProperty().addListener((o, was, now) -> {
            if (!following && !slider.isValueChanging()) {
                vm.scrubTo(now.doubleValue());
            }
        });
        slider.valueChangingProperty().addListener((o, was, changing) -> {
            if (!changing) {
                vm.scrubTo(slider.getValue());
            }
        });
        sceneProperty().addListener((o, old, scene) -> moveShortcuts(old, scene));
    }

    /** A label for the canvas while a replay is shown ("Replay at 12.4 s"); invisible while live. */
    public static Label badge(TimelineViewModel vm) {
        Label badge = styled(new Label(), "timeline-badge");
        badge.setId("timeline-badge");
        badge.textProperty().bind(stateText(vm));
        badge.visibleProperty().bind(vm.replayProperty().isNotNull());
        badge.setMouseTransparent(true);
        return badge;
    }

    private static StringBinding stateText(TimelineViewModel vm) {
        return Bindings.createStringBinding(
                () -> text(vm.replayProperty().get(), vm.latestProperty().get()),
                vm.replayProperty(),
                vm.latestProperty());
    }

    private static String text(LabRecording.Replay replay, double latest) {
        if (replay == null) {
            return I18n.t("timeline.state.live", seconds(latest));
        }
        String at = seconds(replay.moment().nanos() / 1e9);
        return replay.decision() < 0
                ? I18n.t("timeline.state.replay", at)
                : I18n.t("timeline.state.pick", replay.decision() + 1, at);
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.1f", s);
    }

    /** Puts the slider where the window is: the replayed time, or the latest while live. */
    private void follow() {
        if (slider.isValueChanging()) {
            return;
        }
        following = true;
        slider.setValue(vm.shownSeconds());
        following = false;
    }

    private void moveShortcuts(Scene old, Scene scene) {
        if (old != null) {
            old.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        }
        if (scene != null) {
            scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        }
    }

    private void onKey(KeyEvent e) {
        // no scene when the key just replaced the window content, this bar included (a replay)
        if (getScene() == null || getScene().getFocusOwner() instanceof TextInputControl) {
            return;
        }
        if (e.isShiftDown() && (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT)) {
            vm.scrubBy(
                    e.getCode() == KeyCode.LEFT
                            ? TimelineViewModel.KEY_STEP_SECONDS
                            : -TimelineViewModel.KEY_STEP_SECONDS);
            e.consume();
        } else if (e.getCode() == KeyCode.END) {
            vm.live();
            e.consume();
        }
    }
}
