package dev.balancelab.ui.topology;

import java.nio.IntBuffer;
import java.util.Arrays;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The dot layer's pixels: a premultiplied ARGB {@link PixelBuffer} (device px, row-major) that the FX thread draws
 * into in Java and hands to Prism as an image, only the rectangles that changed. Each frame erases the rectangles the
 * last frame drew (not the whole buffer) and draws the new ones source-over; {@link #show()} hands Prism the union
 * of both. The software renderer spent half its frame time on a full-size canvas's clear and its ~1,000 sprite blits
 * (BENCHMARKS.md, "Frame time at 100 servers: the render thread"). Single-threaded (FX thread).
 */
final class DotRaster {
    private final int width;
    private final int height;
    private final int[] pixels;
    private final PixelBuffer<IntBuffer> buffer;
    private final WritableImage image;
    /** The rectangles drawn since the last {@link #erase()}, four ints each: x, y, width, height. */
    private int[] drawn = new int[4 * 256];

    private int rects;
    /** Bounds of what changed since the last {@link #show()}: min x, min y, max x, max y (exclusive). */
    private final int[] changed = {Integer.MAX_VALUE, Integer.MAX_VALUE, 0, 0};

    /** A transparent raster of {@code width} × {@code height} device px (each at least 1). */
    DotRaster(int width, int height) {
        this.width = Math.max(1, width);
        this.height = Math.max(1, height);
        pixels = new int[this.width * this.height];
        buffer =
                new PixelBuffer<>(this.width, this.height, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
        image = new WritableImage(buffer);
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** The image Prism shows (changes appear after {@link #show()}). */
    WritableImage image() {
        return image;
    }

    /** Makes transparent again every rectangle drawn since the last call. */
    void erase() {
        for (int r = 0; r < rects; r++) {
            int x = drawn[4 * r];
            int y = drawn[4 * r + 1];
            int w = drawn[4 * r + 2];
            int h = drawn[4 * r + 3];
            for (int row = y; row < y + h; row++) {
                Arrays.fill(pixels, row * width + x, row * width + x + w, 0);
            }
            grow(x, y, x + w, y + h);
        }
        rects = 0;
    }

    /** Fills {@code w} × {@code h} device px from ({@code x}, {@code y}) with premultiplied {@code argb}, over. */
    void fill(int x, int y, int w, int h, int argb) {
        int x0 = Math.max(0, x);
        int y0 = Math.max(0, y);
        int x1 = Math.min(width, x + w);
        int y1 = Math.min(height, y + h);
        if (x0 >= x1 || y0 >= y1) {
            return;
        }
        for (int row = y0; row < y1; row++) {
            for (int i = row * width + x0; i < row * width + x1; i++) {
                pixels[i] = over(argb, pixels[i]);
            }
        }
        mark(x0, y0, x1, y1);
    }

    /** Draws {@code sprite} source-over with its top left corner at ({@code x}, {@code y}) device px. */
    void stamp(Sprite sprite, int x, int y) {
        int x0 = Math.max(0, x);
        int y0 = Math.max(0, y);
        int x1 = Math.min(width, x + sprite.width());
        int y1 = Math.min(height, y + sprite.height());
        if (x0 >= x1 || y0 >= y1) {
            return;
        }
        int[] src = sprite.pixels();
        for (int row = y0; row < y1; row++) {
            int s = (row - y) * sprite.width() + (x0 - x);
            for (int i = row * width + x0; i < row * width + x1; i++, s++) {
                pixels[i] = over(src[s], pixels[i]);
            }
        }
        mark(x0, y0, x1, y1);
    }

    /** Hands Prism the rectangles that changed since the last call (nothing if none did). */
    void show() {
        if (changed[0] >= changed[2]) {
            return;
        }
        Rectangle2D dirty = new Rectangle2D(changed[0], changed[1], changed[2] - changed[0], changed[3] - changed[1]);
        buffer.updateBuffer(b -> dirty);
        changed[0] = Integer.MAX_VALUE;
        changed[1] = Integer.MAX_VALUE;
        changed[2] = 0;
        changed[3] = 0;
    }

    private void mark(int x0, int y0, int x1, int y1) {
        if (4 * rects == drawn.length) {
            drawn = Arrays.copyOf(drawn, 2 * drawn.length);
        }
        drawn[4 * rects] = x0;
        drawn[4 * rects + 1] = y0;
        drawn[4 * rects + 2] = x1 - x0;
        drawn[4 * rects + 3] = y1 - y0;
        rects++;
        grow(x0, y0, x1, y1);
    }

    private void grow(int x0, int y0, int x1, int y1) {
        changed[0] = Math.min(changed[0], x0);
        changed[1] = Math.min(changed[1], y0);
        changed[2] = Math.max(changed[2], x1);
        changed[3] = Math.max(changed[3], y1);
    }

    /** Premultiplied {@code src} over premultiplied {@code dst}. */
    private static int over(int src, int dst) {
        int a = src >>> 24;
        if (a == 0xFF || dst == 0) {
            return src;
        }
        if (a == 0) {
            return dst;
        }
        int keep = 255 - a;
        int rb = ((dst & 0x00FF00FF) * keep + 0x00800080 >>> 8) & 0x00FF00FF;
        int ag = ((dst >>> 8 & 0x00FF00FF) * keep + 0x00800080) & 0xFF00FF00;
        return src + (rb | ag);
    }
}
