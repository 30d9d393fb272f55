package dev.balancelab.ui.topology;

/**
 * One tier's cards in columns of {@code rows} cards, filled top to bottom and then left to right, so that a card added
 * at the end never moves the ones before it to another cell.
 *
 * @param rows cards per column, &gt;= 1: as many as the usable height holds
 */
record TierGrid(Tier tier, CardMode mode, double cardWidth, double cardHeight, int rows) {
    /** The grid for {@code tier} in {@code mode} with cards for {@code fontPx} text, in {@code usableHeight} px. */
    static TierGrid of(Tier tier, CardMode mode, double fontPx, double usableHeight) {
        double w = mode.width(tier, fontPx);
        double h = mode.height(tier, fontPx);
        double gap = mode.gap();
        int rows = Math.max(1, (int) Math.floor((usableHeight + gap) / (h + gap)));
        return new TierGrid(tier, mode, w, h, rows);
    }

    int columns() {
        return (tier.nodes() + rows - 1) / rows;
    }

    /** Width of all columns with the gaps between them, px (0 for an empty tier). */
    double width() {
        return span(columns(), cardWidth, mode.gap());
    }

    /** Height of the first (tallest) column, px. */
    double height() {
        return span(Math.min(tier.nodes(), rows), cardHeight, mode.gap());
    }

    /** Card {@code i} when the grid's top-left corner is at ({@code left}, {@code top}) px. */
    Box card(int i, double left, double top) {
        return new Box(
                left + (i / rows) * (cardWidth + mode.gap()),
                top + (i % rows) * (cardHeight + mode.gap()),
                cardWidth,
                cardHeight);
    }

    /** The same tier in the next smaller mode ({@link CardMode#smaller}). */
    TierGrid smaller(double fontPx, double usableHeight) {
        return of(tier, mode.smaller(), fontPx, usableHeight);
    }

    private static double span(int count, double size, double gap) {
        return count == 0 ? 0 : count * size + (count - 1) * gap;
    }
}
