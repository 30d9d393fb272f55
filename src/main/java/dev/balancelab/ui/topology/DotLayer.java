package dev.balancelab.ui.topology;

import dev.balancelab.ui.common.CanvasStyle;
import dev.balancelab.ui.common.I18n;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.VPos;
import javafx.scene.image.ImageView;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;

/**
 * The top layer of the topology view: one mouse-transparent image, as large as the view, that shows every request dot
 * each pulse they move, over the chips' in-flight bars ({@link LoadBars}). The FX thread draws it in Java into a
 * {@link DotRaster}, each dot a copy of a disc pre-rendered per colour at the view's scale ({@link Sprite}), and
 * Prism uploads only the rectangles that changed; drawn on a canvas instead, the software renderer's clear of the
 * whole canvas and ~1,000 image draws a frame cost a fifth of its frame time (BENCHMARKS.md, "Frame time at 100
 * servers: the render thread"). A dot whose centre rounds to the same pixel as a dot of its colour already drawn this
 * frame is skipped: it would move the picture by less than a pixel, and under load most dots wait in a pile at their
 * server, so a pile costs one copy instead of hundreds. An empty frame after an empty frame is not drawn at all, so
 * that without dots the layer does not make the topology view repaint every pulse.
 */
public final class DotLayer extends ImageView {
    private Affine view = new Affine();
    /** Looked-up CSS colour of each colour code ({@link DotBuffer#OUTBOUND} …); {@link DotLegend} uses the same. */
    static final String[] COLOURS = {
        "-lab-dot-request", "-lab-dot-retry", "-lab-dot-ok", "-lab-dot-failed", "-lab-dot-none"
    };

    private static final double RING_GAP = 4;
    private static final double RING_WIDTH = 2;
    /** The frozen pick's dot (step mode) is ringed this many radii out, so a class sees it from the back. */
    private static final double FOCUS_RING = 2.6;
    /** Code of the retry rings in {@link #drawnAt}, after the colour codes. */
    private static final int RING = DotBuffer.COLOURS;

    private final Color[] fills = new Color[DotBuffer.COLOURS];
    private double radius = 6;
    /** The dot of each colour code, pre-rendered at {@link #spriteScale} device px per canvas px. */
    private final Sprite[] sprites = new Sprite[DotBuffer.COLOURS];
    /** The ring around a retried dot and the one around step mode's frozen pick, at {@link #spriteScale}. */
    private Sprite retryRing;

    private Sprite focusRing;
    /** The entrance badges drawn so far at {@link #spriteScale}, by their text's key. */
    private final Map<String, Sprite> badges = new HashMap<>();

    private double spriteScale = Double.NaN;
    private double width;
    private double height;
    private DotRaster raster = new DotRaster(1, 1);
    private int drawn;
    /** Whether the last frame drew an in-flight bar. */
    private boolean barsShown;
    /** The pixels drawn this frame, per colour code (dots and rings of a frame at the cap). */
    private final PixelSet drawnAt = new PixelSet(2 * TopologyViewModel.MAX_DOTS);

    /** A transparent layer; size it with {@link #follow}. */
    public DotLayer() {
        Arrays.fill(fills, Color.GRAY);
        setMouseTransparent(true);
        setManaged(false);
        setSmooth(false);
        setImage(raster.image());
    }

    /** Keeps the layer {@code width} × {@code height} px (its parent's size) from now on. */
    void follow(ObservableDoubleValue width, ObservableDoubleValue height) {
        InvalidationListener resize = o -> {
            this.width = width.get();
            this.height = height.get();
            fitRaster();
        };
        width.addListener(resize);
        height.addListener(resize);
        resize.invalidated(width);
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
        fitRaster();
        prepareSprites();
        raster.erase();
        bars.draw(this::fillBar);
        drawnAt.clear();
        int n = dots.highWater();
        for (int c = 0; c < DotBuffer.COLOURS; c++) {
            for (int i = 0; i < n; i++) {
                if (dots.live(i) && dots.colour(i) == c && drawnAt.add(c, dots.x(i), dots.y(i))) {
                    stamp(sprites[c], dots.x(i), dots.y(i));
                }
            }
            for (int i = 0; i < storage.highWater(); i++) {
                if (storage.live(i) && storage.colour(i) == c && drawnAt.add(c, storage.x(i), storage.y(i))) {
                    stamp(sprites[c], storage.x(i), storage.y(i));
                }
            }
        }
        if (dots.focus() >= 0) {
            stamp(focusRing, dots.x(dots.focus()), dots.y(dots.focus()));
        }
        for (int i = 0; i < n; i++) {
            if (dots.live(i) && dots.retry(i) && drawnAt.add(RING, dots.x(i), dots.y(i))) {
                stamp(retryRing, dots.x(i), dots.y(i));
            }
        }
        drawn = dots.liveCount() + storage.liveCount();
        badge(dots, g, Geometry.REAL_CLIENTS, "topology.realClients");
        badge(dots, g, Geometry.EXTERNAL, "topology.externalBalancer");
        raster.show();
    }

