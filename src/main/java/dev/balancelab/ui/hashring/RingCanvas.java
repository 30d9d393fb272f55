package dev.balancelab.ui.hashring;

import dev.balancelab.ui.common.CanvasStyle;
import dev.balancelab.ui.common.CjkFont;
import dev.balancelab.ui.common.I18n;
import dev.balancelab.ui.common.ServerPalette;
import javafx.animation.Animation;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;

/**
 * The ring: arcs coloured by the owner of the point that ends them, each virtual node as a tick, and every key the
 * clients send as a dot at its hash position on its owner's track (one concentric track per server, the first server's
 * outermost). When owners change, the moved keys travel from the old owner's track to the new one, at the lab's speed
 * (paused with it), and stay outlined; switching to {@code hash mod N} shows the same travel at 1× speed.
 */
public final class RingCanvas extends Canvas {
    /** Real time a moved key takes to travel to its new owner's track at rate 1. */
    private static final Duration TRAVEL = HashRingViewModel.TRAVEL_TIME;
    /** Rate of a travel the lab's speed does not drive (the mod-N switch, or any change while lab time is paused). */
    private static final double OWN_RATE = 0.4;

    private static final double ARC_WIDTH = 14;
    private static final double DOT = 5;
    private static final double MOVED_DOT = 7;
    /** The caption's size outside presentation mode, px. */
    private static final double CAPTION_PX = 18;

    private final DoubleProperty progress = new SimpleDoubleProperty(1);
    private final Timeline travel = new Timeline(
            new KeyFrame(Duration.ZERO, new KeyValue(progress, 0)),
            new KeyFrame(TRAVEL, new KeyValue(progress, 1, Interpolator.EASE_BOTH)));
    private Color ringColour = Color.LIGHTGRAY;
    private Color ink = Color.BLACK;
    private double captionPx = CAPTION_PX;
    private RingPicture picture = RingPicture.none();
    private boolean modN;
    private int servers = 1;
    private double labRate;
    /** Whether the running travel follows the lab's speed and pause (a change of owners), or not (the mod-N switch). */
    private boolean followsLab;

    /** An empty ring; size it with its parent. */
    public RingCanvas() {
        setManaged(false);
        progress.addListener(o -> draw());
        widthProperty().addListener(o -> draw());
        heightProperty().addListener(o -> draw());
    }

    /** Reads the theme's colours ({@code -lab-link} for the ring, {@code -lab-ink} for text) and redraws. */
    void restyle(CanvasStyle style) {
        ringColour = style.color("-lab-link");
        ink = style.color("-lab-ink");
        captionPx = Math.max(CAPTION_PX, style.textPx());
        draw();
    }

    /** The size of its caption, px: 18, in presentation mode at least the window's smallest text (tests read it). */
    public double captionPx() {
        return captionPx;
    }

    /** The colour captions and moved keys' outlines are drawn in now (tests read it). */
    public Color inkColour() {
        return ink;
    }

    /** Sets how many servers (tracks) the topology has. */
    void setServers(int count) {
        servers = Math.max(1, count);
    }

    /** Draws {@code next}, letting moved keys travel at the lab's speed. */
    void show(RingPicture next) {
        picture = next;
        followsLab = labRate > 0;
        travel.setRate(followsLab ? labRate : OWN_RATE);
        travel.playFromStart();
    }

    /** Shows the keys under {@code hash mod N} instead of the algorithm. */
    void setModN(boolean on) {
        modN = on;
        followsLab = false;
        travel.setRate(OWN_RATE);
        travel.playFromStart();
    }

    /**
     * Follows the lab: {@code rate} is the travel's rate at the lab's speed, 0 while lab time is paused (a travel of
     * owners that changed in the lab then holds where it is).
     */
    void setLabRate(double rate) {
        labRate = rate;
        if (!followsLab) {
            return;
        }
        if (rate <= 0) {
            travel.pause();
        } else {
            travel.setRate(rate);
            if (travel.getStatus() == Animation.Status.PAUSED) {
                travel.play();
            }
        }
    }

    private KeyDots keys() {
        return modN ? picture.modNKeys() : picture.keys();
    }

