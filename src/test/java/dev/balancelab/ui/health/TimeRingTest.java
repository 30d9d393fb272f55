package dev.balancelab.ui.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The timeline's ring keeps the newest entries in order and remembers the value before the oldest. */
class TimeRingTest {
    @Test
    void keepsTheNewestEntriesAndTheValueBeforeThem() {
        TimeRing ring = new TimeRing(3, 7);
        assertEquals(7, ring.base());
        for (int i = 1; i <= 5; i++) {
            ring.add(i * 100L, i);
        }
        assertEquals(3, ring.size());
        assertEquals(300, ring.time(0));
        assertEquals(3, ring.value(0));
        assertEquals(500, ring.time(2));
        assertEquals(5, ring.value(2));
        assertEquals(2, ring.base(), "the last value dropped is in force before the oldest entry");
        assertEquals(5, ring.added(), "counts dropped entries too, so a full ring still shows a change");
    }
}
