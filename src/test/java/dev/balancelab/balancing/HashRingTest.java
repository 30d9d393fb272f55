package dev.balancelab.balancing;

import static dev.balancelab.balancing.Fixtures.CONFIG;
import static dev.balancelab.balancing.Fixtures.endpoints;
import static dev.balancelab.balancing.Fixtures.retry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
    void pointsSitAtTheHashesOfTheirNames() {
        List<Long> expected = new ArrayList<>();
        for (String name : List.of("a#0", "a#1", "a#2", "a#3", "b#0", "b#1")) {
            expected.add(Hashing.hash64(name));
        }
        Collections.sort(expected);
        List<Long> positions = HashRing.build(endpoints("b:1,a:2"), 2).points().stream()
                .map(HashRing.Point::position)
                .toList();
        assertEquals(expected, positions);
    }

    @Test
    void aMillionPointRingIsSortedAndOwnedByWeight() {
        HashRing ring = HashRing.build(Fixtures.endpoints("a:600,b:300,c:100"), 1000);
        assertEquals(1_000_000, ring.size());
        List<HashRing.Point> points = ring.points();
        Map<String, Integer> owned = new HashMap<>();
        for (int i = 0; i < points.size(); i++) {
            assertTrue(i == 0 || points.get(i - 1).position() <= points.get(i).position(), "sorted at " + i);
            owned.merge(points.get(i).owner().id().value(), 1, Integer::sum);
        }
        assertEquals(Map.of("a", 600_000, "b", 300_000, "c", 100_000), owned);
    }

    /** Issue 9: {@code a:2147483647} ended in "empty ring", {@code a:30000000,b} gave a no key (int overflow). */
    @ParameterizedTest
    @ValueSource(strings = {"a:2147483647", "a:30000000,b", "a:100000,b:100000"})
    void refusesMoreThanMaxPointsNamingTheLimit(String servers) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> HashRing.build(endpoints(servers), 100));
        assertTrue(e.getMessage().contains("limit of " + HashRing.MAX_POINTS), e.getMessage());
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
