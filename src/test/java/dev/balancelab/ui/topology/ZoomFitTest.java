package dev.balancelab.ui.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Ctrl+0: the content fills the viewport inside the margin, centred. */
class ZoomFitTest {
    @Test
    void wideContentIsScaledToTheViewportWidthAndCentredVertically() {
        ZoomFit fit = ZoomFit.of(new Box(100, 50, 2000, 500), 1020, 720, 10);

        assertEquals(0.5, fit.scale(), 1e-12);
        assertEquals(10, fit.scale() * 100 + fit.translateX(), 1e-9, "left edge at the margin");
        assertEquals(1010, fit.scale() * 2100 + fit.translateX(), 1e-9, "right edge at the margin");
        assertEquals(360, fit.scale() * 300 + fit.translateY(), 1e-9, "centre at the viewport's centre");
    }

    @Test
    void smallContentIsEnlarged() {
        ZoomFit fit = ZoomFit.of(new Box(0, 0, 100, 100), 420, 220, 10);

        assertEquals(2, fit.scale(), 1e-12);
        assertEquals(10, fit.translateY(), 1e-9);
        assertEquals(110, fit.translateX(), 1e-9);
    }

    @Test
    void aSingleCardWideButFlatKeepsItsWidthRule() {
        assertEquals(4, ZoomFit.of(new Box(0, 0, 100, 0), 400, 300, 0).scale(), 1e-12);
        assertEquals(1, ZoomFit.of(new Box(5, 5, 0, 0), 400, 300, 0).scale(), 1e-12);
    }

    @Test
    void aViewportWithoutRoomInsideTheMarginIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ZoomFit.of(new Box(0, 0, 1, 1), 20, 300, 10));
    }
}
