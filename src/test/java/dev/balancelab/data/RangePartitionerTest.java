package dev.balancelab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.balancelab.domain.ServerId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Range partitioning as HBase splits regions (a region holds its start key, not its end key) and replicas as
 * Cassandra's {@code SimpleStrategy} places them on a byte-ordered ring: the owner, then the next nodes in key order.
 */
class RangePartitionerTest {
    private static final ServerId DB1 = ServerId.of("db1");
    private static final ServerId DB2 = ServerId.of("db2");
    private static final ServerId DB3 = ServerId.of("db3");
    private static final RangePartitioner RANGES = new RangePartitioner(List.of(DB1, DB2, DB3), List.of("g", "p"));

    @Test
    void aSplitPointStartsTheNextRange() {
        assertEquals(DB1, RANGES.owner("a"));
        assertEquals(DB1, RANGES.owner("fzz"));
        assertEquals(DB2, RANGES.owner("g"), "the split point belongs to the range it starts");
        assertEquals(DB2, RANGES.owner("oz"));
        assertEquals(DB3, RANGES.owner("p"));
        assertEquals(DB3, RANGES.owner("zzz"));
    }

    @Test
    void userKeysCompareAsStringsNotNumbers() {
        RangePartitioner users = new RangePartitioner(List.of(DB1, DB2, DB3), List.of("user-3", "user-6"));
        assertEquals(DB1, users.owner("user-10"), "\"user-10\" sorts before \"user-3\"");
        assertEquals(DB1, users.owner("user-299"));
        assertEquals(DB2, users.owner("user-3"));
        assertEquals(DB2, users.owner("user-599"));
        assertEquals(DB3, users.owner("user-6"));
        assertEquals(DB3, users.owner("user-99"));
    }

    @Test
    void replicasAreTheNextNodesInKeyOrderWrapping() {
        assertEquals(List.of(DB1, DB2), RANGES.preferenceList("a", 2));
        assertEquals(List.of(DB3, DB1, DB2), RANGES.preferenceList("x", 3));
        assertEquals(List.of(DB3, DB1, DB2), RANGES.preferenceList("x", 9), "every node once at most");
    }

    @Test
    void refusesUnsortedOrMiscountedSplitPoints() {
        assertThrows(
                IllegalArgumentException.class, () -> new RangePartitioner(List.of(DB1, DB2, DB3), List.of("p", "g")));
        assertThrows(IllegalArgumentException.class, () -> new RangePartitioner(List.of(DB1, DB2), List.of()));
    }
}
