package dev.balancelab.ui.topology;

import dev.balancelab.ui.common.CanvasStyle;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.transform.Affine;

/**
 * The balancer tier's signals over the cards (issue 14): VRRP adverts running along the dashed link from the MASTER
 * to each BACKUP, DNS answers flying from the DNS node to a client (red when they name no live balancer). Redrawn in
 * a pulse only while a signal is under way, and once more to clear the last; mouse-transparent. Hidden while it shows
 * nothing: an empty full-size canvas still costs the software renderer a blit of all its pixels in every frame in which
 * the dots above it move (a fifth of the render thread at 5,000 in flight; BENCHMARKS.md, "Frame time at 100 servers:
 * the render thread").
 */
final class PulseLayer extends Canvas {
    private static final double RADIUS = 5;
    private Affine view = new Affine();
    private Color advert = Color.BLUE;
    private Color answer = Color.GRAY;
    private Color failed = Color.RED;
    private boolean drawn;

    PulseLayer() {
        setId("pulses");
        setMouseTransparent(true);
        setManaged(false);
        setVisible(false);
    }

    void restyle(CanvasStyle style) {
        advert = style.color("-lab-accent");
        answer = style.color("-lab-muted");
        failed = style.color("-lab-dot-failed");
    }

    void setTransform(Affine view) {
        this.view = view;
    }

    /** Draws the signals under way at lab time {@code now}; nothing if none is and none was drawn. */
    void draw(Pulses pulses, Geometry g, long now) {
        boolean any = pulses.any(now);
        if (!any && !drawn) {
            return;
        }
        GraphicsContext gc = getGraphicsContext2D();
        gc.setTransform(new Affine());
        gc.clearRect(0, 0, getWidth(), getHeight());
        drawn = any;
        setVisible(any);
        if (!any) {
            return;
        }
        gc.setTransform(view);
        for (int i = 0; i < pulses.capacity(); i++) {
            double f = pulses.progress(i, now);
            if (f < 0) {
                continue;
            }
            double[] at = at(pulses, i, g, f);
            if (at == null) {
                continue;
            }
            gc.setFill(pulses.kind(i) == Pulses.ADVERT ? advert : pulses.kind(i) == Pulses.ANSWER ? answer : failed);
            gc.fillOval(at[0] - RADIUS, at[1] - RADIUS, 2 * RADIUS, 2 * RADIUS);
            if (pulses.kind(i) == Pulses.ADVERT) { // a ring, so an advert never reads as a request
                gc.setStroke(advert);
                gc.setLineWidth(1.5);
                gc.strokeOval(at[0] - 2 * RADIUS, at[1] - 2 * RADIUS, 4 * RADIUS, 4 * RADIUS);
            }
        }
    }

    private static double[] at(Pulses pulses, int i, Geometry g, double f) {
        if (pulses.kind(i) == Pulses.ADVERT) {
            if (pulses.from(i) >= g.balancerCount() || pulses.to(i) >= g.balancerCount()) {
                return null;
            }
            return g.vrrpLink(pulses.from(i), pulses.to(i), f);
        }
        int c = pulses.to(i);
        if (!g.hasDns() || c >= g.clientCount()) {
            return null;
        }
        Box dns = g.dnsBox();
        double x1 = g.clientCentreX(c);
        double y1 = g.clientY(c) - g.clientHeight() / 2;
        return new double[] {dns.centreX() + (x1 - dns.centreX()) * f, dns.maxY() + (y1 - dns.maxY()) * f};
    }
}
