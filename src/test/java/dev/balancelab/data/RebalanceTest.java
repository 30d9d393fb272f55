package dev.balancelab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.Partitioning;
import dev.balancelab.domain.Position;
import dev.balancelab.domain.ReplicationSpec;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.StorageNodeSpec;
import dev.balancelab.domain.StorageSpec;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Adding and removing a storage node: consistent hashing moves only the keys of the node that leaves (about K/n) and
 * gives a joining node about K/(n+1) from all others (Karger et al., STOC 1997, section 4); range partitioning moves
 * a neighbour's range.
 */
class RebalanceTest {
    private static final List<String> KEYS =
            IntStream.range(0, 10_000).mapToObj(i -> "user-" + i).toList();
    private static final ServerId DB2 = ServerId.of("db2");

    private static StorageSpec spec(Partitioning partitioning, List<String> splits) {
        List<StorageNodeSpec> nodes = IntStream.rangeClosed(1, 4)
                .mapToObj(i -> StorageNodeSpec.defaults(ServerId.of("db" + i), new Position(0.9, 0.5)))
                .toList();
        return new StorageSpec(nodes, partitioning, 200, splits, new ReplicationSpec(3, 2, 2), false);
    }

    @Test
    void hashRemovalMovesExactlyTheLeavingNodesKeysAboutAQuarter() {
        StorageSpec ring = spec(Partitioning.HASH, List.of());
        Rebalance.Move m = Rebalance.remove(ring, DB2, KEYS);
        assertEquals(Rebalance.owners(ring, KEYS).get(DB2), m.moved(), "only db2's keys move");
        assertTrue(
                m.flows().keySet().stream().allMatch(f -> f.startsWith("db2 -> ")),
                m.flows().toString());
        assertEquals(2_500, m.idealMoved());
        assertEquals(25, m.movedPercent(), 5, "about K/n with 200 virtual nodes");
    }

    @Test
    void hashAdditionTakesAboutAFifthFromEveryNode() {
        Rebalance.Move m = Rebalance.add(spec(Partitioning.HASH, List.of()), KEYS);
        assertEquals(ServerId.of("db5"), m.node());
        assertTrue(
                m.flows().keySet().stream().allMatch(f -> f.endsWith(" -> db5")),
                m.flows().toString());
        assertEquals(4, m.flows().size(), "every node gives some keys");
        assertEquals(20, m.movedPercent(), 4);
        assertEquals(20, m.idealPercent(), 1e-9);
    }

    @Test
    void rangeRemovalHandsTheWholeRangeToThePreviousNeighbour() {
        StorageSpec ranges = spec(Partitioning.RANGE, List.of("user-25", "user-5", "user-75"));
        Map<ServerId, Integer> owners = Rebalance.owners(ranges, KEYS);
        Rebalance.Move m = Rebalance.remove(ranges, DB2, KEYS);
        assertEquals(Map.of("db2 -> db1", owners.get(DB2)), m.flows());
        Rebalance.Move first = Rebalance.remove(ranges, ServerId.of("db1"), KEYS);
        assertEquals(Map.of("db1 -> db2", owners.get(ServerId.of("db1"))), first.flows(), "the first goes to the next");
    }

    @Test
    void rangeAdditionSplitsTheFullestRangeInHalf() {
        StorageSpec ranges = spec(Partitioning.RANGE, List.of("user-1", "user-2", "user-3"));
        Map<ServerId, Integer> owners = Rebalance.owners(ranges, KEYS);
        ServerId fullest = owners.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
        Rebalance.Move m = Rebalance.add(ranges, KEYS);
        assertEquals(Map.of(fullest + " -> db5", owners.get(fullest) - owners.get(fullest) / 2), m.flows());
    }
}
