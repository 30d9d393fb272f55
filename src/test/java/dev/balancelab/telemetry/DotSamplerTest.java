package dev.balancelab.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Every request is drawn up to the budget's rate; above it one in k, spread over round robin's servers. */
class DotSamplerTest {
    private static final long SECOND = 1_000_000_000L;
    /** Dots travel 1 lab s, 300 of them at most: up to 300 attempts per lab second every one is drawn. */
    private final DotSampler sampler = new DotSampler(300, SECOND);

    /** Sends {@code rate} attempts per lab second for {@code seconds} from {@code id}; returns how many were drawn. */
    private int send(long fromId, int rate, int seconds, long startNanos) {
        int drawn = 0;
        for (long i = 0; i < (long) rate * seconds; i++) {
            if (sampler.draw(fromId + i, startNanos + i * SECOND / rate)) {
                drawn++;
            }
        }
        return drawn;
    }

    /** 1,000 attempts per lab second for 3 lab seconds: one dot in five. */
    private void oneInFive() {
        send(0, 1_000, 3, 0);
        assertEquals(5, sampler.perDot());
    }

    @Test
    void drawsEveryRequestAtALessonsRate() {
        assertEquals(2_500, send(0, 250, 10, 0));
        assertEquals(1, sampler.perDot());
    }

    @Test
    void aboveTheBudgetOneDotStandsForTwoFiveOrTenRequests() {
        send(0, 1_000, 3, 0);
        assertEquals(5, sampler.perDot(), "1,000/s × 1 s = 1,000 dots: one in 5 keeps 200 ≤ 300");
        send(3_000, 20_000, 2, 3 * SECOND);
        assertEquals(100, sampler.perDot(), "20,000/s: one in 100 (200 dots), one in 50 would be 400");
    }

    @Test
    void theSampleIsAboutOneInKAndSpreadOverRoundRobinsServers() {
        send(0, 1_000, 2, 0);
        int[] perServer = new int[100];
        int drawn = 0;
        for (long id = 2_000; id < 12_000; id++) {
            if (sampler.draw(id, 2 * SECOND + (id - 2_000) * SECOND / 1_000)) {
                drawn++;
                perServer[(int) (id % 100)]++; // round robin: consecutive ids to consecutive servers
            }
        }
        assertEquals(5, sampler.perDot());
        assertEquals(2_000, drawn, 100, "about one in five");
        for (int s = 0; s < 100; s++) {
            assertTrue(perServer[s] >= 10, "server " + s + " got " + perServer[s] + " of ~20 dots");
        }
    }

    @Test
    void goesBackToEveryRequestWhenTheRateFallsButDoesNotFlapAtTheEdge() {
        oneInFive();
        send(3_000, 280, 3, 3 * SECOND);
        assertEquals(2, sampler.perDot(), "280 dots fit 300, but not 80 % of it: one in 2 stays");
        send(4_000, 100, 3, 6 * SECOND);
        assertEquals(1, sampler.perDot());
    }

    @Test
    void aTrickleAfterALongQuietSpellIsDrawnInFull() {
        oneInFive();
        send(3_000, 1, 2, 60 * SECOND);
        assertEquals(1, sampler.perDot(), "one attempt in the window that ended after 57 quiet lab seconds");
    }
}
