package dev.balancelab.ui.topology;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The labels over the canvas's edges, kept apart from each other and from the cards: at the top the step banner
 * (centred) and a label over the top right corner (the timeline's "Replay at …"), which moves under the banner where
 * the two would meet; at the bottom the dot legend (left) and a bar over the bottom right corner (the timeline), which
 * moves onto the legend's left edge just above it where the canvas is too narrow for both on one row. The view lays its
 * cards out between {@link #top()} and {@link #bottom()} when a card would otherwise lie under one of them.
 */
final class CanvasOverlays {
    /** Space between two overlays, and between an overlay and a card, px. */
    static final double GAP = 8;

    private static final double CORNER_MARGIN = 6;
    private static final double BADGE_MARGIN = 10;
    /** The step banner's widest, as a share of the canvas's width. */
    private static final double BANNER_WIDTH = 0.8;
    /** The narrowest the step banner gets at the top left before it goes back to the centre, px. */
    private static final double BANNER_MIN_WIDTH = 260;

    private final StackPane root;
    private final Region banner;
    private final Region legend;
    private Region topRight;
    private Region bottomRight;
    private final InvalidationListener apart = o -> keepApart();
    /** Whether the step banner stands over free paper where it is, so that the cards need not make room for it. */
    private boolean bannerFree;
    /** The cards where the view would draw them without making room for an overlay, px of the viewport. */
    private List<Box> cards = List.of();

    private final InvalidationListener moved;

    /**
     * @param banner the step banner, over the top centre
     * @param legend the dot legend, over the bottom left corner
     * @param onMoved runs when an overlay moved, showed or hid (the cards may have to make room)
     */
    CanvasOverlays(StackPane root, Region banner, Region legend, Runnable onMoved) {
        this.root = root;
        this.banner = banner;
        this.legend = legend;
        this.moved = o -> onMoved.run();
        follow(banner);
        follow(legend);
        StackPane.setAlignment(banner, Pos.TOP_CENTER);
    }

    /**
     * Keeps the overlays apart and the cards clear of {@code overlay} when it really moves, shows or hides: only on a
     * change of its bounds while shown, not on every invalidation. The corner bar's and the replay badge's texts follow
     * the lab clock, which invalidates their bounds at every sample; laying the cards out again each time re-rendered
     * the cached picture of every card five times a second (BENCHMARKS.md, "Frame time at 100 servers").
     *
     * <p>The overlay is drawn from an image of it (node cache): it lies in the dot layer's dirty region, painted again
     * in every frame in which the dots move, and the software renderer rasterised its rounded background, border and
     * text again each time, where an image is one blit (BENCHMARKS.md, "Frame time at 100 servers: the render thread").
     */
    private void follow(Region overlay) {
        overlay.setCache(true);
        overlay.boundsInParentProperty().addListener((o, was, now) -> {
            if (overlay.isVisible()) {
                apart.invalidated(o);
                moved.invalidated(o);
            }
        });
        overlay.visibleProperty().addListener(apart);
        overlay.visibleProperty().addListener(moved);
    }

    /**
     * Places the overlays for cards drawn at {@code cards} (px of the viewport, before they make room for an overlay):
     * the step banner over free paper if it can be ({@link #placeBanner}), the corner bar above the legend where it
     * would cover a card in its corner.
     */
    void place(List<Box> cards) {
        this.cards = cards;
        placeBanner();
        keepApart();
    }

    /**
     * Puts the step banner where it covers none of the cards if it can: at the top centre, else
     * at the top left as wide as the free paper left of the cards it would cover (its text folds onto more lines), so
     * that showing it does not shrink the cards; else back at the top centre, where the cards make room for it ({@link
     * #top()}). Lesson 01 at 1280 × 720: the servers' column reaches up to 50 px under the canvas's top, the clients'
     * 90 px.
     */
    private void placeBanner() {
        if (!banner.isVisible()) {
            return;
        }
        double widest = root.getWidth() * BANNER_WIDTH;
        double width = Math.min(widest, banner.prefWidth(-1));
        bannerFree = free(bannerBox((root.getWidth() - width) / 2, widest), cards);
        if (bannerFree) {
            toCentre(widest);
            return;
        }
        placeAside(widest);
    }

    /** The banner at the top left, as wide as the free paper there, or at the top centre if that is too narrow. */
    private void placeAside(double widest) {
        double w = widest;
        while (w >= BANNER_MIN_WIDTH) {
            Box box = bannerBox(BADGE_MARGIN, w);
            double right = cards.stream()
                    .filter(card -> card.crowds(box, GAP))
                    .mapToDouble(Box::x)
                    .min()
                    .orElse(Double.NaN);
            if (Double.isNaN(right)) {
                bannerFree = true;
                StackPane.setAlignment(banner, Pos.TOP_LEFT);
                StackPane.setMargin(banner, new Insets(0, 0, 0, BADGE_MARGIN));
                banner.setMaxWidth(w);
                return;
            }
            w = Math.min(w - 1, right - GAP - BADGE_MARGIN);
        }
        toCentre(widest);
    }

    /** Puts the step banner back at the top centre, where the cards make room for it (they move anyway). */
    void centreBanner() {
        bannerFree = false;
        toCentre(root.getWidth() * BANNER_WIDTH);
    }

    private void toCentre(double width) {
        StackPane.setAlignment(banner, Pos.TOP_CENTER);
        StackPane.setMargin(banner, null);
        banner.setMaxWidth(width);
    }

    /** The step banner's box at {@code x} px from the left, at most {@code maxWidth} px wide, px of the viewport. */
    private Box bannerBox(double x, double maxWidth) {
        double width = Math.min(maxWidth, banner.prefWidth(-1));
        return new Box(x, banner.getTranslateY(), width, banner.prefHeight(width));
    }

    private static boolean free(Box box, List<Box> cards) {
        return cards.stream().noneMatch(card -> card.crowds(box, GAP));
    }

    /** Adds {@code label} over the top right corner and {@code bar} over the bottom right corner. */
    void corners(Region label, Region bar) {
        topRight = label;
        bottomRight = bar;
        StackPane.setAlignment(label, Pos.TOP_RIGHT);
        StackPane.setMargin(label, new Insets(BADGE_MARGIN));
        StackPane.setAlignment(bar, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(bar, new Insets(CORNER_MARGIN));
        root.getChildren().addAll(label, bar);
        follow(label);
        follow(bar);
    }

    /** The overlays shown (the corner ones once added). */
    private List<Region> shown() {
        List<Region> regions = new ArrayList<>(List.of(banner, legend));
        if (topRight != null) {
            regions.add(topRight);
            regions.add(bottomRight);
        }
        return regions.stream().filter(Region::isVisible).toList();
    }

    /** Moves the corner label under the banner and the corner bar above the legend where they would meet. */
    private void keepApart() {
        if (topRight == null) {
            return;
        }
        Bounds b = banner.getBoundsInParent();
        boolean underBanner = banner.isVisible() && topRight.isVisible() && overlapX(b, topRight.getBoundsInParent());
        topRight.setTranslateY(underBanner ? b.getMaxY() + GAP - topRight.getLayoutY() : 0);
        Bounds key = legend.getBoundsInParent();
        double cornerX = bottomRight.getLayoutX();
        double width = bottomRight.getWidth();
        double height = bottomRight.getHeight();
        Box corner = new Box(cornerX, bottomRight.getLayoutY(), width, height);
        Box besideLegend = new Box(key.getMinX(), key.getMinY() - GAP - height, width, height);
        boolean onCard = cards.stream().anyMatch(card -> card.crowds(corner, 0));
        boolean aboveLegend =
                legend.isVisible() && (key.getMaxX() + GAP > cornerX || (onCard && free(besideLegend, cards)));
        // on the legend's side: the clients' column has room where the servers' may not
        bottomRight.setTranslateX(aboveLegend ? besideLegend.x() - cornerX : 0);
        bottomRight.setTranslateY(aboveLegend ? besideLegend.y() - bottomRight.getLayoutY() : 0);
    }

    private static boolean overlapX(Bounds a, Bounds b) {
        return a.getMinX() < b.getMaxX() + GAP && b.getMinX() < a.getMaxX() + GAP;
    }

    /** Px of the viewport the overlays at the top take: the lowest bottom edge of those shown (0 for none). */
    double top() {
        return shown().stream()
                .filter(r -> (r == banner && !bannerFree) || r == topRight)
                .mapToDouble(r -> r.getBoundsInParent().getMaxY() + GAP)
                .max()
                .orElse(0);
    }

    /** Px from the viewport's top to the highest top edge of the overlays shown at the bottom (its height for none). */
    double bottom() {
        return shown().stream()
                .filter(r -> r == legend || r == bottomRight)
                .filter(r -> r.getHeight() > 0)
                .mapToDouble(r -> r.getBoundsInParent().getMinY() - GAP)
                .min()
                .orElse(root.getHeight());
    }

    /** The overlays shown at the top (step banner, corner label), px of the viewport. */
    List<Bounds> topBoxes() {
        return boxes(bannerFree ? null : banner, topRight);
    }

    /** The overlays shown at the bottom (legend, corner bar), px of the viewport. */
    List<Bounds> bottomBoxes() {
        return boxes(legend, bottomRight);
    }

    private List<Bounds> boxes(Region centre, Region corner) {
        return shown().stream()
                .filter(r -> r == centre || r == corner)
                .filter(r -> r.getHeight() > 0)
                .map(Region::getBoundsInParent)
                .toList();
    }
}
