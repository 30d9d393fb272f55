package dev.balancelab.ui.common;

import javafx.scene.control.Label;

/**
 * A label as wide as the widest text it has shown: for figures that change several times a second (the status bar's
 * counters, the timeline's clock). A plain label narrows and widens with its digits, and every change of its width
 * lays out what lies beside it again: the status bar's flow wrapped and unwrapped a row, the canvas above it grew and
 * shrank by that row, and each time the window laid out and re-rendered all its cards (at 100 servers the slowest
 * frames of a run, BENCHMARKS.md "Frame time at 100 servers: steady figures"). Its minimum width is its preferred one;
 * a new font (presentation mode's sizes) starts the widest over.
 */
public final class SteadyLabel extends Label {
    private double widest;

    /** An empty label. */
    public SteadyLabel() {
        fontProperty().addListener(o -> widest = 0);
    }

    @Override
    protected double computePrefWidth(double height) {
        widest = Math.max(widest, super.computePrefWidth(height));
        return widest;
    }

    @Override
    protected double computeMinWidth(double height) {
        return computePrefWidth(height);
    }
}
