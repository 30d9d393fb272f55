package dev.balancelab.ui.shell;

import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Presentation mode (F5) for one window's root: full screen; the menus, toolbars and lesson banner ({@code chrome})
 * leave the top and fold into an overlay over the content that shows on mouse move and hides after a few seconds; all
 * text grows to {@link #textPx} px at least. Esc (leaving full screen) ends it.
 */
final class Presentation {
    /** Smallest text at a 720 and at a 1080 px high screen, px; linear between, constant outside. */
    static final double SMALL_SCREEN_PX = 16;

    static final double LARGE_SCREEN_PX = 24;
    private static final double SMALL_SCREEN = 720;
    private static final double LARGE_SCREEN = 1080;
    private static final Duration OVERLAY_SHOWN = Duration.seconds(2.5);

    private final BorderPane root;
    private final VBox chrome;
    private final StackPane content;
    private final Appearance appearance;
    private final PauseTransition hide = new PauseTransition(OVERLAY_SHOWN);
    private final ChangeListener<Boolean> onMode = (obs, old, on) -> apply();
    private final ChangeListener<Boolean> onFullScreen = (obs, old, full) -> {
        if (!full) {
            leave();
        }
    };
    private final ChangeListener<Scene> onScene = (obs, old, scene) -> apply();

    Presentation(BorderPane root, VBox chrome, StackPane content, Appearance appearance) {
        this.root = root;
        this.chrome = chrome;
        this.content = content;
        this.appearance = appearance;
    }

    /** The smallest text for a screen {@code height} px high. */
    static double textPx(double height) {
        double t = (height - SMALL_SCREEN) / (LARGE_SCREEN - SMALL_SCREEN);
        return SMALL_SCREEN_PX + Math.max(0, Math.min(1, t)) * (LARGE_SCREEN_PX - SMALL_SCREEN_PX);
    }

    /** Follows the mode from now on (the listeners are weak: the window's controller keeps this object). */
    void install() {
        appearance.presentationProperty().addListener(new WeakChangeListener<>(onMode));
        root.sceneProperty().addListener(new WeakChangeListener<>(onScene));
        content.addEventFilter(MouseEvent.MOUSE_MOVED, e -> showOverlay());
        hide.setOnFinished(e -> chrome.setVisible(chrome.isHover()));
        StackPane.setAlignment(chrome, Pos.TOP_CENTER);
        apply();
    }

    private void apply() {
        Stage stage = root.getScene() == null ? null : (Stage) root.getScene().getWindow();
        boolean on = appearance.presentationProperty().get();
        if (on && stage != null) {
            stage.setFullScreenExitHint("");
            stage.setFullScreen(true);
            stage.fullScreenProperty().addListener(new WeakChangeListener<>(onFullScreen));
            double px = textPx(stage.getHeight());
            appearance.textPxProperty().set(px);
            root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", px));
        }
        fold(on);
        if (!on && stage != null && stage.isFullScreen()) {
            stage.setFullScreen(false);
        }
    }

    /** Puts the chrome into the overlay (hidden until the mouse moves) or back at the top. */
    private void fold(boolean on) {
        if (on && root.getTop() == chrome) {
            root.setTop(null);
            chrome.setVisible(false);
            content.getChildren().add(chrome);
            chrome.setMaxHeight(VBox.USE_PREF_SIZE);
        } else if (!on && root.getTop() != chrome) {
            content.getChildren().remove(chrome);
            chrome.setVisible(true);
            root.setTop(chrome);
            root.setStyle("");
        }
    }

    private void showOverlay() {
        if (appearance.presentationProperty().get()) {
            chrome.setVisible(true);
            hide.playFromStart();
        }
    }

    private void leave() {
        appearance.presentationProperty().set(false);
    }
}
