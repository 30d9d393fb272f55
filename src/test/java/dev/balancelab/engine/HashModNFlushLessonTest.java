package dev.balancelab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.Topology;
import dev.balancelab.io.SampleTopologies;
import dev.balancelab.telemetry.CacheCounts;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lesson 13, "hash mod N": lesson 12's caches (150 keys, LRU, on each of 4 servers; one client of 600 users, Zipf
 * s = 0.5, 80 requests/s) under ip-hash and under consistent hashing, seed 1, in virtual time, as {@code run --json}
 * runs it. s2 is killed at 20 s and DOWN at 23 s (interval 1 s, fall 3), when the balancer's N drops from 4 to 3.
 * Measured with {@code run --json --seed 1 --duration T} at T = 15, 20, 23, 25 s: both 0.89 in 15-20 s (342 hits of 385
 * lookups); in 23-25 s ip-hash 0.37 (63 of 171), consistent hashing 0.82 (138 of 169).
 */
class HashModNFlushLessonTest {
    private static final String LESSON = "13-hash-mod-n-cache-flush.json";

    private static CacheCounts lookupsUntil(AlgorithmKind algorithm, long ms) throws Exception {
        Topology t = SampleTopologies.load(LESSON);
        Topology lab = t.withBalancer(t.balancer().withAlgorithm(algorithm));
        return new HeadlessRun(lab, 1, true, null, List.of(), ms)
                .run()
                .snapshot()
                .cache();
    }

    /** The hit ratio of the lookups between {@code fromMs} and {@code toMs}. */
    private static CacheCounts between(AlgorithmKind algorithm, long fromMs, long toMs) throws Exception {
        CacheCounts from = lookupsUntil(algorithm, fromMs);
        CacheCounts to = lookupsUntil(algorithm, toMs);
        return new CacheCounts(to.hits() - from.hits(), to.misses() - from.misses());
    }

    @Test
    void losingOneServerFlushesEveryCacheUnderModNButOnlyItsOwnKeysUnderConsistentHashing() throws Exception {
        CacheCounts modNBefore = between(AlgorithmKind.IP_HASH, 15_000, 20_000);
        CacheCounts ringBefore = between(AlgorithmKind.CONSISTENT_HASH, 15_000, 20_000);
        CacheCounts modNAfter = between(AlgorithmKind.IP_HASH, 23_000, 25_000);
        CacheCounts ringAfter = between(AlgorithmKind.CONSISTENT_HASH, 23_000, 25_000);
        String figures = "15-20 s: mod N " + modNBefore + ", ring " + ringBefore + "; 23-25 s: mod N " + modNAfter
                + ", ring " + ringAfter;

        assertEquals(modNBefore.hitRatio(), ringBefore.hitRatio(), 0.02, "both warm alike first: " + figures);
        assertTrue(modNBefore.hitRatio() > 0.85, figures);
        assertTrue(modNAfter.hitRatio() < 0.45, "hash mod 3 remaps most users: " + figures);
        assertTrue(ringAfter.hitRatio() > 0.75, "the ring moves only s2's users: " + figures);
        double modNDip = modNBefore.hitRatio() - modNAfter.hitRatio();
        double ringDip = ringBefore.hitRatio() - ringAfter.hitRatio();
        assertTrue(modNDip > 4 * ringDip, "the mod-N dip is far deeper: " + figures);
    }
}
