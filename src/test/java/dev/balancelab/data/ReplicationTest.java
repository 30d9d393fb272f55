package dev.balancelab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.balancing.HashRing;
import dev.balancelab.balancing.Hashing;
import dev.balancelab.domain.ReplicationSpec;
import dev.balancelab.domain.ServerId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Dynamo preference lists (SOSP 2007, section 4.3) and strict quorums (section 4.5) with N = 3, R = W = 2. */
class ReplicationTest {
    private static final List<ServerId> NODES =
            IntStream.rangeClosed(1, 6).mapToObj(i -> ServerId.of("d" + i)).toList();
    private static final List<String> KEYS =
            IntStream.range(0, 5_000).mapToObj(i -> "user-" + i).toList();
    private static final StorageRing RING = new StorageRing(NODES, 32);
    private static final Replication QUORUMS = new Replication(RING, new ReplicationSpec(3, 2, 2));

    /** The list read off the ring's points directly: walk clockwise, keep each node the first time it appears. */
    private static List<ServerId> walk(HashRing ring, String key, int n) {
        List<HashRing.Point> points = ring.points();
        int start = ring.indexOf(Hashing.hash64(key));
        Set<ServerId> seen = new LinkedHashSet<>();
        for (int i = 0; seen.size() < n; i++) {
            seen.add(points.get((start + i) % points.size()).owner().id());
        }
        return List.copyOf(seen);
    }

    @Test
    void preferenceListIsTheNextNDistinctNodesClockwise() {
        for (String key : KEYS) {
            List<ServerId> list = RING.preferenceList(key, 3);
            assertEquals(walk(RING.ring(), key, 3), list, key);
            assertEquals(3, new HashSet<>(list).size(), key);
        }
        assertEquals(NODES.size(), RING.preferenceList("user-1", 10).size(), "at most every node once");
    }

    @Test
    void withOneNodeDownNoReadOrWriteFails() {
        for (ServerId down : NODES) {
            for (String key : KEYS) {
                assertTrue(QUORUMS.read(key, Set.of(down)), key + " read with " + down + " down");
                assertTrue(QUORUMS.write(key, Set.of(down)), key + " write with " + down + " down");
            }
            Replication.KeyHealth h = QUORUMS.health(KEYS, Set.of(down));
            assertEquals(0, h.unavailableKeys());
            assertTrue(h.underReplicatedKeys() > 0, "the keys " + down + " holds lost a replica");
        }
    }

    @Test
    void withTwoNodesDownExactlyTheKeysThatLostTwoReplicasFail() {
        Set<ServerId> down = Set.of(NODES.get(1), NODES.get(3));
        List<String> lostTwo = new ArrayList<>();
        for (String key : KEYS) {
            if (RING.preferenceList(key, 3).containsAll(down)) {
                lostTwo.add(key);
            }
        }
        List<String> failedReads =
                KEYS.stream().filter(k -> !QUORUMS.read(k, down)).toList();
        List<String> failedWrites =
                KEYS.stream().filter(k -> !QUORUMS.write(k, down)).toList();
        assertTrue(!lostTwo.isEmpty() && lostTwo.size() < KEYS.size() / 2, "some keys, not most: " + lostTwo.size());
        assertEquals(lostTwo, failedReads);
        assertEquals(lostTwo, failedWrites);
        assertEquals(lostTwo.size(), QUORUMS.health(KEYS, down).unavailableKeys());
    }
}
