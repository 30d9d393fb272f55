package dev.balancelab.ui.topology;

import dev.balancelab.ui.common.CanvasStyle;
import dev.balancelab.ui.common.I18n;
import java.util.Arrays;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;

/**
 * The top layer of the topology view: one mouse-transparent canvas that redraws every request dot each pulse they move,
 * batched by colour, each dot a blit of a disc pre-rendered per colour at the view's scale, over the chips' in-flight
 * bars ({@link LoadBars}). A dot whose centre rounds to the same pixel as a dot of its colour already drawn this frame
 * is skipped: it would move the picture by less than a pixel, and under load most dots wait in a pile at their server,
 * so a pile costs one blit instead of hundreds. An empty frame after an empty frame is not drawn at all,
 * so that without dots the canvas does not make the whole topology view repaint every pulse.
 */
public final class DotLayer extends Canvas {
    private Affine view = new Affine();
    /** Looked-up CSS colour of each colour code ({@link DotBuffer#OUTBOUND} …); {@link DotLegend} uses the same. */
    static final String[] COLOURS = {
        "-lab-dot-request", "-lab-dot-retry", "-lab-dot-ok", "-lab-dot-failed", "-lab-dot-none"
    };

    private static final double RING_GAP = 4;
    /** The frozen pick's dot (step mode) is ringed this many radii out, so a class sees it from the back. */
    private static final double FOCUS_RING = 2.6;
    /** Code of the retry rings in {@link #drawnAt}, after the colour codes. */
    private static final int RING = DotBuffer.COLOURS;

    private final Color[] fills = new Color[DotBuffer.COLOURS];
    private double radius = 6;
    /** The dot of each colour code, pre-rendered at {@link #spriteScale} device px per canvas px. */
    private final Image[] sprites = new Image[DotBuffer.COLOURS];

