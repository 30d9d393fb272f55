package dev.balancelab.ui.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.Position;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Dot positions follow lab time exactly; slots are reused; beyond the capacity dots are not drawn. */
class DotBufferTest {
    private static final long LEG = 100;
    private final Geometry g = new Geometry(
            List.of(new Position(0, 0.5)), new Position(0.5, 0.5), List.of(new Position(1, 0), new Position(1, 1)));
    private DotBuffer dots;

    @BeforeEach
    void setUp() {
        g.resize(1000, 600);
        dots = new DotBuffer(2, LEG, 10_000);
    }

    @Test
    void travelsClientBalancerServerWaitsAndComesBackGreen() {
        dots.started(7, 1, 0, 1, 0, 1_000, false);
        dots.advance(1_050, g);
        assertEquals((g.clientOutX(0) + g.balancerInX(0)) / 2, dots.x(0), 1e-9);
        assertEquals(DotBuffer.OUTBOUND, dots.colour(0));

        dots.advance(5_000, g);
        assertEquals(g.serverInX(1), dots.x(0), 1e-9, "waits at the server until its attempt ends");

        dots.ended(7, 1, DotBuffer.OK, false, 5_000);
        dots.advance(5_150, g);
        assertEquals((g.balancerInX(0) + g.clientOutX(0)) / 2, dots.x(0), 1e-9);
        assertEquals(DotBuffer.OK, dots.colour(0));

        dots.advance(5_200, g);
        assertEquals(0, dots.liveCount());
    }

    @Test
    void aPickFrozenByStepModeStartsAtTheBalancerAndIsTheFocusUntilItsDotIsHome() {
        dots.started(7, 1, 0, 1, 0, 1_000, true);
        dots.advance(1_000, g);
        assertEquals(g.balancerOutX(0), dots.x(0), 1e-9, "drawn where the pick was made, not at its client");
        assertEquals(DotBuffer.OUTBOUND, dots.colour(0), "a first attempt, not a retry");
        assertEquals(0, dots.focus());
        dots.advance(1_050, g);
        assertEquals((g.balancerOutX(0) + g.serverInX(1)) / 2, dots.x(0), 1e-9, "one leg to its server");

        dots.ended(7, 1, DotBuffer.OK, false, 1_100);
        dots.advance(1_300, g);
        assertEquals(0, dots.liveCount());
        assertEquals(-1, dots.focus(), "no focus once the dot is home");
    }

    @Test
    void advanceSaysWhetherAnythingCouldHaveMoved() {
        assertTrue(dots.advance(0, g), "the first frame");
        assertFalse(dots.advance(0, g), "same lab time, no event: the drawing stands (paused)");
        dots.started(7, 1, 0, 1, 0, 0, false);
        assertTrue(dots.advance(0, g), "a new dot");
        assertFalse(dots.advance(0, g));
        dots.ended(7, 1, DotBuffer.OK, false, 0);
        assertTrue(dots.advance(0, g), "a dot turned back");
        dots.moved();
        assertTrue(dots.advance(0, g), "the cards moved");
        assertTrue(dots.advance(10, g), "lab time went on");
    }

    @Test
    void failedAttemptStopsAtBalancerAndItsRetryStartsThere() {
        dots.started(7, 1, 0, 0, 0, 0, false);
        dots.ended(7, 1, DotBuffer.FAILED, true, 250);
        dots.started(7, 2, 0, 1, 0, 250, false);
        dots.advance(300, g);
        assertEquals(DotBuffer.FAILED, dots.colour(0));
        assertEquals(DotBuffer.RETRY, dots.colour(1));
        assertEquals((g.balancerOutX(0) + g.serverInX(1)) / 2, dots.x(1), 1e-9);

        dots.advance(350, g);
        assertEquals(1, dots.liveCount(), "the failed attempt ends at the balancer");
    }

    @Test
    void beyondCapacityAttemptsAreCountedNotDrawnAndSlotsAreReused() {
        dots.started(1, 1, 0, 0, 0, 0, false);
        dots.started(2, 1, 0, 0, 0, 0, false);
        dots.started(3, 1, 0, 0, 0, 0, false);
        assertEquals(1, dots.notDrawn());

        dots.ended(1, 1, DotBuffer.OK, false, 0);
        dots.advance(4 * LEG, g);
        dots.started(4, 1, 0, 0, 0, 4 * LEG, false);
        assertEquals(2, dots.liveCount());
        assertEquals(1, dots.notDrawn());
    }
}
