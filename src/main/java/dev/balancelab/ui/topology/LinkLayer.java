package dev.balancelab.ui.topology;

import dev.balancelab.ui.common.CanvasStyle;
import dev.balancelab.ui.common.CjkFont;
import dev.balancelab.ui.common.I18n;
import java.util.List;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;

/**
 * The bottom layer of the topology view, drawn once per topology, size or site change (a cached canvas): the region
 * bands (a site that is down greyed), the latency between regions on the link that joins them, the links from
 * clients to the DNS node (dashed) and to every balancer, and from each balancer to the servers it balances over.
 */
public final class LinkLayer extends Canvas {
    private static final double LABEL_PX = 14;
    private static final int CURVE_STEPS = 24;
    private Affine view = new Affine();
    private Color link = Color.GRAY;
    private Color ink = Color.BLACK;
    private Color band = Color.LIGHTGRAY;
    private Color down = Color.GRAY;
    private Set<String> downRegions = Set.of();

    /** An empty layer; size it with its parent. */
    public LinkLayer() {
        setMouseTransparent(true);
        setManaged(false);
    }

    /** Re-reads the colours from the theme ({@code -lab-link}, ...); call {@link #redraw} next. */
    void restyle(CanvasStyle style) {
        link = style.color("-lab-link");
        ink = style.color("-lab-muted");
        band = style.color("-lab-banner");
        down = style.color("-lab-dead");
    }

    /** Draws from now on through {@code view} (canvas px to this layer's px), which the owner may change later. */
    void setTransform(Affine view) {
        this.view = view;
    }

    /** The sites whose every balancer is down: greyed from the next {@link #redraw}. */
    void setDownRegions(Set<String> regions) {
        downRegions = Set.copyOf(regions);
    }

    void redraw(Geometry g) {
        GraphicsContext gc = getGraphicsContext2D();
        gc.setTransform(new Affine());
        gc.clearRect(0, 0, getWidth(), getHeight());
        gc.setTransform(view);
        regions(gc, g);
        gc.setStroke(link);
        gc.setLineCap(StrokeLineCap.ROUND);
        if (g.hasDns()) {
            Box dns = g.dnsBox();
            gc.setLineWidth(1.5);
            gc.setLineDashes(6, 6);
            for (int i = 0; i < g.clientCount(); i++) {
                gc.strokeLine(g.clientOutX(i) - g.clientWidth() / 2, g.clientY(i), dns.centreX(), dns.maxY());
            }
            gc.setLineDashes();
        }
        vrrp(gc, g);
        gc.setStroke(link);
        gc.setLineWidth(g.balancerCount() > 1 ? 2 : 3);
        for (int b = 0; b < g.balancerCount(); b++) {
            for (int i = 0; i < g.clientCount(); i++) {
                gc.strokeLine(g.clientOutX(i), g.clientY(i), g.balancerInX(b), g.balancerY(b));
            }
            for (int i = 0; i < g.serverCount(); i++) {
                if (g.serves(b, i)) {
                    gc.strokeLine(g.balancerOutX(b), g.balancerY(b), g.serverInX(i), g.serverY(i));
                }
            }
        }
        gc.setLineWidth(1);
        for (int i = 0; i < g.serverCount(); i++) {
            for (int j = 0; j < g.storageCount(); j++) {
                gc.strokeLine(g.serverOutX(i), g.serverY(i), g.storageInX(j), g.storageY(j));
            }
        }
    }

    /** The VRRP group's link: a dashed curve left of the cards between each two routers, where the adverts run. */
    private void vrrp(GraphicsContext gc, Geometry g) {
        List<Integer> group = g.shape().vrrp();
        gc.setStroke(ink);
        gc.setLineWidth(1.5);
        gc.setLineDashes(3, 5);
        for (int k = 0; k + 1 < group.size(); k++) {
            double[] from = g.vrrpLink(group.get(k), group.get(k + 1), 0);
            gc.beginPath();
            gc.moveTo(from[0], from[1]);
            for (int step = 1; step <= CURVE_STEPS; step++) {
                double[] p = g.vrrpLink(group.get(k), group.get(k + 1), step / (double) CURVE_STEPS);
                gc.lineTo(p[0], p[1]);
            }
            gc.stroke();
        }
        gc.setLineDashes();
    }

