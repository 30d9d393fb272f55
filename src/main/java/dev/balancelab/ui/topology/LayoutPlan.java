package dev.balancelab.ui.topology;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

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
        Box canvas = new Box(0, 0, width, height);
        return cards().stream().allMatch(canvas::contains);
    }

    /**
     * A place for one more card of tier {@code tier} ("+ Server", "+ Client") that keeps {@link TieredLayout#GAP} px
     * from every box in {@code existing} (px, on this canvas) and lies in the tier's {@link #band}: the tier's card
     * size, nearest to the tier's first column (then nearest to the canvas's middle row). Candidates are the band's
     * edges, the tier's column and the places just beside each existing box. Empty if the band has no room; then
     * re-run the layout.
     */
    public Optional<Box> freeSlot(List<Box> existing, int tier) {
        PlacedTier t = tiers.get(tier);
        Box band = band(tier);
        double w = t.cardWidth();
        double h = t.cardHeight();
        double g = TieredLayout.GAP;
        double middle = (height - h) / 2;
        List<Double> xs = candidates(
                List.of(t.left(), band.x(), band.maxX() - w),
                existing.stream().flatMap(b -> Stream.of(b.x() - g - w, b.maxX() + g)));
        List<Double> ys = candidates(
                List.of(middle, band.y(), band.maxY() - h),
                existing.stream().flatMap(b -> Stream.of(b.y() - g - h, b.maxY() + g)));
        return xs.stream()
                .flatMap(x -> ys.stream().map(y -> new Box(x, y, w, h)))
                .filter(band::contains)
                .filter(slot -> existing.stream().noneMatch(b -> b.crowds(slot, g)))
                .min(Comparator.<Box>comparingDouble(slot -> Math.abs(slot.x() - t.left()))
                        .thenComparingDouble(slot -> Math.abs(slot.y() - middle)));
    }

    private static List<Double> candidates(List<Double> fixed, Stream<Double> beside) {
        return Stream.concat(fixed.stream(), beside).distinct().toList();
    }

    /**
     * The part of the canvas that belongs to tier {@code tier}: {@link TieredLayout#MARGIN} px inside the canvas's
     * edges, and {@link TieredLayout#TIER_GAP} px clear of the cards of the tiers left and right of it.
     */
    public Box band(int tier) {
        double m = TieredLayout.MARGIN;
        double left = tiers.subList(0, tier).stream()
                .flatMap(t -> t.cards().stream())
                .mapToDouble(b -> b.maxX() + TieredLayout.TIER_GAP)
                .max()
                .orElse(m);
        double right = tiers.subList(tier + 1, tiers.size()).stream()
                .flatMap(t -> t.cards().stream())
                .mapToDouble(b -> b.x() - TieredLayout.TIER_GAP)
                .min()
                .orElse(width - m);
        return new Box(left, m, right - left, height - 2 * m);
    }
}
