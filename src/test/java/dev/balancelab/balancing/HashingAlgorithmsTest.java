package dev.balancelab.balancing;

import static dev.balancelab.balancing.Fixtures.CONFIG;
import static dev.balancelab.balancing.Fixtures.servers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.AlgorithmParams;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Removing one of 10 servers: what moves, for each hash algorithm (10 000 keys). */
class HashingAlgorithmsTest {
    private static final List<String> KEYS = KeyDistribution.keys(10_000);
    private static final List<String> MORE_KEYS = KeyDistribution.keys(100_000);

    @Test
    void consistentHashMovesOnlyTheRemovedServersKeys() {
        KeyDistribution.Movement m = removeS3(new ConsistentHash());
        assertEquals(0, m.movedFromSurvivors());
        assertEquals(0.10, m.movedFraction(), 0.03);
    }

    @Test
    void rendezvousMovesOnlyTheRemovedServersKeys() {
        KeyDistribution.Movement m = removeS3(new Rendezvous());
        assertEquals(0, m.movedFromSurvivors());
        assertEquals(0.10, m.movedFraction(), 0.02);
    }

    @Test
    void ipHashMovesAboutNineTenths() {
        KeyDistribution.Movement m = removeS3(new IpHash());
        assertEquals(0.90, m.movedFraction(), 0.02);
    }

    @Test
    void maglevMovesNearlyOnlyTheRemovedServersKeys() {
        KeyDistribution.Movement m = removeS3(new Maglev());
        assertEquals(0.10, m.movedFraction(), 0.03);
        assertTrue(m.movedFromSurvivors() < KEYS.size() / 100, "moved from survivors " + m.movedFromSurvivors());
    }

    @Test
    void virtualNodesReduceLoadSpread() {
        double v10 = spread(10);
        double v1000 = spread(1000);
        assertTrue(v10 > 1.4, "V=10 max/mean " + v10);
        assertTrue(v1000 < 1.08, "V=1000 max/mean " + v1000);
    }

    @Test
    void weightedRendezvousSharesKeysByWeight() {
        KeyDistribution d = KeyDistribution.assign(new Rendezvous(), Fixtures.endpoints("a:3,b:1"), CONFIG, KEYS);
        assertEquals(7500, d.load().get(dev.balancelab.domain.ServerId.of("a")), 150);
    }

    private static double spread(int vnodes) {
        PickerConfig config = new PickerConfig(new AlgorithmParams(vnodes, 65537, 1000, 0), 1);
        return KeyDistribution.assign(new ConsistentHash(), servers(10), config, MORE_KEYS)
                .maxOverMean();
    }

    private static KeyDistribution.Movement removeS3(Algorithm algorithm) {
        List<Endpoint> all = servers(10);
        List<Endpoint> without =
                all.stream().filter(e -> !e.id().value().equals("s3")).toList();
        KeyDistribution before = KeyDistribution.assign(algorithm, all, CONFIG, KEYS);
        return before.movementTo(KeyDistribution.assign(algorithm, without, CONFIG, KEYS));
    }
}
