package dev.balancelab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.balancelab.domain.CachePolicy;
import dev.balancelab.domain.CacheSpec;
import dev.balancelab.domain.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The servers' {@code cache} and the clients' {@code zipfExponent} in topology files. */
class CacheFieldsTest {
    private static final String FILE = """
            {
              "schemaVersion": 1,
              "clients": [{"id": "c1", "users": 1000, "zipfExponent": 0.9}],
              "balancer": {"algorithm": "consistent-hash"},
              "servers": [
                {"id": "s1", "cache": {"capacity": 200, "policy": "w-tinylfu", "hitMs": 2}},
                {"id": "s2", "cache": {}},
                {"id": "s3"}
              ]
            }
            """;

    @Test
    void readsTheCacheAndSkewAndWritesThemBack() throws Exception {
        Topology t = TopologyFiles.read(FILE, "lab.json");
        assertEquals(
                new CacheSpec(200, CachePolicy.W_TINYLFU, 2), t.servers().get(0).cache());
        assertEquals(CacheSpec.DEFAULT, t.servers().get(1).cache(), "absent fields take the defaults");
        assertNull(t.servers().get(2).cache(), "no cache field, no cache");
        assertEquals(0.9, t.clients().get(0).zipfExponent());
        assertEquals(t, TopologyFiles.read(TopologyFiles.write(t), "again.json"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "\"capacity\": 200 | \"capacity\": 0 | lab.json:6:40: servers[0].cache.capacity: must be >= 1, was 0",
                "\"capacity\": 200 | \"capacity\": 1000001"
                        + " | lab.json:6:40: servers[0].cache.capacity: must be <= 1000000, was 1000001",
                "\"hitMs\": 2 | \"hitMs\": -1 | lab.json:6:77: servers[0].cache.hitMs: must be >= 0, was -1",
                "\"w-tinylfu\" | \"lfu\" | lab.json:6:55: servers[0].cache.policy: must be one of lru, w-tinylfu;"
                        + " was \"lfu\"",
                "\"hitMs\": 2 | \"ttl\": 2 | lab.json:6:68: servers[0].cache.ttl: unknown field (expected one of"
                        + " capacity, policy, hitMs)",
                "\"zipfExponent\": 0.9 | \"zipfExponent\": 6 | lab.json:3:59: clients[0].zipfExponent: must be <= 5,"
                        + " was 6",
            })
    void badValuesGiveOneLineNamingTheField(String from, String to, String message) {
        TopologyFileException e =
                assertThrows(TopologyFileException.class, () -> TopologyFiles.read(FILE.replace(from, to), "lab.json"));
        assertEquals(message, e.getMessage());
    }
}
