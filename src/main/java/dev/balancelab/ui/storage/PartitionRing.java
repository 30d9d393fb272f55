package dev.balancelab.ui.storage;

import dev.balancelab.ui.common.ServerPalette;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.ArcType;

/**
 * A storage tier's partitions as a ring: each owner's arcs in its palette colour (a hash ring's virtual nodes, or the
 * ranges in key order, clockwise from the top).
 */
final class PartitionRing extends Canvas {
    private static final double THICKNESS = 22;

    PartitionRing(double size) {
        super(size, size);
    }

    void draw(List<StorageViewModel.Segment> segments) {
        GraphicsContext gc = getGraphicsContext2D();
        gc.clearRect(0, 0, getWidth(), getHeight());
        double r = getWidth() / 2 - THICKNESS / 2 - 2;
        double c = getWidth() / 2;
        gc.setLineWidth(THICKNESS);
        for (StorageViewModel.Segment s : segments) {
            Color colour = ServerPalette.of(s.owner());
            gc.setStroke(colour);
            // JavaFX arcs run counter-clockwise from 3 o'clock; the ring runs clockwise from 12
            gc.strokeArc(c - r, c - r, 2 * r, 2 * r, 90 - s.to() * 360, (s.to() - s.from()) * 360, ArcType.OPEN);
        }
    }
}
