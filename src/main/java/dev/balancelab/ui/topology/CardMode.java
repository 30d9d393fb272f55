package dev.balancelab.ui.topology;

import dev.balancelab.ui.common.CjkFont;

/**
 * How much a card shows, largest first; the tiered layout picks per tier the largest that fits. Sizes grow with the
 * smallest font the cards must show, so text stays readable from the back of a lecture hall.
 */
public enum CardMode {
    /** Today's cards: every line (name, state, in-flight, completed, failed). */
    FULL,
    /** A chip: name (about nine characters), state colour and in-flight bar. */
    COMPACT,
    /** A cell of a dense grid: the node's id (up to four characters shown whole), state colour and in-flight bar. */
    DENSE;

    /** The smallest font on a {@link #FULL} card at its base size ({@code .card-detail} in lab.css), px. */
    static final double BASE_FONT_PX = 14;

    private static final double DENSE_GAP = 3;

    /** Card width in px for {@code tier} when its smallest text is {@code fontPx} px. */
    double width(Tier tier, double fontPx) {
        return switch (this) {
            case FULL -> tier.fullWidth() * scale(fontPx);
            case COMPACT -> 8 * fontPx + 16;
            case DENSE -> 2.8 * fontPx + 4;
        };
    }

    /** Card height in px for {@code tier} when its smallest text is {@code fontPx} px. */
    double height(Tier tier, double fontPx) {
        return switch (this) {
            case FULL -> tier.fullHeight() * scale(fontPx);
            case COMPACT -> 1.5 * fontPx + 16;
            case DENSE -> (2 + CjkFont.extraLineEm()) * fontPx;
        };
    }

    /** Space between two cards of a tier in this mode, px: a dense grid packs its cells closer. */
    double gap() {
        return this == DENSE ? DENSE_GAP : TieredLayout.GAP;
    }

    /**
     * The next smaller mode.
     *
     * @throws IllegalStateException for {@link #DENSE}, the smallest
     */
    CardMode smaller() {
        if (this == DENSE) {
            throw new IllegalStateException("no mode is smaller than DENSE");
        }
        return values()[ordinal() + 1];
    }

    private static double scale(double fontPx) {
        return Math.max(1, fontPx / BASE_FONT_PX);
    }
}
