package dev.balancelab.ui.topology;

import java.util.List;

/**
 * A tier as the {@link TieredLayout} placed it.
 *
 * @param tier the tier
 * @param mode how much its cards show
 * @param left x of its first column's left edge, px
 * @param cardWidth px
 * @param cardHeight px
 * @param cards one box per node, in node order, px
 */
public record PlacedTier(Tier tier, CardMode mode, double left, double cardWidth, double cardHeight, List<Box> cards) {
    public PlacedTier {
        cards = List.copyOf(cards);
    }
}
