package dev.balancelab.ui.topology;

import dev.balancelab.ui.common.CanvasStyle;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.transform.Affine;

/** The bottom layer of the topology view: the links, drawn once per topology or size change (a cached canvas). */
public final class LinkLayer extends Canvas {
    private Affine view = new Affine();
    private Color link = Color.GRAY;

    /** An empty layer; size it with its parent. */
    public LinkLayer() {
        setMouseTransparent(true);
        setManaged(false);
    }

    /** Re-reads the link colour from the theme ({@code -lab-link}); call {@link #redraw} next. */
    void restyle(CanvasStyle style) {
        link = style.color("-lab-link");
    }

    /** Draws from now on through {@code view} (canvas px to this layer's px), which the owner may change later. */
    void setTransform(Affine view) {
        this.view = view;
    }

    void redraw(Geometry g) {
        GraphicsContext gc = getGraphicsContext2D();
        gc.setTransform(new Affine());
        gc.clearRect(0, 0, getWidth(), getHeight());
        gc.setTransform(view);
        gc.setStroke(link);
        gc.setLineWidth(3);
        gc.setLineCap(StrokeLineCap.ROUND);
        for (int i = 0; i < g.clientCount(); i++) {
            gc.strokeLine(g.clientOutX(i), g.clientY(i), g.balancerInX(), g.balancerY());
        }
        for (int i = 0; i < g.serverCount(); i++) {
            gc.strokeLine(g.balancerOutX(), g.balancerY(), g.serverInX(i), g.serverY(i));
        }
        gc.setLineWidth(1);
        for (int i = 0; i < g.serverCount(); i++) {
            for (int j = 0; j < g.storageCount(); j++) {
                gc.strokeLine(g.serverOutX(i), g.serverY(i), g.storageInX(j), g.storageY(j));
            }
        }
    }
}
