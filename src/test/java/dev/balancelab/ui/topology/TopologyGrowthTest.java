package dev.balancelab.ui.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.balancelab.domain.Topology;
import dev.balancelab.ui.FallbackTopology;
import dev.balancelab.ui.common.TopologyEdits;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the view draws a lab: full cards or chips, how far it zooms out, and what opening a crowded file arranges. */
class TopologyGrowthTest {
    private static final double WIDTH = 1000;
    private static final double HEIGHT = 560;

    @ParameterizedTest
    @CsvSource({"4, 1, FULL", "20, 4, COMPACT", "50, 10, COMPACT", "100, 20, COMPACT"})
    void openingAStackedLabArrangesItIntoCardsThatDoNotCrowd(int servers, int clients, CardMode cards) {
        Topology opened = TopologyLayout.uncrowded(FallbackTopology.stacked(servers, clients));

        CardMode mode = TopologyLayout.serverCards(opened, WIDTH, HEIGHT);
        double growth = TopologyLayout.growth(opened, WIDTH, HEIGHT, mode);
        assertEquals(cards, mode);
        assertFalse(TopologyLayout.crowded(opened, WIDTH * growth, HEIGHT * growth, mode));
    }

    @ParameterizedTest
    @CsvSource({"1280, 560, 1.0", "700, 400, 1.15"})
    void theCanvasGrowsOnlyAsFarAsTheStoredPositionsNeed(double width, double height, double expected) {
        Topology blankLab = TopologyEdits.blank();

        assertEquals(expected, TopologyLayout.growth(blankLab, width, height), 1e-9);
    }

    @ParameterizedTest
    @CsvSource({"4", "6"})
    void aLabThatFitsIsOpenedAsItIs(int servers) {
        Topology t = TopologyLayout.arrangedToFit(FallbackTopology.stacked(servers, 2), WIDTH, HEIGHT);

        assertSame(t, TopologyLayout.uncrowded(t));
    }
}
