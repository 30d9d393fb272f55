package dev.balancelab.ui.hashring;

import dev.balancelab.ui.common.ServerPalette;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The head of the Maglev lookup table as a grid a class can read: the first {@link #SHOWN} slots (slot 0 top left, row
 * by row, {@link #COLUMNS} to a row), each cell coloured by its owner. After a change, slots that changed owner keep
 * their full colour and the others fade, so the reassigned slots stand out. A table of 65537 slots drawn whole would
 * be one pixel per slot; its head shows the same interleaving of owners.
 */
public final class TableStrip extends Canvas {
    /** Cells in a row. */
    static final int COLUMNS = 32;
    /** Slots drawn at most: four rows. */
    static final int SHOWN = 4 * COLUMNS;

    private static final Color EMPTY = Color.web("#e9ecef");
    private static final double FADE = 0.7;
    private static final double GAP = 1;

    /** An empty strip; give it a width. */
    public TableStrip() {
        setHeight(0);
    }

    /** How many slots of a table of {@code size} the strip draws. */
    static int shown(int size) {
        return Math.min(size, SHOWN);
    }

    /**
     * Draws the head of {@code table}.
     *
     * @param table each slot's owner, a server index, or -1
     * @param previous the table before the last change, or null
     */
    void show(int[] table, int[] previous) {
        int count = shown(table.length);
        double cell = Math.floor(getWidth() / COLUMNS);
        int rows = (count + COLUMNS - 1) / COLUMNS;
        setHeight(rows * cell);
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        for (int slot = 0; slot < count; slot++) {
            g.setFill(colour(table[slot], previous == null || previous[slot] != table[slot]));
            g.fillRect((slot % COLUMNS) * cell, (slot / COLUMNS) * cell, cell - GAP, cell - GAP);
        }
    }

    private static Color colour(int owner, boolean vivid) {
        if (owner < 0) {
            return EMPTY;
        }
        Color c = ServerPalette.of(owner);
        return vivid ? c : c.interpolate(Color.WHITE, FADE);
    }
}
