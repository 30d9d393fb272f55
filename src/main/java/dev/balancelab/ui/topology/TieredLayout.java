package dev.balancelab.ui.topology;

import java.util.ArrayList;
import java.util.List;

/**
 * Places the topology's cards without overlap: tiers left to right (clients | balancers | servers, or any other list),
 * each tier a column of cards centred on the canvas, wrapping into more columns when one does not hold it. Every tier
 * starts with {@link CardMode#FULL} cards; while the tiers are wider than the canvas, the widest tier that can still
 * shrink moves to the next smaller mode ({@code COMPACT}, then {@code DENSE}). Pure arithmetic on px; no scene graph.
 *
 * <p>Stability: a tier's cards fill its columns top to bottom, then left to right, so adding a card that changes no
 * tier's mode or column count moves no card sideways and moves no card but those of its own tier's first column, by
 * half a row at most (the first column stays centred as it grows).
 */
public final class TieredLayout {
    /** Space between the canvas edge and the cards, px. */
    static final double MARGIN = 16;
    /** Space between two cards of a tier, px. */
    static final double GAP = 8;
    /** Least space between two tiers, px: room for the links. */
    static final double TIER_GAP = 40;

    private TieredLayout() {}

    /**
     * Lays out {@code tiers} on a canvas of {@code width} × {@code height} px with cards whose smallest text is
     * {@code fontPx} px. If even dense grids are too wide, the cards run past the right edge ({@link LayoutPlan#fits()}
     * is false) and the window should zoom to fit ({@link ZoomFit}).
     */
    public static LayoutPlan plan(List<Tier> tiers, double width, double height, double fontPx) {
        return plan(tiers, width, height, fontPx, CardMode.DENSE);
    }

    /**
     * As {@link #plan(List, double, double, double)}, for a window that draws no mode smaller than {@code smallest}.
     */
    public static LayoutPlan plan(List<Tier> tiers, double width, double height, double fontPx, CardMode smallest) {
        double usable = height - 2 * MARGIN;
        List<TierGrid> grids = new ArrayList<>();
        tiers.forEach(t -> grids.add(TierGrid.of(t, CardMode.FULL, fontPx, usable)));
        while (needed(grids) > width - 2 * MARGIN) {
            int widest = widestShrinkable(grids, smallest);
            if (widest < 0) {
                break;
            }
            grids.set(widest, grids.get(widest).smaller(fontPx, usable));
        }
        return new LayoutPlan(place(grids, width, height), width, height);
    }

    /** Width of all non-empty tiers with the least gaps between them, px. */
    private static double needed(List<TierGrid> grids) {
        List<TierGrid> shown = shown(grids);
        return shown.stream().mapToDouble(TierGrid::width).sum() + Math.max(0, shown.size() - 1) * TIER_GAP;
    }

    private static int widestShrinkable(List<TierGrid> grids, CardMode smallest) {
        int widest = -1;
        for (int i = 0; i < grids.size(); i++) {
            TierGrid g = grids.get(i);
            if (g.mode().compareTo(smallest) < 0
                    && g.width() > 0
                    && (widest < 0 || g.width() > grids.get(widest).width())) {
                widest = i;
            }
        }
        return widest;
    }

    /** Spreads the non-empty tiers over the width (first at the left margin, last at the right) and centres each. */
    private static List<PlacedTier> place(List<TierGrid> grids, double width, double height) {
        List<TierGrid> shown = shown(grids);
        double free =
                width - 2 * MARGIN - shown.stream().mapToDouble(TierGrid::width).sum();
        double spacing = shown.size() > 1 ? Math.max(TIER_GAP, free / (shown.size() - 1)) : 0;
        double left = shown.size() == 1 ? (width - shown.get(0).width()) / 2 : MARGIN;
        List<PlacedTier> placed = new ArrayList<>();
        for (TierGrid g : grids) {
            placed.add(placeTier(g, left, Math.max(MARGIN, (height - g.height()) / 2)));
            if (g.width() > 0) {
                left += g.width() + spacing;
            }
        }
        return placed;
    }

    private static PlacedTier placeTier(TierGrid g, double left, double top) {
        List<Box> cards = new ArrayList<>();
        for (int i = 0; i < g.tier().nodes(); i++) {
            cards.add(g.card(i, left, top));
        }
        return new PlacedTier(g.tier(), g.mode(), left, g.cardWidth(), g.cardHeight(), cards);
    }

    private static List<TierGrid> shown(List<TierGrid> grids) {
        return grids.stream().filter(g -> g.width() > 0).toList();
    }
}