    private void draw() {
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        if (keys() == null) {
            return;
        }
        double radius = Math.min(getWidth(), getHeight()) / 2 - 24;
        if (radius < 60) {
            return;
        }
        boolean ring = picture.kind() == RingPicture.Kind.RING && !modN;
        drawCircle(g, radius, ringColour, ARC_WIDTH);
        if (ring) {
            drawArcs(g, radius);
            drawTicks(g, radius);
        }
        drawTracks(g, radius);
        drawKeys(g, radius);
        if (modN) {
            drawCaption(g, I18n.t("hashring.modNCaption"));
        }
    }

    private void drawArcs(GraphicsContext g, double radius) {
        double[] points = picture.points();
        g.setLineCap(StrokeLineCap.BUTT);
        g.setLineWidth(ARC_WIDTH);
        for (int i = 0; i < points.length; i++) {
            double from = i == 0 ? points[points.length - 1] - 1 : points[i - 1];
            g.setStroke(ServerPalette.of(picture.pointOwners()[i]));
            g.strokeArc(
                    cx() - radius,
                    cy() - radius,
                    2 * radius,
                    2 * radius,
                    90 - 360 * from,
                    -360 * (points[i] - from),
                    ArcType.OPEN);
        }
    }

    private void drawTicks(GraphicsContext g, double radius) {
        g.setLineWidth(1.5);
        double[] points = picture.points();
        for (int i = 0; i < points.length; i++) {
            g.setStroke(ServerPalette.of(picture.pointOwners()[i]));
            double a = angle(points[i]);
            double inner = radius + ARC_WIDTH / 2 + 2;
            double outer = inner + 12;
            g.strokeLine(x(a, inner), y(a, inner), x(a, outer), y(a, outer));
        }
    }

    private void drawTracks(GraphicsContext g, double radius) {
        for (int s = 0; s < servers; s++) {
            drawCircle(g, track(s, radius), ServerPalette.of(s).deriveColor(0, 1, 1, 0.25), 2);
        }
    }

    private void drawKeys(GraphicsContext g, double radius) {
        KeyDots keys = keys();
        double t = progress.get();
        g.setStroke(ink);
        g.setLineWidth(2);
        for (int i = 0; i < keys.owners().length; i++) {
            boolean moved = keys.moved(i);
            int from = moved ? keys.previous()[i] : keys.owners()[i];
            int to = keys.owners()[i];
            double r = track(from, radius) + (track(to, radius) - track(from, radius)) * t;
            double a = angle(keys.fractions()[i]);
            double size = moved ? MOVED_DOT : DOT;
            g.setFill(ServerPalette.of(from).interpolate(ServerPalette.of(to), t));
            g.fillOval(x(a, r) - size, y(a, r) - size, 2 * size, 2 * size);
            if (moved) {
                g.strokeOval(x(a, r) - size, y(a, r) - size, 2 * size, 2 * size);
            }
        }
    }

    private void drawCaption(GraphicsContext g, String caption) {
        g.setFill(ink);
        g.setFont(Font.font(CjkFont.canvasFamily(), FontWeight.BOLD, captionPx));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(caption, 4, 4);
    }

    private void drawCircle(GraphicsContext g, double radius, Color colour, double width) {
        g.setStroke(colour);
        g.setLineWidth(width);
        g.strokeOval(cx() - radius, cy() - radius, 2 * radius, 2 * radius);
    }

    /** The radius of server {@code s}'s track: the first just inside the ring, the others further in. */
    private double track(int s, double radius) {
        double outer = radius - ARC_WIDTH - 14;
        double gap = Math.min(26, (outer - 40) / Math.max(1, servers - 1));
        return outer - s * gap;
    }

    private double cx() {
        return getWidth() / 2;
    }

    private double cy() {
        return getHeight() / 2;
    }

    /** A fraction of a turn as radians clockwise from 12 o'clock. */
    private static double angle(double fraction) {
        return 2 * Math.PI * fraction;
    }

    private double x(double angle, double r) {
        return cx() + r * Math.sin(angle);
    }

    private double y(double angle, double r) {
        return cy() - r * Math.cos(angle);
    }
}
