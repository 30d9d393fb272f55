package dev.balancelab.domain;

/**
 * Where a node is drawn on the topology canvas.
 *
 * @param x horizontal position as a fraction of the canvas width, 0..1
 * @param y vertical position as a fraction of the canvas height, 0..1
 */
public record Position(double x, double y) {}
