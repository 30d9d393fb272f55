package dev.balancelab.ui.topology;

import dev.balancelab.domain.ClientSpec;
import dev.balancelab.domain.Position;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.domain.StorageNodeSpec;
import dev.balancelab.domain.Topology;
import dev.balancelab.ui.common.NodeRef;
import dev.balancelab.ui.common.TopologyEdits;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoublePredicate;

/**
 * The {@link TieredLayout} applied to a topology's stored positions (each card's centre as 0..1 fractions of the
 * canvas, as {@link Geometry} maps them), for "Arrange", for opening a file whose cards crowd, and for "+ Server" /
 * "+ Client". Canvas sizes are px; {@code fontPx} is the smallest text the cards must show ({@link
 * CardMode#BASE_FONT_PX} for today's cards).
 */
public final class TopologyLayout {
    /** The smallest cards the canvas draws: compact chips for servers ({@code DENSE} once it draws grids). */
    static final CardMode DRAWN = CardMode.COMPACT;
    /** The most the canvas grows for full server cards; where they need more, the view draws compact chips. */
    static final double FULL_CARDS_UP_TO = 1.5;

    /** Largest factor by which the canvas grows beyond its viewport (then the view zooms out as much). */
    static final double MAX_GROWTH = 8;

    private static final double GROWTH = 1.15;
    private static final double TYPICAL_WIDTH = 1000;
    private static final double TYPICAL_HEIGHT = 560;
    /** Index of each tier in a plan: DNS | clients | balancers | servers | storage (an empty tier takes no room). */
    static final int DNS = 0;

    static final int CLIENTS = 1;
    static final int BALANCERS = 2;
    static final int SERVERS = 3;
    static final int STORAGE = 4;

    private TopologyLayout() {}

    /**
     * The tiers of {@code t} (its DNS node, clients, balancers, servers, storage nodes) on this canvas, in modes the
     * canvas draws.
     */
    public static LayoutPlan plan(Topology t, double width, double height, double fontPx) {
        return TieredLayout.plan(tiers(t), width, height, fontPx, DRAWN);
    }

    /** The tiers of {@code t} on this canvas, each down to a {@link CardMode#DENSE} grid if need be, base font. */
    static LayoutPlan grid(Topology t, double width, double height) {
        return TieredLayout.plan(tiers(t), width, height, CardMode.BASE_FONT_PX, CardMode.DENSE);
    }

    private static List<Tier> tiers(Topology t) {
        return List.of(
                Tier.dns(t.front().dns() == null ? 0 : 1),
                Tier.clients(t.clients().size(), t.front().dns() != null),
                Tier.balancers(t.balancers().size(), !t.front().single()),
                Tier.servers(t.servers().size()),
                Tier.storage(t.storage() == null ? 0 : t.storage().nodes().size()));
    }

    /**
     * How the view draws {@code t} on a {@code width} × {@code height} px canvas (its viewport over the text scale) if
     * it may grow the canvas, and so shrink the text, at most {@code maxGrowth} times (1 in presentation mode), first
     * of: the stored positions with full cards; the tiered layout ({@link #grid}) if it keeps full server cards; the
     * stored positions with compact server chips; the tiered layout, down to dense grids, on the smallest grown canvas
     * that holds it. The tiered layout is drawn only, never stored: a file's positions stay as they are.
     */
    static Drawing drawing(Topology t, double width, double height, double maxGrowth) {
        if (growth(t, width, height, CardMode.FULL) <= maxGrowth) {
            return Drawing.stored(t, CardMode.FULL, growth(t, width, height, CardMode.FULL), width, height);
        }
        LayoutPlan grid = grid(t, width, height);
        if (drawable(grid, t) && grid.tiers().get(SERVERS).mode() == CardMode.FULL) {
            return Drawing.arranged(grid, t, 1);
        }
        double compact = growth(t, width, height, CardMode.COMPACT);
        if (compact <= maxGrowth) {
            return Drawing.stored(t, CardMode.COMPACT, compact, width, height);
        }
        double k = smallest(g -> drawable(grid(t, width * g, height * g), t));
        return Drawing.arranged(grid(t, width * k, height * k), t, k);
    }

    /**
     * Whether {@code plan} fits its canvas and, drawn for {@code t} (balancers beside their region's servers), no two
     * cards overlap.
     */
    private static boolean drawable(LayoutPlan plan, Topology t) {
        if (!plan.fits()) {
            return false;
        }
        Geometry g = Geometry.of(plan, t);
        g.resize(plan.width(), plan.height());
        return !overlapping(g.cards(), 0);
    }