    /**
     * A raster of the layer's size in device px: a new one, empty, when the size or the screen's scale changed (the
     * view lays its cards out again and moves the dots, so the next frame draws them again).
     */
    private void fitRaster() {
        double scale = outputScale();
        int w = (int) Math.ceil(width * scale);
        int h = (int) Math.ceil(height * scale);
        if (w != raster.width() || h != raster.height()) {
            raster = new DotRaster(w, h);
            setImage(raster.image());
            setFitWidth(raster.width() / scale);
            setFitHeight(raster.height() / scale);
        }
    }

    /** Device px per layer px: the screen's scale (hi-DPI), 1 off screen. */
    private double outputScale() {
        return getScene() == null || getScene().getWindow() == null
                ? 1
                : getScene().getWindow().getOutputScaleX();
    }

    /** Fills a bar's rectangle, canvas px through the view, whole device pixels. */
    private void fillBar(Color colour, double x, double y, double w, double h) {
        int x0 = (int) Math.rint(deviceX(x, y));
        int y0 = (int) Math.rint(deviceY(x, y));
        int x1 = (int) Math.rint(deviceX(x + w, y + h));
        int y1 = (int) Math.rint(deviceY(x + w, y + h));
        raster.fill(x0, y0, x1 - x0, y1 - y0, premultiplied(colour));
    }

    /** Copies {@code sprite} centred on canvas point ({@code x}, {@code y}), at whole device pixels. */
    private void stamp(Sprite sprite, double x, double y) {
        raster.stamp(sprite, (int) Math.rint(deviceX(x, y) - sprite.width() / 2.0), (int)
                Math.rint(deviceY(x, y) - sprite.height() / 2.0));
    }

    private double deviceX(double x, double y) {
        return outputScale() * (view.getMxx() * x + view.getMxy() * y + view.getTx());
    }

    private double deviceY(double x, double y) {
        return outputScale() * (view.getMyx() * x + view.getMyy() * y + view.getTy());
    }

    /**
     * The sprites, rendered once at the view's scale (again when the zoom, the screen's scale or the theme changes):
     * each dot is then a copy of a few dozen pixels instead of an oval rasterised again.
     */
    private void prepareSprites() {
        double scale = outputScale() * Math.hypot(view.getMxx(), view.getMyx());
        if (scale == spriteScale) {
            return;
        }
        spriteScale = scale;
        for (int c = 0; c < sprites.length; c++) {
            sprites[c] = ring(fills[c], 2 * radius * scale, Double.NaN);
        }
        retryRing = ring(fills[DotBuffer.RETRY], 2 * (radius + RING_GAP) * scale, RING_WIDTH * scale);
        focusRing = ring(fills[DotBuffer.OUTBOUND], 2 * radius * FOCUS_RING * scale, Math.max(3, radius / 2) * scale);
        badges.clear();
    }

    /** A ring of {@code diameter} device px stroked {@code lineWidth} px wide, or a disc if the width is NaN. */
    private static Sprite ring(Color colour, double diameter, double lineWidth) {
        double stroke = Double.isNaN(lineWidth) ? 0 : lineWidth;
        int size = (int) Math.ceil(diameter + stroke) + 2;
        double at = (size - diameter) / 2;
        return Sprite.of(size, size, gc -> {
            if (Double.isNaN(lineWidth)) {
                gc.setFill(colour);
                gc.fillOval(at, at, diameter, diameter);
            } else {
                gc.setStroke(colour);
                gc.setLineWidth(lineWidth);
                gc.strokeOval(at, at, diameter, diameter);
            }
        });
    }

    /**
     * The dashed badge where real requests come from (real clients through the lab's proxy, or an external balancer
     * such as real nginx), once one came: not a card of the topology, so it looks different from the simulated
     * clients.
     */
    private void badge(DotBuffer dots, Geometry g, int entrance, String key) {
        if (dots.seen(entrance)) {
            stamp(badges.computeIfAbsent(key, this::badgeSprite), g.entranceX(entrance), g.entranceY());
        }
    }

    private Sprite badgeSprite(String key) {
        double w = Geometry.CLIENT_W;
        double h = Geometry.CLIENT_H / 2;
        double margin = 2;
        Color ink = fills[DotBuffer.OUTBOUND];
        return Sprite.of(
                (int) Math.ceil((w + 2 * margin) * spriteScale),
                (int) Math.ceil((h + 2 * margin) * spriteScale),
                gc -> {
                    gc.scale(spriteScale, spriteScale);
                    gc.translate(margin, margin);
                    gc.setStroke(ink);
                    gc.setFill(ink);
                    gc.setLineWidth(1.5);
                    gc.setLineDashes(6, 4);
                    gc.strokeRoundRect(0, 0, w, h, 10, 10);
                    gc.setLineDashes();
                    gc.setTextAlign(TextAlignment.CENTER);
                    gc.setTextBaseline(VPos.CENTER);
                    gc.fillText(I18n.t(key), w / 2, h / 2, w - 8);
                });
    }

    /** {@code colour} as a premultiplied ARGB int. */
    private static int premultiplied(Color colour) {
        double a = colour.getOpacity();
        return (int) Math.round(a * 255) << 24
                | (int) Math.round(colour.getRed() * a * 255) << 16
                | (int) Math.round(colour.getGreen() * a * 255) << 8
                | (int) Math.round(colour.getBlue() * a * 255);
    }
}
