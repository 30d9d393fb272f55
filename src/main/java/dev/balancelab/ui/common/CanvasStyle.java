package dev.balancelab.ui.common;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.scene.Scene;
import javafx.scene.layout.Background;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * Colours and sizes for code-drawn canvases, read from the scene's CSS so that they follow the theme and projector
 * mode: an invisible probe region (style class {@code canvas-style}) resolves looked-up colours such as
 * {@code -lab-link}, and its top {@code -fx-padding} is the request dots' radius in px. Whenever the scene's
 * stylesheets change, {@code onChange} runs so the owner can re-read and redraw.
 */
public final class CanvasStyle {
    private static final Color MISSING = Color.MAGENTA;
    private final Region probe = new Region();
    private final InvalidationListener restyle;

    /**
     * Adds the probe to {@code host} (unmanaged, transparent, mouse-transparent).
     *
     * @param onChange runs on the FX thread soon after the host enters a scene and after every stylesheet change
     */
    public CanvasStyle(Pane host, Consumer<CanvasStyle> onChange) {
        probe.getStyleClass().add("canvas-style");
        probe.setManaged(false);
        probe.setMouseTransparent(true);
        probe.setOpacity(0);
        host.getChildren().add(probe);
        restyle = o -> Platform.runLater(() -> onChange.accept(this));
        host.sceneProperty().addListener((obs, old, scene) -> watch(old, scene));
        watch(null, host.getScene());
    }

    private void watch(Scene old, Scene scene) {
        if (old != null) {
            old.getStylesheets().removeListener(restyle);
        }
        if (scene == null) {
            return;
        }
        scene.getStylesheets().addListener(restyle);
        if (!scene.getStylesheets().isEmpty()) {
            restyle.invalidated(scene.getStylesheets());
        }
    }

    /** The colour the looked-up name (for example {@code "-lab-dot-ok"}) has now; magenta if it is undefined. */
    public Color color(String lookedUpName) {
        probe.setStyle("-fx-background-color: " + lookedUpName + ";");
        probe.applyCss();
        Background background = probe.getBackground();
        Paint fill = background == null || background.getFills().isEmpty()
                ? MISSING
                : background.getFills().get(0).getFill();
        return fill instanceof Color c ? c : MISSING;
    }

    /** The request dots' radius in px ({@code .canvas-style { -fx-padding: … }}, top). */
    public double dotRadius() {
        probe.applyCss();
        return probe.getPadding().getTop();
    }
}
