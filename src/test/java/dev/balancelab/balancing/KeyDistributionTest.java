package dev.balancelab.balancing;

import static dev.balancelab.balancing.Fixtures.CONFIG;
import static dev.balancelab.balancing.Fixtures.servers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link KeyDistribution#tally} streams keys without storing them and counts what {@code assign} stores. */
class KeyDistributionTest {
    private static final int KEYS = 20_000;

    @Test
    void tallyCountsTheSameLoadAndMovementAsTheStoredAssignment() {
        Algorithm maglev = new Maglev();
        List<Endpoint> all = servers(7);
        List<Endpoint> without = all.subList(1, all.size());
        KeyDistribution before = KeyDistribution.assign(maglev, all, CONFIG, KeyDistribution.keys(KEYS));
        KeyDistribution after = KeyDistribution.assign(maglev, without, CONFIG, KeyDistribution.keys(KEYS));

        KeyDistribution.Tally tally = KeyDistribution.tally(
                maglev.newPicker(all, CONFIG), Optional.of(maglev.newPicker(without, CONFIG)), KEYS);

        assertEquals(KEYS, tally.keys());
        assertEquals(before.load(), tally.load());
        assertEquals(before.maxOverMean(), tally.maxOverMean(), 1e-12);
        assertEquals(Optional.of(before.movementTo(after)), tally.movement());
    }

    @Test
    void tallyWithoutAChangeReportsNoMovement() {
        KeyDistribution.Tally tally =
                KeyDistribution.tally(new Rendezvous().newPicker(servers(3), CONFIG), Optional.empty(), 10);
        assertEquals(Optional.empty(), tally.movement());
        assertEquals(
                10, tally.load().values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(tally.maxOverMean() >= 1);
    }

    @Test
    void keysAreNumberedFromZero() {
        assertEquals(List.of("key-0", "key-1", "key-2"), KeyDistribution.keys(3));
        assertEquals("key-41", KeyDistribution.key(41));
    }
}
