package dev.balancelab.ui.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.Position;
import dev.balancelab.domain.Topology;
import dev.balancelab.ui.common.NodeRef;
import dev.balancelab.ui.common.TopologyEdits;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Arrange, the crowding check and "+ Server" on stored positions, as today's canvas draws them. */
class TopologyLayoutTest {
    /** Today's "+ Server" position (MainWindowViewModel.NEW_SERVER). */
    private static final Position TODAYS_NEW_SERVER = new Position(0.85, 0.5);

    /** The blank lab (servers at y = 0.3 and 0.7) after "+ Server" twice, as today: both new ones in the middle. */
    private static Topology crowdedLab() {
        Topology t = TopologyEdits.addServer(TopologyEdits.blank(), TODAYS_NEW_SERVER);
        return TopologyEdits.addServer(t, TODAYS_NEW_SERVER);
    }

    @Test
    void todaysPlusServerCrowdsTheCanvasAndArrangeSeparatesTheCards() {
        assertTrue(TopologyLayout.crowded(crowdedLab(), 1400, 900));

        Topology arranged = TopologyLayout.arranged(crowdedLab(), 1400, 900, CardMode.BASE_FONT_PX);

        assertFalse(TopologyLayout.crowded(arranged, 1400, 900));
        assertEquals(crowdedLab().servers().size(), arranged.servers().size());
    }

    @Test
    void arrangedPositionsComeBackAsThePlansBoxes() {
        Topology arranged = TopologyLayout.arranged(crowdedLab(), 1400, 900, CardMode.BASE_FONT_PX);
        Geometry geometry = Geometry.of(arranged);
        geometry.resize(1400, 900);

        LayoutPlan plan = TopologyLayout.plan(arranged, 1400, 900, CardMode.BASE_FONT_PX);
        for (int i = 0; i < arranged.servers().size(); i++) {
            Box planned = plan.tiers().get(TopologyLayout.SERVERS).cards().get(i);
            assertEquals(planned.centreX(), geometry.serverCentreX(i), 1e-9);
            assertEquals(planned.centreY(), geometry.serverY(i), 1e-9);
        }
        assertEquals(
                plan.tiers().get(TopologyLayout.CLIENTS).cards().get(0).centreX(), geometry.clientCentreX(0), 1e-9);
    }

    @ParameterizedTest
    @CsvSource({"1400, 900, 6", "1920, 1080, 30"})
    void plusServerInAFreeSlotNeverCrowdsUntilTheCanvasIsFull(double w, double h, int room) {
        Topology t = TopologyEdits.blank();
        int added = 0;
        Optional<Position> slot = TopologyLayout.freeSlot(t, NodeRef.Kind.SERVER, w, h);
        while (slot.isPresent()) {
            t = TopologyEdits.addServer(t, slot.get());
            added++;
            assertFalse(TopologyLayout.crowded(t, w, h), "after " + added + " servers added");
            slot = TopologyLayout.freeSlot(t, NodeRef.Kind.SERVER, w, h);
        }
        assertTrue(added >= room, "servers added: " + added);
    }

    @Test
    void whenTheServerBandIsFullArrangeMakesRoom() {
        Topology t = TopologyEdits.blank();
        assertEquals(Optional.empty(), TopologyLayout.freeSlot(t, NodeRef.Kind.SERVER, 820, 560));

        for (int servers = 3; servers <= 4; servers++) {
            t = TopologyLayout.arranged(TopologyEdits.addServer(t, TODAYS_NEW_SERVER), 820, 560, CardMode.BASE_FONT_PX);
            assertFalse(TopologyLayout.crowded(t, 820, 560), servers + " servers");
        }
    }

    @Test
    void plusClientFindsRoomBesideTheFirstClient() {
        Topology t = TopologyEdits.blank();

        Position at = TopologyLayout.freeSlot(t, NodeRef.Kind.CLIENT, 820, 560).orElseThrow();

        assertFalse(TopologyLayout.crowded(TopologyEdits.addClient(t, at), 820, 560));
    }

    @Test
    void balancersBesideRegionsWhoseServersStandCloseDoNotOverlap() {
        Topology t = dev.balancelab.ui.TierTopologies.regions(dev.balancelab.domain.HealthCheckSpec.DEFAULT);
        for (int i = 0; i < t.servers().size(); i++) { // four servers in a tight column: region centres 60 px apart
            t = TopologyEdits.move(
                    t, NodeRef.server(t.servers().get(i).id().value()), new Position(0.9, 0.35 + i * 0.1));
        }
        Geometry g = Geometry.of(t);
        g.resize(1000, 600);
        Box lb1 = g.balancerBox(0);
        Box lb2 = g.balancerBox(1);
        assertFalse(lb1.crowds(lb2, 0), lb1 + " and " + lb2);
        assertTrue(lb1.centreY() < lb2.centreY(), "eu's balancer stays above us's");
        var bands = g.regionBands();
        assertFalse(bands.get(0).crowds(bands.get(1), 0), "the bands meet but do not overlap");
    }
}