    /** Each region's band with its name upright on the left; between two bands the inter-region latency. */
    private void regions(GraphicsContext gc, Geometry g) {
        List<Box> bands = g.regionBands();
        List<String> names = g.shape().regions();
        gc.setFont(Font.font(CjkFont.canvasFamily(), FontWeight.BOLD, LABEL_PX));
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.CENTER);
        for (int r = 0; r < bands.size(); r++) {
            Box b = bands.get(r);
            if (b.width() == 0) {
                continue;
            }
            boolean isDown = downRegions.contains(names.get(r));
            gc.setFill(isDown ? down.deriveColor(0, 1, 1, 0.35) : band);
            gc.fillRoundRect(b.x(), b.y(), b.width(), b.height(), 14, 14);
            gc.setStroke(isDown ? down : ink);
            gc.setLineWidth(1.5);
            gc.setLineDashes(isDown ? new double[] {8, 6} : null);
            gc.strokeRoundRect(b.x(), b.y(), b.width(), b.height(), 14, 14);
            gc.setLineDashes();
            String label = isDown ? I18n.t("region.band.down", names.get(r)) : I18n.t("region.band", names.get(r));
            upright(gc, label, b.x() + Geometry.REGION_LABEL / 2 + 2, b.centreY(), b.height() - 8);
        }
        for (int r = 0; r + 1 < bands.size(); r++) {
            latency(gc, g, bands.get(r), bands.get(r + 1));
        }
    }

    private void upright(GraphicsContext gc, String text, double x, double y, double maxWidth) {
        gc.save();
        gc.translate(x, y);
        gc.rotate(-90);
        gc.setFill(ink);
        gc.fillText(text, 0, 0, maxWidth);
        gc.restore();
    }

    /** A link across the gap between two bands at their left, labelled with the round trip a crossing adds. */
    private void latency(GraphicsContext gc, Geometry g, Box a, Box b) {
        if (a.width() == 0 || b.width() == 0 || g.shape().latencyMs() == 0) {
            return;
        }
        double x = Math.max(a.x(), b.x()) + Geometry.REGION_LABEL + 2 * Geometry.REGION_PAD + 60;
        boolean stacked = a.maxY() <= b.y() || b.maxY() <= a.y();
        double y0 = stacked ? Math.min(a.maxY(), b.maxY()) - 18 : a.centreY();
        double y1 = stacked ? Math.max(a.y(), b.y()) + 18 : b.centreY();
        gc.setStroke(ink);
        gc.setLineWidth(2);
        gc.setLineDashes(4, 4);
        gc.strokeLine(x, y0, x, y1);
        gc.setLineDashes();
        String text = I18n.t("region.latency", g.shape().latencyMs());
        gc.setFont(Font.font(CjkFont.canvasFamily(), FontWeight.BOLD, LABEL_PX));
        gc.setTextAlign(TextAlignment.LEFT);
        double w = text.length() * LABEL_PX * 0.62 + 10;
        double ym = (y0 + y1) / 2;
        gc.setFill(band);
        gc.fillRoundRect(x + 6, ym - LABEL_PX, w, 2 * LABEL_PX, 8, 8);
        gc.setStroke(ink);
        gc.setLineWidth(1);
        gc.strokeRoundRect(x + 6, ym - LABEL_PX, w, 2 * LABEL_PX, 8, 8);
        gc.setFill(ink);
        gc.fillText(text, x + 11, ym, w - 10);
        gc.setTextAlign(TextAlignment.CENTER);
    }
}
