package dev.balancelab.ui.topology;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A pile of dots on one pixel is drawn once per colour and frame. */
class PixelSetTest {
    private final PixelSet set = new PixelSet(4);

    @Test
    void secondMarkOnTheSamePixelAndCodeIsRefusedUntilCleared() {
        assertTrue(set.add(2, 100.2, 50.4));
        assertFalse(set.add(2, 99.6, 49.8), "rounds to the same pixel");
        assertTrue(set.add(3, 100.2, 50.4), "another colour");
        assertTrue(set.add(2, 101.2, 50.4), "the next pixel");

        set.clear();
        assertTrue(set.add(2, 100.2, 50.4));
    }

    @Test
    void holdsAsManyMarksAsItWasMadeFor() {
        for (int i = 0; i < 4; i++) {
            assertTrue(set.add(0, i, 0));
        }
        for (int i = 0; i < 4; i++) {
            assertFalse(set.add(0, i, 0));
        }
    }
}
