package dev.balancelab.ui.topology;

import java.util.List;
import java.util.Optional;

/**
 * Where {@link TieredLayout} put every card on a canvas of {@code width} × {@code height} px.
 *
 * @param tiers the tiers in the order given, each with its mode and one box per node
 * @param width canvas width, px
 * @param height canvas height, px
 */
public record LayoutPlan(List<PlacedTier> tiers, double width, double height) {
    public LayoutPlan {
        tiers = List.copyOf(tiers);
    }

    /** Every card's box, tier after tier. */
    public List<Box> cards() {
        return tiers.stream().flatMap(t -> t.cards().stream()).toList();
    }

    /** Whether every card lies on the canvas. */
    public boolean fits() {
        return cards().stream().allMatch(b -> b.within(width, height));
    }

    /**
     * A place for one more card of tier {@code tier} ("+ Server", "+ Client") that keeps {@link TieredLayout#GAP} px
     * from every box in {@code existing} (px, on this canvas): the tier's card size, tried in the tier's first column
     * and then in the columns to its right and left, in each column from the canvas's middle outwards in steps of half
     * a card. Empty if the canvas has no such place; then re-run the layout.
     */
    public Optional<Box> freeSlot(List<Box> existing, int tier) {
        PlacedTier t = tiers.get(tier);
        double pitchX = t.cardWidth() + TieredLayout.GAP;
        double stepY = (t.cardHeight() + TieredLayout.GAP) / 2;
        int columns = 2 * (int) Math.ceil(width / pitchX) + 1;
        int rows = 2 * (int) Math.ceil(height / stepY) + 1;
        for (int c = 0; c < columns; c++) {
            double centreX = t.left() + t.cardWidth() / 2 + outwards(c) * pitchX;
            for (int r = 0; r < rows; r++) {
                Box slot = Box.centredAt(centreX, height / 2 - outwards(r) * stepY, t.cardWidth(), t.cardHeight());
                if (slot.within(width, height) && existing.stream().noneMatch(b -> b.crowds(slot, TieredLayout.GAP))) {
                    return Optional.of(slot);
                }
            }
        }
        return Optional.empty();
    }

    /** 0, 1, -1, 2, -2, … for k = 0, 1, 2, 3, 4, …. */
    private static int outwards(int k) {
        return k % 2 == 1 ? (k + 1) / 2 : -k / 2;
    }
}
