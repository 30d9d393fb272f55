package dev.balancelab.ui.health;

import dev.balancelab.domain.FailureKind;
import dev.balancelab.domain.HealthState;
import dev.balancelab.ui.common.CanvasStyle;
import dev.balancelab.ui.common.CjkFont;
import dev.balancelab.ui.common.FailureLabels;
import dev.balancelab.ui.common.I18n;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * One server's heartbeat timeline, a canvas over the last {@link HealthMonitorViewModel#WINDOW_NANOS} of lab time,
 * newest on the right: light bands and a solid bar show the active health check's state (UP green, SUSPECT orange,
 * DOWN red); an outlier ejection is its own purple band over them, from its labelled EJECT line to its UNEJECT line
 * (Envoy keeps ejection as a flag beside the active state, and so does the engine). Each heartbeat is a tick at the
 * check's end (short green: answered in time, tall red: missed) after a line spanning the check from start to end (a
 * hung server's check lasts its whole timeout). A labelled line marks each injected failure (dark) or revive (blue).
 * Grid lines every 5 s carry the lab time in seconds. Its text is {@link CanvasStyle#textPx()} high (12 px, in
 * presentation mode the window's smallest text), and the rows of text above and below the bands grow with it.
 */
public final class HeartbeatTimeline extends Pane {
    /** The text size outside presentation mode, px; the geometry below is laid out for it. */
    private static final double TEXT_PX = 12;
    /** From the top of the bands to the top of the bar under them. */
    private static final double BANDS_H = 24;

    private static final double BAR_H = 7;
    /** From the top of the bands to the top of an answered heartbeat's tick. */
    private static final double OK_DOWN = 7;

    private static final double OK_H = 11;
    private static final double SPAN_H = 3;
    /**
     * A mark closer than this (at 12 px text) to the last labelled one gets no label of its own (they would overlap).
     */
    private static final double LABEL_ROOM = 70;

    private static final long GRID_NANOS = 5_000_000_000L;
    /** The looked-up colour of each {@link HealthState}, by ordinal. */
    private static final String[] STATE_COLOURS = {"-lab-up", "-lab-suspect", "-lab-down", "-lab-ejected"};

    private Font markFont;
    private Font gridFont;
    private double textPx;

    private final HealthRowModel row;
    private final Canvas canvas = new Canvas();
    private final EnumSet<HealthState> drawnStates = EnumSet.noneOf(HealthState.class);
    private final List<long[]> drawnEjections = new ArrayList<>();
    private final Color[] stateColours = new Color[STATE_COLOURS.length];
    private Color ink = Color.BLACK;
    private Color muted = Color.GRAY;
    private Color grid = Color.LIGHTGRAY;
    private Color revive = Color.BLUE;
    private long now;
    private long drawnChanges = -1;
    private double lastLabelX;

    HeartbeatTimeline(HealthRowModel row) {
        this.row = row;
        setId("timeline-" + row.id());
        getStyleClass().add("beat-timeline");
        canvas.setManaged(false);
        getChildren().add(canvas);
        useTextPx(TEXT_PX);
        Arrays.fill(stateColours, Color.GRAY);
        new CanvasStyle(this, this::restyle);
    }

    /** Reads the theme's colours ({@code -lab-ink}, {@code -lab-up}, ...) and redraws. */
    private void restyle(CanvasStyle style) {
        for (int i = 0; i < stateColours.length; i++) {
            stateColours[i] = style.color(STATE_COLOURS[i]);
        }
        ink = style.color("-lab-ink");
        muted = style.color("-lab-muted");
        grid = style.color("-lab-link");
        revive = style.color("-lab-accent");
        useTextPx(style.textPx());
        draw(now);
    }

    /** Draws text {@code px} high, the bands between a row of marks' labels above and the axis below. */
    private void useTextPx(double px) {
        textPx = px;
        markFont = Font.font(CjkFont.canvasFamily(), FontWeight.BOLD, px);
        gridFont = Font.font(CjkFont.canvasFamily(), px);
        double height = barY() + BAR_H + 1 + px;
        setMinHeight(height);
        setPrefHeight(height);
    }

    /** The size of the text it draws, px (tests read it). */
    public double textPx() {
        return textPx;
    }

    /** The top of the state bands: under the marks' labels. */
    private double top() {
        return textPx + 4;
    }

    private double barY() {
        return top() + BANDS_H;
    }

    /** The colour the failure lines and their labels are drawn in now (tests read it). */
    public Color inkColour() {
        return ink;
    }

    /** Health states that the last frame drew a band for (tests read it). */
    public Set<HealthState> drawnStates() {
        return EnumSet.copyOf(drawnStates);
    }

    /** The ejection bands the last frame drew, each {from, to} in lab ns (tests read it). */
    public List<long[]> drawnEjections() {
        return List.copyOf(drawnEjections);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw(now);
    }

    /**
     * Redraws the window that ends at {@code labNanos} if it moved by a pixel or more since the last drawing, or the
     * row has new entries; otherwise the drawing stands (it would differ by less than a pixel).
     */
    void frame(long labNanos) {
        double pixels = Math.abs(labNanos - now) * canvas.getWidth() / HealthMonitorViewModel.WINDOW_NANOS;
        if (pixels >= 1 || changes() != drawnChanges) {
            draw(labNanos);
        }
    }

    private long changes() {
        return row.beats().added()
                + row.states().added()
                + row.failures().added()
                + row.ejections().added();
    }

    /** Redraws the window that ends at {@code labNanos}. */
    void draw(long labNanos) {
        now = labNanos;
        drawnChanges = changes();
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        lastLabelX = Double.NEGATIVE_INFINITY;
        drawGrid(gc);
        drawBands(gc);
        drawEjections(gc);
        drawBeats(gc);
        drawFailures(gc);
        drawEjectionMarks(gc);
    }

    private double x(long nanos) {
        return canvas.getWidth() * (1 - (double) (now - nanos) / HealthMonitorViewModel.WINDOW_NANOS);
    }

    private void drawGrid(GraphicsContext gc) {
        gc.setFont(gridFont);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.setLineWidth(1);
        long first = Math.max(0, (now - HealthMonitorViewModel.WINDOW_NANOS) / GRID_NANOS + 1) * GRID_NANOS;
        for (long t = first; t <= now; t += GRID_NANOS) {
            double x = Math.floor(x(t)) + 0.5;
            gc.setStroke(grid);
            gc.strokeLine(x, top(), x, barY() + BAR_H);
            gc.setFill(muted);
            gc.setTextAlign(x > canvas.getWidth() - 2 * textPx ? TextAlignment.RIGHT : TextAlignment.CENTER);
            gc.fillText(I18n.t("health.axisSeconds", t / 1_000_000_000L), x, canvas.getHeight());
        }
    }

    /** One band per stretch of constant state, from the state in force before the oldest change. */
    private void drawBands(GraphicsContext gc) {
        drawnStates.clear();
        TimeRing states = row.states();
        long from = Math.max(0, now - HealthMonitorViewModel.WINDOW_NANOS);
        int state = states.base();
        for (int i = 0; i < states.size(); i++) {
            band(gc, from, states.time(i), state);
            from = Math.max(from, states.time(i));
            state = states.value(i);
        }
        band(gc, from, now, state);
    }

    /** Draws one band; false if it is outside the window. */
    private boolean band(GraphicsContext gc, long from, long to, int state) {
        double x0 = Math.max(0, x(from));
        double x1 = Math.min(canvas.getWidth(), x(to));
        if (x1 <= x0) {
            return false;
        }
        drawnStates.add(HealthState.values()[state]);
        Color colour = stateColours[state];
        gc.setFill(colour.deriveColor(0, 1, 1, 0.15));
        gc.fillRect(x0, top(), x1 - x0, BANDS_H);
        gc.setFill(colour);
        gc.fillRect(x0, barY(), x1 - x0, BAR_H);
        return true;
    }

    /** Purple bands where outlier detection had the server ejected, over the active check's bands. */
    private void drawEjections(GraphicsContext gc) {
        drawnEjections.clear();
        TimeRing ejections = row.ejections();
        long from = Math.max(0, now - HealthMonitorViewModel.WINDOW_NANOS);
        boolean ejected = ejections.base() == 1;
        for (int i = 0; i < ejections.size(); i++) {
            if (ejected) {
                ejectionBand(gc, from, ejections.time(i));
            }
            from = Math.max(from, ejections.time(i));
            ejected = ejections.value(i) == 1;
        }
        if (ejected) {
            ejectionBand(gc, from, now);
        }
    }

    private void ejectionBand(GraphicsContext gc, long from, long to) {
        if (band(gc, from, to, HealthState.EJECTED.ordinal())) {
            drawnEjections.add(new long[] {from, to});
        }
    }

    private void drawBeats(GraphicsContext gc) {
        TimeRing beats = row.beats();
        TimeRing starts = row.checkStarts();
        double width = Math.max(
                2, Math.min(4, canvas.getWidth() * row.intervalNanos() / HealthMonitorViewModel.WINDOW_NANOS / 2));
        for (int i = 0; i < beats.size(); i++) {
            double end = x(beats.time(i));
            boolean ok = beats.value(i) == 1;
            gc.setFill(ok ? stateColours[HealthState.UP.ordinal()] : stateColours[HealthState.DOWN.ordinal()]);
            double top = ok ? top() + OK_DOWN : top() + 2;
            double height = ok ? OK_H : BANDS_H - 4;
            double start = x(starts.time(i));
            if (end - start >= 1) {
                gc.fillRect(start, top + (height - SPAN_H) / 2, end - start, SPAN_H);
            }
            gc.fillRect(end - width / 2, top, width, height);
        }
    }

    /** A labelled purple line where each ejection began (solid) and ended (dashed). */
    private void drawEjectionMarks(GraphicsContext gc) {
        TimeRing ejections = row.ejections();
        Color colour = stateColours[HealthState.EJECTED.ordinal()];
        gc.setFont(markFont);
        gc.setTextBaseline(VPos.TOP);
        gc.setLineWidth(2);
        gc.setStroke(colour);
        gc.setFill(colour);
        for (int i = 0; i < ejections.size(); i++) {
            boolean eject = ejections.value(i) == 1;
            gc.setLineDashes(eject ? null : new double[] {4, 3});
            mark(gc, x(ejections.time(i)), I18n.t(eject ? "health.mark.ejected" : "health.mark.unejected"));
        }
        gc.setLineDashes((double[]) null);
    }

    private void drawFailures(GraphicsContext gc) {
        TimeRing failures = row.failures();
        gc.setFont(markFont);
        gc.setTextBaseline(VPos.TOP);
        gc.setLineWidth(2);
        for (int i = 0; i < failures.size(); i++) {
            FailureKind kind = FailureKind.values()[failures.value(i)];
            double x = x(failures.time(i));
            Color colour = kind == FailureKind.NONE ? revive : ink;
            gc.setStroke(colour);
            gc.setFill(colour);
            mark(gc, x, FailureLabels.describe(kind));
        }
    }

    /**
     * A vertical line at {@code x} through the bands, labelled at the top (left of the line near the right edge) unless
     * the last labelled mark is too close.
     */
    private void mark(GraphicsContext gc, double x, String label) {
        boolean nearRight = x > canvas.getWidth() * 0.75;
        gc.strokeLine(x, 2, x, barY() + BAR_H);
        if (Math.abs(x - lastLabelX) < LABEL_ROOM * textPx / TEXT_PX) {
            return;
        }
        lastLabelX = x;
        gc.setTextAlign(nearRight ? TextAlignment.RIGHT : TextAlignment.LEFT);
        gc.fillText(label, nearRight ? x - 4 : x + 4, 0);
    }
}
