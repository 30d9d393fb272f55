package dev.balancelab.ui.hashring;

import dev.balancelab.ui.common.ServerPalette;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * The Maglev lookup table as a strip: slot 0 top left, row by row, each slot coloured by its owner. After a change,
 * slots that changed owner keep their full colour and the others fade, so the reassigned slots stand out.
 */
public final class TableStrip extends Canvas {
    /** Height the strip aims for, in px; a small table gets bigger cells instead. */
    private static final double TARGET_HEIGHT = 150;

    private static final Color EMPTY = Color.web("#e9ecef");
    private static final double FADE = 0.7;

    /** An empty strip; give it a width. */
    public TableStrip() {
        setHeight(0);
    }

    /**
     * Draws {@code table}.
     *
     * @param table each slot's owner, a server index, or -1
     * @param previous the table before the last change, or null
     */
    void show(int[] table, int[] previous) {
        int cell = (int) Math.max(1, Math.floor(Math.sqrt(getWidth() * TARGET_HEIGHT / Math.max(1, table.length))));
        int columns = Math.max(1, (int) getWidth() / cell);
        int rows = (table.length + columns - 1) / columns;
        setHeight(rows * cell);
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        if (table.length == 0) {
            return;
        }
        WritableImage image = new WritableImage(columns, rows);
        PixelWriter pixels = image.getPixelWriter();
        for (int slot = 0; slot < table.length; slot++) {
            pixels.setColor(
                    slot % columns,
                    slot / columns,
                    colour(table[slot], previous == null || previous[slot] != table[slot]));
        }
        g.setImageSmoothing(false);
        g.drawImage(image, 0, 0, columns * cell, rows * cell);
    }

    private static Color colour(int owner, boolean vivid) {
        if (owner < 0) {
            return EMPTY;
        }
        Color c = ServerPalette.of(owner);
        return vivid ? c : c.interpolate(Color.WHITE, FADE);
    }
}
