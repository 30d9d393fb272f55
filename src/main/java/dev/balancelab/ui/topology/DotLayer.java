package dev.balancelab.ui.topology;

import dev.balancelab.ui.common.CanvasStyle;
import java.util.Arrays;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The top layer of the topology view: one mouse-transparent canvas that redraws every request dot each pulse,
 * batched by colour (one fill colour set per batch, no save/restore per dot). A dot whose centre rounds to the same
 * pixel as a dot of its colour already drawn this frame is skipped: it would move the picture by less than a pixel,
 * and under load most dots wait in a pile at their server, so a pile costs one oval instead of hundreds (software
 * rendering spends nearly all of a frame rasterising ovals).
 */
public final class DotLayer extends Canvas {
    /** Looked-up CSS colour of each colour code ({@link DotBuffer#OUTBOUND} …); {@link DotLegend} uses the same. */
    static final String[] COLOURS = {"-lab-dot-request", "-lab-dot-retry", "-lab-dot-ok", "-lab-dot-failed",
        "-lab-dot-none"};
    private static final double RING_GAP = 4;
    /** Code of the retry ring in the skip table, after the colour codes. */
    private static final int RING = DotBuffer.COLOURS;
    /** Slots of the skip table: a power of two, at least twice the dots and rings of a frame at the cap. */
    private static final int SLOTS = Integer.highestOneBit(4 * TopologyViewModel.MAX_DOTS - 1) << 1;

    private final Color[] fills = new Color[DotBuffer.COLOURS];
    private double radius = 6;
    private int drawn;
    /** Open-addressing set of the (code, pixel) pairs drawn this frame; a slot is taken when its stamp is the frame. */
    private final long[] drawnAt = new long[SLOTS];
    private final int[] stamp = new int[SLOTS];
    private int frame;

    /** A transparent layer; size it with its parent. */
    public DotLayer() {
        Arrays.fill(fills, Color.GRAY);
        setMouseTransparent(true);
        setManaged(false);
    }

    /** Re-reads the dot colours and radius from the theme. */
    void restyle(CanvasStyle style) {
        for (int c = 0; c < fills.length; c++) {
            fills[c] = style.color(COLOURS[c]);
        }
        radius = style.dotRadius();
    }

    /** Dots shown by the last frame, each dot of a pile counted (tests and the status line read it). */
    public int drawnDots() {
        return drawn;
    }

    void draw(DotBuffer dots) {
        GraphicsContext gc = getGraphicsContext2D();
        gc.clearRect(0, 0, getWidth(), getHeight());
        frame++;
        int n = dots.highWater();
        double ring = radius + RING_GAP;
        for (int c = 0; c < DotBuffer.COLOURS; c++) {
            gc.setFill(fills[c]);
            for (int i = 0; i < n; i++) {
                if (dots.live(i) && dots.colour(i) == c && firstAt(c, dots.x(i), dots.y(i))) {
                    gc.fillOval(dots.x(i) - radius, dots.y(i) - radius, 2 * radius, 2 * radius);
                }
            }
        }
        gc.setStroke(fills[DotBuffer.RETRY]);
        gc.setLineWidth(2);
        for (int i = 0; i < n; i++) {
            if (dots.live(i) && dots.retry(i) && firstAt(RING, dots.x(i), dots.y(i))) {
                gc.strokeOval(dots.x(i) - ring, dots.y(i) - ring, 2 * ring, 2 * ring);
            }
        }
        drawn = dots.liveCount();
    }

    /** Whether nothing with {@code code} was drawn this frame on the pixel of ({@code x}, {@code y}) (px); marks it. */
    private boolean firstAt(int code, double x, double y) {
        long key = (long) code << 48 | (Math.round(x) & 0xFF_FFFFL) << 24 | Math.round(y) & 0xFF_FFFFL;
        int slot = Long.hashCode(key * 0x9E37_79B9_7F4A_7C15L) & (SLOTS - 1);
        for (int probes = 0; probes < SLOTS && stamp[slot] == frame; probes++) {
            if (drawnAt[slot] == key) {
                return false;
            }
            slot = (slot + 1) & (SLOTS - 1);
        }
        stamp[slot] = frame;
        drawnAt[slot] = key;
        return true;
    }
}
