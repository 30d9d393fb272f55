package dev.balancelab.ui.topology;

import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/** The canvas's mouse gestures for the view: Ctrl+wheel zooms, dragging the background pans. */
final class ZoomPan {
    private final Node viewport;
    private final TopologyView view;
    private double lastX;
    private double lastY;

    ZoomPan(Node viewport, TopologyView view) {
        this.viewport = viewport;
        this.view = view;
    }

    void install() {
        viewport.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() && e.getDeltaY() != 0) {
                view.zoom(e.getDeltaY() > 0 ? 1 : -1);
                e.consume();
            }
        });
        viewport.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            lastX = e.getSceneX();
            lastY = e.getSceneY();
        });
        viewport.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                view.pan(e.getSceneX() - lastX, e.getSceneY() - lastY);
                lastX = e.getSceneX();
                lastY = e.getSceneY();
            }
        });
    }
}