    private static boolean overlapping(List<Box> cards, double gap) {
        for (int i = 0; i < cards.size(); i++) {
            for (int j = i + 1; j < cards.size(); j++) {
                if (cards.get(i).crowds(cards.get(j), gap)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@code t} with every client and server moved to where the tiered layout puts it on this canvas (a card that does
     * not fit is stored at the nearest edge).
     */
    public static Topology arranged(Topology t, double width, double height, double fontPx) {
        LayoutPlan plan = plan(t, width, height, fontPx);
        List<Box> clients = plan.tiers().get(CLIENTS).cards();
        List<Box> servers = plan.tiers().get(SERVERS).cards();
        Topology arranged = t;
        for (int i = 0; i < clients.size(); i++) {
            ClientSpec c = t.clients().get(i);
            arranged = TopologyEdits.move(
                    arranged, NodeRef.client(c.id()), clients.get(i).position(width, height));
        }
        for (int i = 0; i < servers.size(); i++) {
            ServerSpec s = t.servers().get(i);
            arranged = TopologyEdits.move(
                    arranged, NodeRef.server(s.id().value()), servers.get(i).position(width, height));
        }
        return t.storage() == null
                ? arranged
                : arrangedStorage(arranged, plan.tiers().get(STORAGE), width, height);
    }

    /** {@code t} with its storage nodes where {@code placed} puts them. */
    private static Topology arrangedStorage(Topology t, PlacedTier placed, double width, double height) {
        List<StorageNodeSpec> nodes = new ArrayList<>();
        for (int i = 0; i < placed.cards().size(); i++) {
            nodes.add(t.storage()
                    .nodes()
                    .get(i)
                    .withPosition(placed.cards().get(i).position(width, height)));
        }
        return t.withStorage(t.storage().withNodes(nodes));
    }

    /** Whether two full cards, drawn at {@code t}'s stored positions on this canvas, come closer than a gap. */
    public static boolean crowded(Topology t, double width, double height) {
        return crowded(t, width, height, CardMode.FULL);
    }

    /** As {@link #crowded(Topology, double, double)} with server cards in {@code serverCards} mode. */
    static boolean crowded(Topology t, double width, double height, CardMode serverCards) {
        Geometry geometry = Geometry.of(t, serverCards);
        geometry.resize(width, height);
        return overlapping(geometry.cards(), TieredLayout.GAP);
    }

    /**
     * Where a new client or server ({@code kind}) can go on this canvas so that no two of today's cards crowd, the new
     * one included (the balancer, which has no stored position, stays between the clients and the servers); empty if
     * there is no such place (then arrange).
     */
    public static Optional<Position> freeSlot(Topology t, NodeRef.Kind kind, double width, double height) {
        LayoutPlan plan = plan(t, width, height, CardMode.BASE_FONT_PX);
        int tier = kind == NodeRef.Kind.CLIENT ? CLIENTS : SERVERS;
        List<Box> taken = new ArrayList<>(cards(t, width, height));
        for (Optional<Box> slot = plan.freeSlot(taken, tier); slot.isPresent(); slot = plan.freeSlot(taken, tier)) {
            Position at = slot.get().position(width, height);
            Topology added =
                    kind == NodeRef.Kind.CLIENT ? TopologyEdits.addClient(t, at) : TopologyEdits.addServer(t, at);
            if (!crowded(added, width, height)) {
                return Optional.of(at);
            }
            taken.add(slot.get());
        }
        return Optional.empty();
    }

    /**
     * How much larger than a {@code width} × {@code height} px viewport (a factor &gt;= 1, in steps of 15 %, at most
     * {@value #MAX_GROWTH}) the canvas must be for {@code t}'s stored positions not to crowd; the view draws that
     * canvas zoomed out by the same factor.
     */
    public static double growth(Topology t, double width, double height) {
        return growth(t, width, height, CardMode.FULL);
    }

    /** As {@link #growth(Topology, double, double)} with server cards in {@code serverCards} mode. */
    static double growth(Topology t, double width, double height, CardMode serverCards) {
        return smallest(k -> !crowded(t, width * k, height * k, serverCards));
    }

    /**
     * How the view draws {@code t}'s servers in a {@code width} × {@code height} px viewport: full cards unless they
     * need the canvas grown more than {@value #FULL_CARDS_UP_TO} times (text too small), then compact chips.
     */
    static CardMode serverCards(Topology t, double width, double height) {
        return growth(t, width, height, CardMode.FULL) <= FULL_CARDS_UP_TO ? CardMode.FULL : CardMode.COMPACT;
    }

    /**
     * {@code t} arranged ({@link #arranged}) on the smallest canvas, {@code width} × {@code height} px grown as in
     * {@link #growth}, where the tiered layout fits every card.
     */
    public static Topology arrangedToFit(Topology t, double width, double height) {
        double k = smallest(g -> plan(t, width * g, height * g, CardMode.BASE_FONT_PX)
                        .fits()
                && !crowded(arranged(t, width * g, height * g, CardMode.BASE_FONT_PX), width * g, height * g, DRAWN));
        return arranged(t, width * k, height * k, CardMode.BASE_FONT_PX);
    }

    /**
     * {@code t} as it is, or arranged ({@link #arrangedToFit}) if the view would have to zoom out further for its
     * stored positions than for the arranged ones in a typical 1000 × 560 px viewport (cards stacked at one place by a
     * generator, or a single column of twenty).
     */
    public static Topology uncrowded(Topology t) {
        Topology arranged = arrangedToFit(t, TYPICAL_WIDTH, TYPICAL_HEIGHT);
        return drawnGrowth(arranged) * GROWTH < drawnGrowth(t) ? arranged : t;
    }

    /** How much the view zooms out to draw {@code t} in a typical viewport. */
    private static double drawnGrowth(Topology t) {
        return growth(t, TYPICAL_WIDTH, TYPICAL_HEIGHT, serverCards(t, TYPICAL_WIDTH, TYPICAL_HEIGHT));
    }

    private static double smallest(DoublePredicate enough) {
        double k = 1;
        while (k < MAX_GROWTH && !enough.test(k)) {
            k *= GROWTH;
        }
        return Math.min(k, MAX_GROWTH);
    }

    private static List<Box> cards(Topology t, double width, double height) {
        Geometry geometry = Geometry.of(t);
        geometry.resize(width, height);
        return geometry.cards();
    }
}
