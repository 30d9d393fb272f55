package dev.balancelab.ui.topology;

import dev.balancelab.domain.Position;
import java.util.List;

/**
 * A card's rectangle on the topology canvas, in px from the canvas's top-left corner (y grows downwards).
 *
 * @param x left edge, px
 * @param y top edge, px
 * @param width px, &gt;= 0
 * @param height px, &gt;= 0
 */
public record Box(double x, double y, double width, double height) {
    /** The box of this size whose centre is at ({@code centreX}, {@code centreY}) px. */
    public static Box centredAt(double centreX, double centreY, double width, double height) {
        return new Box(centreX - width / 2, centreY - height / 2, width, height);
    }

    /** The smallest box that holds all of {@code boxes}; a zero box at the origin if there are none. */
    public static Box union(List<Box> boxes) {
        if (boxes.isEmpty()) {
            return new Box(0, 0, 0, 0);
        }
        double left = boxes.stream().mapToDouble(Box::x).min().orElseThrow();
        double top = boxes.stream().mapToDouble(Box::y).min().orElseThrow();
        double right = boxes.stream().mapToDouble(Box::maxX).max().orElseThrow();
        double bottom = boxes.stream().mapToDouble(Box::maxY).max().orElseThrow();
        return new Box(left, top, right - left, bottom - top);
    }

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    public double centreX() {
        return x + width / 2;
    }

    public double centreY() {
        return y + height / 2;
    }

    /** Whether the two boxes are closer than {@code gap} px on both axes (they touch or overlap for gap 0). */
    public boolean crowds(Box other, double gap) {
        return x < other.maxX() + gap && other.x < maxX() + gap && y < other.maxY() + gap && other.y < maxY() + gap;
    }

    /** Whether {@code other} lies wholly inside this box. */
    public boolean contains(Box other) {
        return other.x >= x && other.y >= y && other.maxX() <= maxX() && other.maxY() <= maxY();
    }

    /**
     * The box's centre as a stored {@link Position}: fractions 0..1 of the canvas's width and height, the convention
     * of the topology files that {@code Geometry} maps back to px; a centre off the canvas is stored at its edge.
     */
    public Position position(double canvasWidth, double canvasHeight) {
        return new Position(fraction(centreX(), canvasWidth), fraction(centreY(), canvasHeight));
    }

    private static double fraction(double px, double size) {
        return Math.max(0, Math.min(1, px / size));
    }
}
