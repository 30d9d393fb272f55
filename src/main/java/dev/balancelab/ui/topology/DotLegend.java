package dev.balancelab.ui.topology;

import static dev.balancelab.ui.common.Styles.styled;

import dev.balancelab.ui.common.I18n;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;

/**
 * What the dot colours mean, and, while the dots are a sample ({@link dev.balancelab.telemetry.DotSampler}), how many
 * requests one dot stands for. Swatches are styled with the very looked-up colours the dot layer reads ({@link
 * DotLayer#COLOURS}), so the two cannot disagree, whatever the theme.
 */
final class DotLegend extends HBox {
    private static final String[] MEANINGS = {
        "legend.request", "legend.retry", "legend.completed", "legend.failed", "legend.none"
    };
    private static final double SWATCH_RADIUS = 6;

    DotLegend(ReadOnlyIntegerProperty requestsPerDot) {
        getStyleClass().add("dot-legend");
        setMouseTransparent(true);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(this, Pos.BOTTOM_LEFT);
        for (int c = 0; c < DotBuffer.COLOURS; c++) {
            getChildren().add(styled(new Label(I18n.t(MEANINGS[c]), swatch(c)), "legend-item"));
        }
        Label perDot = styled(new Label(), "legend-item");
        perDot.setId("requestsPerDot");
        perDot.getStyleClass().add("legend-sample");
        perDot.textProperty().bind(requestsPerDot.map(k -> I18n.t("legend.perDot", k)));
        perDot.visibleProperty().bind(requestsPerDot.greaterThan(1));
        perDot.managedProperty().bind(perDot.visibleProperty());
        getChildren().add(perDot);
    }

    /** A dot as the layer draws it: retries get their ring. */
    private static Node swatch(int colour) {
        Circle dot = styled(new Circle(SWATCH_RADIUS), "dot-swatch");
        dot.getStyleClass().add(DotLayer.COLOURS[colour].replace("-lab-", ""));
        if (colour != DotBuffer.RETRY) {
            return dot;
        }
        Circle ring = styled(new Circle(SWATCH_RADIUS + 4), "dot-swatch");
        ring.getStyleClass().add("dot-ring");
        return new StackPane(ring, dot);
    }
}
