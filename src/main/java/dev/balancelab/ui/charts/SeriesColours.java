package dev.balancelab.ui.charts;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javafx.scene.chart.XYChart;
import javafx.scene.paint.Color;

/**
 * Fixed series colours for a chart: series {@code i} (its line, its area and its legend symbol) gets
 * {@code colours.get(i)}, through a stylesheet of the chart's own, so the colours hold however many series there are
 * (JavaFX's defaults repeat after eight) and survive the series being removed and added again.
 */
final class SeriesColours {
    /** Opacity of a stacked area's fill, so that the line on top of each band stays visible. */
    private static final double AREA_OPACITY = 0.55;

    private SeriesColours() {}

    /** Colours the series of {@code chart} in order. */
    static void apply(XYChart<?, ?> chart, List<Color> colours) {
        StringBuilder css = new StringBuilder();
        for (int i = 0; i < colours.size(); i++) {
            Color c = colours.get(i);
            String series = ".series" + i;
            css.append(series)
                    .append(".chart-series-line, ")
                    .append(series)
                    .append(".chart-series-area-line {")
                    .append("-fx-stroke: ")
                    .append(rgba(c, 1))
                    .append(";}\n")
                    .append(series)
                    .append(".chart-series-area-fill {-fx-fill: ")
                    .append(rgba(c, AREA_OPACITY))
                    .append(";}\n")
                    .append(series)
                    .append(".chart-legend-item-symbol {-fx-background-color: ")
                    .append(rgba(c, 1))
                    .append(";}\n");
        }
        chart.getStylesheets()
                .add("data:text/css;base64,"
                        + Base64.getEncoder().encodeToString(css.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static String rgba(Color c, double opacity) {
        return String.format(
                Locale.ROOT,
                "rgba(%d,%d,%d,%.2f)",
                Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255),
                opacity);
    }
}
