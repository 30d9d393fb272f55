package dev.balancelab.balancing;

import static dev.balancelab.balancing.Fixtures.CONFIG;
import static dev.balancelab.balancing.Fixtures.endpoints;
import static dev.balancelab.balancing.Fixtures.retry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HashRingTest {
    @Test
    void hasWeightTimesVirtualNodesPointsInClockwiseOrder() {
        HashRing ring = HashRing.build(endpoints("a:2,b:1"), 5);
        assertEquals(15, ring.size());
        assertEquals(
                10,
                ring.points().stream()
                        .filter(p -> p.owner().id().value().equals("a"))
                        .count());
        List<HashRing.Point> points = ring.points();
        for (int i = 1; i < points.size(); i++) {
            assertTrue(points.get(i - 1).position() < points.get(i).position());
            assertTrue(HashRing.fraction(points.get(i - 1).position())
                    < HashRing.fraction(points.get(i).position()));
        }
    }

    @Test
    void lookupTakesTheFirstPointAtOrAfterTheHashAndWraps() {
        HashRing ring = HashRing.build(endpoints("a,b,c"), 4);
        List<HashRing.Point> points = ring.points();
        long third = points.get(2).position();
        assertEquals(2, ring.indexOf(third));
        assertEquals(2, ring.indexOf(third - 1));
        assertEquals(3, ring.indexOf(third + 1));
        assertEquals(0, ring.indexOf(points.get(points.size() - 1).position() + 1));
        assertSame(points.get(0).owner(), ring.lookup(Long.MIN_VALUE, Set.of()));
    }

    @Test
    void lookupSkipsToTheNextDistinctOwnerClockwise() {
        HashRing ring = HashRing.build(endpoints("a,b,c"), 50);
        long h = ring.points().get(0).position();
        Endpoint owner = ring.lookup(h, Set.of());
        Endpoint next = ring.lookup(h, Set.of(owner.id()));
        assertNotEquals(owner.id(), next.id());
        int i = 0;
        while (ring.points().get(i).owner().id().equals(owner.id())) {
            i++;
        }
        assertSame(ring.points().get(i).owner(), next);
    }

    @Test
    void pickerUsesTheRingItExposes() {
        ConsistentHash.RingPicker picker =
                (ConsistentHash.RingPicker) new ConsistentHash().newPicker(endpoints("a,b,c,d"), CONFIG);
        for (int k = 0; k < 200; k++) {
            String key = "user-" + k;
            assertSame(picker.ring().lookup(Hashing.hash64(key), Set.of()), picker.pick(retry(key)));
        }
    }

    @Test
    void fractionRunsFromMinValueToJustBelowOne() {
        assertEquals(0.0, HashRing.fraction(Long.MIN_VALUE));
        assertEquals(0.5, HashRing.fraction(0));
        assertTrue(HashRing.fraction(Long.MAX_VALUE) < 1.0);
    }
}
