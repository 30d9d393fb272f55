package dev.balancelab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {
    private static final Rectangle2D PROJECTOR = new Rectangle2D(0, 0, 1280, 692);

    @Test
    void preferredSizeOnASmallScreenShrinksToItsVisualBounds() {
        assertEquals(PROJECTOR, WindowPlacement.fit(WindowPlacement.PREFERRED, PROJECTOR));
    }

    @Test
    void preferredSizeOnALargeScreenIsCentred() {
        Rectangle2D screen = new Rectangle2D(0, 0, 1920, 1040);
        assertEquals(new Rectangle2D(260, 70, 1400, 900), WindowPlacement.fit(WindowPlacement.PREFERRED, screen));
    }

    @Test
    void storedBoundsPastTheScreenEdgeMoveBackOnIt() {
        Rectangle2D screen = new Rectangle2D(1920, 0, 1280, 720);
        Rectangle2D stored = new Rectangle2D(2900, 500, 1000, 600);
        assertEquals(new Rectangle2D(2200, 120, 1000, 600), WindowPlacement.fit(stored, screen));
    }
}
