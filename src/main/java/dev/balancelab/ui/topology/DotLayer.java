package dev.balancelab.ui.topology;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The top layer of the topology view: one mouse-transparent canvas that redraws every request dot each pulse,
 * batched by colour (one fill colour set per batch, no save/restore per dot).
 */
public final class DotLayer extends Canvas {
    static final double RADIUS = 6;
    static final double RING_RADIUS = 10;
    private static final Color[] FILLS = {
        Color.web("#2f6fde"), // OUTBOUND: first attempt on its way
        Color.web("#f08c00"), // RETRY
        Color.web("#2b9a48"), // OK
        Color.web("#e03131"), // FAILED: reset or rejected
        Color.web("#868e96"), // NO_SERVER
    };

    private int drawn;

    /** A transparent layer; size it with its parent. */
    public DotLayer() {
        setMouseTransparent(true);
        setManaged(false);
    }

    /** The fill of dots of this colour code ({@link DotBuffer#OUTBOUND} …). */
    static Color fill(int colour) {
        return FILLS[colour];
    }

    /** Dots drawn by the last frame (tests and the status line read it). */
    public int drawnDots() {
        return drawn;
    }

    void draw(DotBuffer dots) {
        GraphicsContext gc = getGraphicsContext2D();
        gc.clearRect(0, 0, getWidth(), getHeight());
        int n = dots.highWater();
        for (int c = 0; c < DotBuffer.COLOURS; c++) {
            gc.setFill(FILLS[c]);
            for (int i = 0; i < n; i++) {
                if (dots.live(i) && dots.colour(i) == c) {
                    gc.fillOval(dots.x(i) - RADIUS, dots.y(i) - RADIUS, 2 * RADIUS, 2 * RADIUS);
                }
            }
        }
        gc.setStroke(FILLS[DotBuffer.RETRY]);
        gc.setLineWidth(2);
        for (int i = 0; i < n; i++) {
            if (dots.live(i) && dots.retry(i)) {
                gc.strokeOval(dots.x(i) - RING_RADIUS, dots.y(i) - RING_RADIUS, 2 * RING_RADIUS, 2 * RING_RADIUS);
            }
        }
        drawn = dots.liveCount();
    }
}
