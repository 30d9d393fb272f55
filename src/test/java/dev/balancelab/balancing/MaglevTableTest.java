package dev.balancelab.balancing;

import static dev.balancelab.balancing.Fixtures.servers;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.ServerId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MaglevTableTest {
    private static final int M = 65537;

    /**
     * Eisenbud et al., NSDI 2016, Table 1: M = 7, B0 (offset 3, skip 4), B1 (0, 2), B2 (3, 1) give
     * B1 B0 B1 B0 B2 B2 B0.
     * Without B1, Pseudocode 1 traced by hand gives B0 B0 B0 B0 B2 B2 B2.
     */
    @Test
    void populatesThePapersExample() {
        int[] all = MaglevTable.populate(new long[] {3, 0, 3}, new long[] {4, 2, 1}, new int[] {1, 1, 1}, 7);
        assertArrayEquals(new int[] {1, 0, 1, 0, 2, 2, 0}, all);
        int[] withoutB1 = MaglevTable.populate(new long[] {3, 3}, new long[] {4, 1}, new int[] {1, 1}, 7);
        assertArrayEquals(new int[] {0, 0, 0, 0, 1, 1, 1}, withoutB1);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 5, 10, 17})
    void equalWeightsGetEntriesWithinOneOfEachOther(int backends) {
        int[] counts = MaglevTable.build(servers(backends), M).entriesPerBackend();
        int max = Arrays.stream(counts).max().orElseThrow();
        int min = Arrays.stream(counts).min().orElseThrow();
        assertTrue(max - min <= 1, Arrays.toString(counts));
        assertEquals(M, Arrays.stream(counts).sum());
    }

    @Test
    void weightsScaleEntries() {
        int[] counts = MaglevTable.build(Fixtures.endpoints("a:3,b:1"), M).entriesPerBackend();
        assertEquals(3.0, counts[0] / (double) counts[1], 0.01);
    }

    @Test
    void removingABackendDisruptsFewSurvivorEntries() {
        List<Endpoint> all = servers(10);
        MaglevTable before = MaglevTable.build(all, M);
        MaglevTable after = MaglevTable.build(
                all.stream().filter(e -> !e.id().value().equals("s3")).toList(), M);
        int[] b = before.entries();
        int[] a = after.entries();
        int survivorSlotsChanged = 0;
        for (int slot = 0; slot < M; slot++) {
            ServerId was = before.backends().get(b[slot]).id();
            if (!was.value().equals("s3")
                    && !was.equals(after.backends().get(a[slot]).id())) {
                survivorSlotsChanged++;
            }
        }
        assertTrue(survivorSlotsChanged > 0, "Maglev is near-minimal, not minimal");
        assertTrue(survivorSlotsChanged < M / 100, "survivor slots changed: " + survivorSlotsChanged);
    }

    @Test
    void lookupWalksToTheNextUntriedSlot() {
        MaglevTable table = MaglevTable.build(servers(3), 7);
        long hash = 4;
        Endpoint first = table.lookup(hash, Set.of());
        Endpoint second = table.lookup(hash, Set.of(first.id()));
        assertNotEquals(first.id(), second.id());
        int slot = table.slotOf(hash);
        int[] entries = table.entries();
        int expected = slot;
        while (table.backends().get(entries[expected]).id().equals(first.id())) {
            expected = (expected + 1) % 7;
        }
        assertEquals(table.backends().get(entries[expected]), second);
    }

    @Test
    void rejectsANonPrimeSize() {
        assertThrows(IllegalArgumentException.class, () -> MaglevTable.build(servers(2), 65536));
    }
}
