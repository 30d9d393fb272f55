package dev.balancelab.ui.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tiered layout keeps cards apart and on the canvas from 1 to 100 servers, and moves little as cards come. */
class TieredLayoutTest {
    /** Floating-point slack when a gap is exactly {@link TieredLayout#GAP}, px. */
    private static final double SLACK = 1e-6;

    private static LayoutPlan plan(int clients, int balancers, int servers, double w, double h, double font) {
        return TieredLayout.plan(
                List.of(Tier.clients(clients), Tier.balancers(balancers), Tier.servers(servers)), w, h, font);
    }

    /** 1280×720 minus the side panel (projector font 16 px), 1920×1080 (24 px) and its canvas beside the panel. */
    @ParameterizedTest
    @CsvSource({"820, 560, 16", "820, 560, 14", "1920, 1080, 24", "1400, 900, 24"})
    void cardsNeverCrowdAndStayOnTheCanvas(double w, double h, double font) {
        for (int balancers = 1; balancers <= 2; balancers++) {
            for (int clients = 1; clients <= 20; clients++) {
                for (int servers = 1; servers <= 100; servers++) {
                    LayoutPlan plan = plan(clients, balancers, servers, w, h, font);
                    String at = clients + " clients, " + balancers + " balancers, " + servers + " servers";
                    assertTrue(plan.fits(), at);
                    assertApart(plan, at);
                }
            }
        }
    }

    /** No two cards of a tier closer than its mode's gap, no two cards of different tiers closer than the gap. */
    private static void assertApart(LayoutPlan plan, String at) {
        List<PlacedTier> tiers = plan.tiers();
        for (int a = 0; a < tiers.size(); a++) {
            for (int b = a; b < tiers.size(); b++) {
                double gap = a == b ? tiers.get(a).mode().gap() : TieredLayout.GAP;
                List<Box> left = tiers.get(a).cards();
                List<Box> right = tiers.get(b).cards();
                for (int i = 0; i < left.size(); i++) {
                    for (int j = a == b ? i + 1 : 0; j < right.size(); j++) {
                        assertFalse(
                                left.get(i).crowds(right.get(j), gap - SLACK),
                                at + ": tiers " + a + ", " + b + ", cards " + i + ", " + j);
                    }
                }
            }
        }
    }

    @Test
    void aSmallLabGetsTodaysFullCardsInThreeColumns() {
        LayoutPlan plan = plan(1, 1, 2, 820, 560, 14);

        for (PlacedTier t : plan.tiers()) {
            assertEquals(CardMode.FULL, t.mode(), t.tier().name());
        }
        Box server = plan.tiers().get(2).cards().get(0);
        assertEquals(Geometry.SERVER_W, server.width());
        assertEquals(Geometry.SERVER_H, server.height());
        assertEquals(TieredLayout.MARGIN, plan.tiers().get(0).cards().get(0).x(), "clients at the left margin");
        assertEquals(820 - TieredLayout.MARGIN, server.maxX(), 1e-9, "servers at the right margin");
        Box balancer = plan.tiers().get(1).cards().get(0);
        assertEquals(280, balancer.centreY(), 1e-9, "a lone card is centred vertically");
    }

    @Test
    void aLargerMinimumFontMakesFullCardsLarger() {
        Box server = plan(1, 1, 1, 1920, 1080, 28).tiers().get(2).cards().get(0);

        assertEquals(Geometry.SERVER_W * 2, server.width(), 1e-9);
        assertEquals(Geometry.SERVER_H * 2, server.height(), 1e-9);
    }

    @Test
    void aTierThatOneColumnCannotHoldWrapsIntoMoreColumns() {
        PlacedTier servers = plan(1, 1, 20, 820, 560, 16).tiers().get(2);

        long columns = servers.cards().stream().mapToDouble(Box::x).distinct().count();
        assertTrue(columns > 1, "columns: " + columns);
        assertEquals(CardMode.COMPACT, servers.mode());
    }

    @Test
    void manyServersBecomeADenseGridWhileTheBalancerKeepsItsFullCard() {
        LayoutPlan plan = plan(20, 1, 100, 820, 560, 16);

        assertEquals(CardMode.DENSE, plan.tiers().get(2).mode());
        assertEquals(CardMode.FULL, plan.tiers().get(1).mode());
    }

    @Test
    void aWindowThatDrawsOnlyFullCardsGetsFullCardsPastTheEdge() {
        LayoutPlan plan = TieredLayout.plan(
                List.of(Tier.clients(1), Tier.balancers(1), Tier.servers(20)), 820, 560, 14, CardMode.FULL);

        assertEquals(CardMode.FULL, plan.tiers().get(2).mode());
        assertFalse(plan.fits());
        assertApart(plan, "20 full servers");
    }

    @Test
    void moreServersNeverMakeLargerServerCards() {
        CardMode before = CardMode.FULL;
        for (int servers = 1; servers <= 100; servers++) {
            CardMode now = plan(4, 1, servers, 820, 560, 16).tiers().get(2).mode();
            assertTrue(now.compareTo(before) >= 0, servers + " servers: " + now + " after " + before);
            before = now;
        }
    }

