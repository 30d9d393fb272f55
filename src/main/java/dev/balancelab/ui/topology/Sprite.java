package dev.balancelab.ui.topology;

import java.util.function.Consumer;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * A small picture drawn once with JavaFX's antialiasing and then copied into a {@link DotRaster} many times: its
 * pixels, premultiplied ARGB, row-major, {@link #width()} × {@link #height()} device px. Make it on the FX thread.
 */
final class Sprite {
    private final int width;
    private final int height;
    private final int[] pixels;

    private Sprite(int width, int height, int[] pixels) {
        this.width = width;
        this.height = height;
        this.pixels = pixels;
    }

    /** {@code painter} drawn on a transparent {@code width} × {@code height} px canvas (each at least 1). */
    static Sprite of(int width, int height, Consumer<GraphicsContext> painter) {
        int w = Math.max(1, width);
        int h = Math.max(1, height);
        Canvas canvas = new Canvas(w, h);
        painter.accept(canvas.getGraphicsContext2D());
        SnapshotParameters transparent = new SnapshotParameters();
        transparent.setFill(Color.TRANSPARENT);
        WritableImage image = canvas.snapshot(transparent, null);
        int[] pixels = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), pixels, 0, w);
        return new Sprite(w, h, pixels);
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** The pixels, shared (not copied): read them only. */
    int[] pixels() {
        return pixels;
    }
}
