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
import javafx.scene.text.Text;

/**
 * Colours and sizes for code-drawn canvases, read from the scene's CSS so that they follow the theme and projector
 * mode: an invisible probe region (style class {@code canvas-style}) resolves looked-up colours such as
 * {@code -lab-link}, and its top {@code -fx-padding} is the request dots' radius in px; an invisible text (style class
 * {@code canvas-text}) gives the size of the smallest text drawn on a side panel's canvas, which presentation mode
 * raises to the window's minimum (16 px at 720 p, 24 px at 1080 p). Whenever the scene's stylesheets or that size
 * change, {@code onChange} runs so the owner can re-read and redraw.
 */
public final class CanvasStyle {
    private static final Color MISSING = Color.MAGENTA;
    private final Region probe = new Region();
    private final Text textProbe = new Text();
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
        textProbe.getStyleClass().add("canvas-text");
        textProbe.setManaged(false);
        textProbe.setMouseTransparent(true);
        textProbe.setOpacity(0);
        host.getChildren().addAll(probe, textProbe);
        restyle = o -> Platform.runLater(() -> onChange.accept(this));
        // presentation mode sets the root's font size inline, after the stylesheets change
        textProbe.fontProperty().addListener(restyle);
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

    /**
     * The size of the smallest text drawn on a canvas, px ({@code .canvas-text { -fx-font-size: … }}): 12 px, in
     * presentation mode the window's smallest text.
     */
    public double textPx() {
        textProbe.applyCss();
        return textProbe.getFont().getSize();
    }

    /** The request dots' radius in px ({@code .canvas-style { -fx-padding: … }}, top). */
    public double dotRadius() {
        probe.applyCss();
        return probe.getPadding().getTop();
    }
}