    @ParameterizedTest
    @CsvSource({"820, 560, 16", "1920, 1080, 24"})
    void addingAServerMovesTheOthersAtMostHalfARowWhenNoColumnIsAdded(double w, double h, double font) {
        int compared = 0;
        for (int servers = 1; servers < 100; servers++) {
            LayoutPlan before = plan(3, 1, servers, w, h, font);
            LayoutPlan after = plan(3, 1, servers + 1, w, h, font);
            if (sameShape(before, after)) {
                compared++;
                assertEquals(before.tiers().get(0), after.tiers().get(0), "clients stay");
                assertEquals(before.tiers().get(1), after.tiers().get(1), "balancer stays");
                PlacedTier was = before.tiers().get(2);
                double halfRow = (was.cardHeight() + TieredLayout.GAP) / 2;
                for (int i = 0; i < servers; i++) {
                    Box a = was.cards().get(i);
                    Box b = after.tiers().get(2).cards().get(i);
                    assertEquals(a.x(), b.x(), servers + " servers, card " + i);
                    assertTrue(Math.abs(a.y() - b.y()) <= halfRow + SLACK, servers + " servers, card " + i);
                }
            }
        }
        assertTrue(compared > 80, "additions that kept every tier's shape: " + compared);
    }

    private static boolean sameShape(LayoutPlan a, LayoutPlan b) {
        for (int t = 0; t < a.tiers().size(); t++) {
            PlacedTier x = a.tiers().get(t);
            PlacedTier y = b.tiers().get(t);
            if (x.mode() != y.mode() || columns(x) != columns(y)) {
                return false;
            }
        }
        return true;
    }

    private static long columns(PlacedTier t) {
        return t.cards().stream().mapToDouble(Box::x).distinct().count();
    }

    @Test
    void aNewServerGoesToAFreeSlotInTheServerBand() {
        // Lesson 01 as stored on a 1400 x 900 canvas: servers at x = 0.85, y = 0.2 / 0.4 / 0.6 / 0.8, gaps too small
        LayoutPlan plan = plan(1, 1, 4, 1400, 900, 14);
        List<Box> existing = List.of(
                Box.centredAt(1190, 180, Geometry.SERVER_W, Geometry.SERVER_H),
                Box.centredAt(1190, 360, Geometry.SERVER_W, Geometry.SERVER_H),
                Box.centredAt(1190, 540, Geometry.SERVER_W, Geometry.SERVER_H),
                Box.centredAt(1190, 720, Geometry.SERVER_W, Geometry.SERVER_H),
                Box.centredAt(140, 450, Geometry.CLIENT_W, Geometry.CLIENT_H),
                Box.centredAt(665, 450, Geometry.BALANCER_W, Geometry.BALANCER_H));

        Box slot = plan.freeSlot(existing, 2).orElseThrow();

        assertTrue(plan.band(2).contains(slot), slot.toString());
        existing.forEach(b -> assertFalse(b.crowds(slot, TieredLayout.GAP - SLACK), b + " and " + slot));
        assertEquals(Geometry.SERVER_W, slot.width());
        assertEquals(450, slot.centreY(), 1e-9, "in the middle row");
    }

    @Test
    void aServerColumnWithRoomIsFilledBeforeANewColumnIsStarted() {
        LayoutPlan plan = plan(1, 1, 2, 1400, 900, 14);
        Box top = plan.tiers().get(2).cards().get(0);
        Box bottom = plan.tiers().get(2).cards().get(1);

        Box slot = plan.freeSlot(List.of(top, bottom), 2).orElseThrow();

        assertEquals(top.x(), slot.x(), 1e-9);
        double pitch = top.height() + TieredLayout.GAP;
        assertTrue(slot.y() == top.y() - pitch || slot.y() == bottom.y() + pitch, "right above or below: " + slot);
    }

    @Test
    void aTiersBandEndsATierGapBeforeItsNeighbours() {
        LayoutPlan plan = plan(1, 1, 2, 820, 560, 14);
        Box balancer = plan.tiers().get(1).cards().get(0);

        Box servers = plan.band(2);
        Box clients = plan.band(0);

        assertEquals(balancer.maxX() + TieredLayout.TIER_GAP, servers.x(), 1e-9);
        assertEquals(820 - TieredLayout.MARGIN, servers.maxX(), 1e-9);
        assertEquals(TieredLayout.MARGIN, clients.x(), 1e-9);
        assertEquals(balancer.x() - TieredLayout.TIER_GAP, clients.maxX(), 1e-9);
        assertEquals(TieredLayout.MARGIN, servers.y(), 1e-9);
    }

    @Test
    void aNewCardOnAFreeCanvasGoesToTheMiddleOfItsTier() {
        LayoutPlan plan = plan(1, 1, 2, 820, 560, 14);

        Box slot = plan.freeSlot(List.of(), 0).orElseThrow();

        assertEquals(plan.tiers().get(0).cards().get(0), slot);
    }

    @Test
    void aFullCanvasHasNoFreeSlot() {
        LayoutPlan plan = plan(1, 1, 2, 400, 300, 14);

        assertEquals(Optional.empty(), plan.freeSlot(List.of(new Box(0, 0, 400, 300)), 2));
    }

    @Test
    void aBoxCentreIsStoredAsFractionsOfTheCanvas() {
        var p = Box.centredAt(205, 140, 100, 50).position(820, 560);

        assertEquals(0.25, p.x(), 1e-12);
        assertEquals(0.25, p.y(), 1e-12);
    }

    @Test
    void aCentreOffTheCanvasIsStoredAtItsEdge() {
        var p = Box.centredAt(900, -10, 100, 50).position(820, 560);

        assertEquals(1, p.x());
        assertEquals(0, p.y());
    }

    @Test
    void boxesCrowdWhenCloserThanTheGap() {
        Box a = new Box(0, 0, 10, 10);

        assertTrue(a.crowds(new Box(17, 0, 10, 10), 8));
        assertFalse(a.crowds(new Box(18, 0, 10, 10), 8));
        assertFalse(a.crowds(new Box(0, 18, 10, 10), 8));
    }
}
