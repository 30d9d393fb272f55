package dev.balancelab.balancing;

import static dev.balancelab.balancing.Fixtures.servers;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.AlgorithmParams;
import dev.balancelab.domain.ServerId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MaglevTableTest {
    private static final int M = 65537;

    private static List<Endpoint> withWeight(List<Endpoint> endpoints, int weight) {
        return endpoints.stream()
                .map(e -> new Endpoint(e.id(), weight, e.stats()))
                .toList();
    }

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

    /**
     * The paper's backends with weights 1, 2, 2, filled as Envoy's {@code maglev_lb.cc} does, traced by hand: round 1
     * all claim (B0 3, B1 0, B2 4); round 2 all claim (B0 1, B1 2, B2 5); round 3 only B1 (3 × 2 &gt;= 4) claims 6.
     */
    @Test
    void weightedFillTakesTurnsWhenTheAccumulatedWeightAllows() {
        int[] weighted = MaglevTable.populate(new long[] {3, 0, 3}, new long[] {4, 2, 1}, new int[] {1, 2, 2}, 7);
        assertArrayEquals(new int[] {1, 0, 1, 0, 2, 2, 1}, weighted);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 1000, Integer.MAX_VALUE})
    void equalWeightsOfAnySizeGiveExactlyTheUnweightedTable(int weight) {
        List<Endpoint> unweighted = servers(100);
        List<Endpoint> weighted = withWeight(unweighted, weight);
        assertArrayEquals(
                MaglevTable.build(unweighted, 1009).entries(),
                MaglevTable.build(weighted, 1009).entries());
    }

    /** Issue 9: {@code ring --servers a:1000,b:1000 --table-size 1009} gave {"a":9910,"b":90}. */
    @Test
    void equalLargeWeightsSplitKeysEvenly() {
        Map<ServerId, Integer> load = KeyDistribution.assign(
                        new Maglev(),
                        Fixtures.endpoints("a:1000,b:1000"),
                        new PickerConfig(new AlgorithmParams(100, 1009, 10_000, 0), 1),
                        KeyDistribution.keys(10_000))
                .load();
        assertEquals(0.5, load.get(ServerId.of("a")) / 10_000.0, 0.03, load.toString());
    }

    /** Issue 9: 100 servers at weight 1000 left 34 with no key. */
    @Test
    void hundredServersOfWeightThousandAllGetKeysAsEvenlyAsUnweighted() {
        List<Endpoint> unweighted = servers(100);
        List<Endpoint> weighted = withWeight(unweighted, 1000);
        List<String> keys = KeyDistribution.keys(100_000);
        KeyDistribution byWeight = KeyDistribution.assign(new Maglev(), weighted, Fixtures.CONFIG, keys);
        KeyDistribution plain = KeyDistribution.assign(new Maglev(), unweighted, Fixtures.CONFIG, keys);
        assertTrue(
                byWeight.load().values().stream().allMatch(n -> n > 0),
                byWeight.load().toString());
        assertEquals(plain.maxOverMean(), byWeight.maxOverMean(), 1e-9);
        assertTrue(byWeight.maxOverMean() < 1.15, "max/mean " + byWeight.maxOverMean());
    }

    @ParameterizedTest(name = "{0} -> {1}:1")
    @CsvSource(
            delimiter = '|',
            value = {"a:2,b:1 | 2", "a:3,b:1 | 3", "a:2000,b:1000 | 2"})
    void weightsScaleEntries(String servers, double ratio) {
        int[] counts = MaglevTable.build(Fixtures.endpoints(servers), M).entriesPerBackend();
        assertEquals(ratio, counts[0] / (double) counts[1], 0.01);
    }

    @Test
    void extremeWeightsStillFillTheTableAndGiveEveryBackendAnEntry() {
        int[] counts = MaglevTable.build(Fixtures.endpoints("a:2147483647,b:1,c:30000000"), 1009)
                .entriesPerBackend();
        assertEquals(1009, Arrays.stream(counts).sum());
        assertEquals(1, counts[1], "weight 1 of 2^31 - 1: its round-1 turn only");
        assertEquals(1009 * 30e6 / Integer.MAX_VALUE, counts[2], 1.5, Arrays.toString(counts));
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
