package dev.balancelab.ui.topology;

import dev.balancelab.ui.common.ServerPalette;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.paint.Color;

/**
 * The filled part of the in-flight bars of server chips and cells (compact and dense cards), drawn on the dot layer
 * over each card's bar track. The bars change at nearly every 5 Hz sample; drawn in the cards, each change re-rendered
 * the whole cached picture of paper, links and cards (BENCHMARKS.md, "Frame time at 100 servers: frame time"). On the
 * dot layer, which a busy lab redraws every pulse anyway, they leave the picture alone. Width: the card's in-flight
 * attempts over its capacity (workers + queue), at most the whole track. Single-threaded (FX thread).
 */
final class LoadBars {
    private final List<ServerCard> cards;
    private boolean changed = true;

    LoadBars(List<ServerCard> cards) {
        this.cards = List.copyOf(cards);
        this.cards.forEach(card -> card.model().inFlightProperty().addListener(o -> changed = true));
    }

    /** Whether a bar changed since the last call: the dot canvas must be drawn again even if no dot moved. */
    boolean takeChanged() {
        boolean was = changed;
        changed = false;
        return was;
    }

    /** Whether any bar has something to show (a shown track with attempts in flight). */
    boolean any() {
        return cards.stream().anyMatch(card -> fill(card) > 0);
    }

    /** Where a bar is drawn: a rectangle of canvas px (as the cards are placed) filled with a colour. */
    @FunctionalInterface
    interface Painter {
        void fill(Color colour, double x, double y, double width, double height);
    }

    /** Hands {@code painter} the filled part of each bar that has one. */
    void draw(Painter painter) {
        for (ServerCard card : cards) {
            double fill = fill(card);
            if (fill > 0) {
                Bounds at = card.getBoundsInParent();
                Bounds box = card.inFlightBar().getBoundsInParent();
                painter.fill(
                        ServerPalette.of(card.model().index()),
                        at.getMinX() + box.getMinX(),
                        at.getMinY() + box.getMinY(),
                        box.getWidth() * fill,
                        box.getHeight());
            }
        }
    }

    /** Share of the track to fill, 0 when the card shows no bar. */
    private static double fill(ServerCard card) {
        ServerViewModel vm = card.model();
        if (!card.inFlightBar().isVisible() || vm.capacity() <= 0) {
            return 0;
        }
        return Math.min(1, vm.inFlightProperty().get() / (double) vm.capacity());
    }
}