    private double spriteScale = Double.NaN;
    private int drawn;
    /** Whether the last frame drew an in-flight bar. */
    private boolean barsShown;
    /** The pixels drawn this frame, per colour code (dots and rings of a frame at the cap). */
    private final PixelSet drawnAt = new PixelSet(2 * TopologyViewModel.MAX_DOTS);

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
        spriteScale = Double.NaN;
    }

    /** Dots shown by the last frame, each dot of a pile counted (tests and the status line read it). */
    public int drawnDots() {
        return drawn;
    }

    /** Draws from now on through {@code view} (canvas px to this layer's px), which the owner may change later. */
    void setTransform(Affine view) {
        this.view = view;
    }

    /** Draws the dots, and under them the chips' in-flight {@code bars}; nothing if all is and was empty. */
    void draw(DotBuffer dots, StorageDots storage, LoadBars bars, Geometry g) {
        boolean anyBar = bars.any();
        if (drawn == 0 && !barsShown && dots.liveCount() == 0 && storage.liveCount() == 0 && !anyBar) {
            return;
        }
        barsShown = anyBar;
        GraphicsContext gc = getGraphicsContext2D();
        gc.setTransform(new Affine());
        gc.clearRect(0, 0, getWidth(), getHeight());
        gc.setTransform(view);
        bars.draw(gc);
        gc.setTransform(new Affine());
        drawnAt.clear();
        int n = dots.highWater();
        double ring = radius + RING_GAP;
        prepareSprites();
        for (int c = 0; c < DotBuffer.COLOURS; c++) {
            for (int i = 0; i < n; i++) {
                if (dots.live(i) && dots.colour(i) == c && drawnAt.add(c, dots.x(i), dots.y(i))) {
                    stamp(gc, c, dots.x(i), dots.y(i));
                }
            }
            for (int i = 0; i < storage.highWater(); i++) {
                if (storage.live(i) && storage.colour(i) == c && drawnAt.add(c, storage.x(i), storage.y(i))) {
                    stamp(gc, c, storage.x(i), storage.y(i));
                }
            }
        }
        gc.setTransform(view);
        drawFocus(gc, dots);
        gc.setStroke(fills[DotBuffer.RETRY]);
        gc.setLineWidth(2);
        for (int i = 0; i < n; i++) {
            if (dots.live(i) && dots.retry(i) && drawnAt.add(RING, dots.x(i), dots.y(i))) {
                gc.strokeOval(dots.x(i) - ring, dots.y(i) - ring, 2 * ring, 2 * ring);
            }
        }
        drawn = dots.liveCount() + storage.liveCount();
        badge(dots, g, Geometry.REAL_CLIENTS, "topology.realClients");
        badge(dots, g, Geometry.EXTERNAL, "topology.externalBalancer");
    }

    /**
     * Draws the dot sprite of colour {@code c} centred on canvas point ({@code x}, {@code y}), at whole device pixels
     * (the graphics context holds the identity transform): one unscaled blit.
     */
    private void stamp(GraphicsContext gc, int c, double x, double y) {
        double half = sprites[c].getWidth() / 2;
        double px = view.getMxx() * x + view.getMxy() * y + view.getTx();
        double py = view.getMyx() * x + view.getMyy() * y + view.getTy();
        gc.drawImage(sprites[c], Math.rint(px - half), Math.rint(py - half));
    }

    /**
     * One antialiased disc per colour, rendered once at the view's scale (again when the zoom or the theme changes):
     * each dot is then a blit of a few dozen pixels instead of an oval rasterised again, which is what a software
     * renderer spent most of the dot canvas's time on (BENCHMARKS.md, "Frame time at 100 servers: frame time").
     */
    private void prepareSprites() {
        double scale = Math.hypot(view.getMxx(), view.getMyx());
        if (scale == spriteScale) {
            return;
        }
        spriteScale = scale;
        double d = 2 * radius * scale;
        int size = (int) Math.ceil(d) + 2;
        Canvas disc = new Canvas(size, size);
        GraphicsContext gc = disc.getGraphicsContext2D();
        SnapshotParameters transparent = new SnapshotParameters();
        transparent.setFill(Color.TRANSPARENT);
        for (int c = 0; c < sprites.length; c++) {
            gc.clearRect(0, 0, size, size);
            gc.setFill(fills[c]);
            gc.fillOval((size - d) / 2, (size - d) / 2, d, d);
            sprites[c] = disc.snapshot(transparent, null);
        }
    }

    /**
     * The dashed badge where real requests come from (real clients through the lab's proxy, or an external balancer
     * such as real nginx), once one came: not a card of the topology, so it looks different from the simulated
     * clients.
     */
    private void badge(DotBuffer dots, Geometry g, int entrance, String key) {
        if (!dots.seen(entrance)) {
            return;
        }
        GraphicsContext gc = getGraphicsContext2D();
        double w = Geometry.CLIENT_W;
        double h = Geometry.CLIENT_H / 2;
        double x = g.entranceX(entrance) - w / 2;
        double y = g.entranceY() - h / 2;
        gc.setStroke(fills[DotBuffer.OUTBOUND]);
        gc.setFill(fills[DotBuffer.OUTBOUND]);
        gc.setLineWidth(1.5);
        gc.setLineDashes(6, 4);
        gc.strokeRoundRect(x, y, w, h, 10, 10);
        gc.setLineDashes();
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(I18n.t(key), x + w / 2, y + h / 2, w - 8);
    }

    /** A thick ring around the dot of the pick step mode froze at, in the request colour. */
    private void drawFocus(GraphicsContext gc, DotBuffer dots) {
        int f = dots.focus();
        if (f < 0) {
            return;
        }
        double r = radius * FOCUS_RING;
        gc.setStroke(fills[DotBuffer.OUTBOUND]);
        gc.setLineWidth(Math.max(3, radius / 2));
        gc.strokeOval(dots.x(f) - r, dots.y(f) - r, 2 * r, 2 * r);
    }
}
