package dev.balancelab.ui.topology;

import static dev.balancelab.ui.common.Styles.styled;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/** What the dot colours mean, drawn with the dot layer's own colours so the two cannot disagree. */
final class DotLegend extends HBox {
    private static final String[] MEANINGS = {"request", "retry", "completed", "failed", "no server"};

    DotLegend() {
        getStyleClass().add("dot-legend");
        setMouseTransparent(true);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(this, Pos.BOTTOM_LEFT);
        for (int c = 0; c < DotBuffer.COLOURS; c++) {
            getChildren().add(styled(new Label(MEANINGS[c], swatch(c)), "legend-item"));
        }
    }

    /** A dot as the layer draws it: retries get their ring. */
    private static Node swatch(int colour) {
        Circle dot = new Circle(DotLayer.RADIUS, DotLayer.fill(colour));
        if (colour != DotBuffer.RETRY) {
            return dot;
        }
        Circle ring = new Circle(DotLayer.RING_RADIUS, Color.TRANSPARENT);
        ring.setStroke(DotLayer.fill(colour));
        ring.setStrokeWidth(2);
        return new StackPane(ring, dot);
    }
}
