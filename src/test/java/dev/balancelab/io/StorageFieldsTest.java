package dev.balancelab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.Partitioning;
import dev.balancelab.domain.ReplicationSpec;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.StorageSpec;
import dev.balancelab.domain.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code storage} section and the clients' {@code writeProportion} in topology files. */
class StorageFieldsTest {
    private static final String FILE = """
            {
              "schemaVersion": 1,
              "clients": [{"id": "c1", "writeProportion": 0.25}],
              "balancer": {"algorithm": "round-robin"},
              "servers": [{"id": "s1"}],
              "storage": {
                "partitioning": "range", "splitPoints": ["user-3", "user-6"],
                "replicas": 3, "writeQuorum": 2, "readQuorum": 2, "sloppyQuorum": true,
                "nodes": [{"id": "db1", "latencyMs": 4}, {"id": "db2"}, {"id": "db3"}]
              },
              "scenario": [{"atMs": 5000, "type": "kill", "server": "db2"}]
            }
            """;

    @Test
    void readsTheStorageTierAndWritesItBack() throws Exception {
        Topology t = TopologyFiles.read(FILE, "lab.json");
        StorageSpec s = t.storage();
        assertEquals(Partitioning.RANGE, s.partitioning());
        assertEquals(List.of("user-3", "user-6"), s.splitPoints());
        assertEquals(new ReplicationSpec(3, 2, 2), s.replication());
        assertTrue(s.sloppyQuorum());
        assertEquals(4, s.nodes().get(0).latencyMs());
        assertEquals(2, s.nodes().get(1).latencyMs(), "the default latency");
        assertEquals(0.25, t.clients().get(0).writeProportion());
        assertEquals(ServerId.of("db2"), t.scenario().get(0).server());
        assertTrue(t.isStorageNode(ServerId.of("db2")));
        assertFalse(t.isStorageNode(ServerId.of("s1")));
        assertEquals(t, TopologyFiles.read(TopologyFiles.write(t), "again.json"));
    }

    @Test
    void absentFieldsTakeHashPartitioningAndMajorityQuorums() throws Exception {
        String minimal = FILE.replace("\"partitioning\": \"range\", \"splitPoints\": [\"user-3\", \"user-6\"],", "")
                .replace("\"replicas\": 3, \"writeQuorum\": 2, \"readQuorum\": 2, \"sloppyQuorum\": true,", "");
        StorageSpec s = TopologyFiles.read(minimal, "lab.json").storage();
        assertEquals(Partitioning.HASH, s.partitioning());
        assertEquals(StorageSpec.DEFAULT_VIRTUAL_NODES, s.virtualNodes());
        assertEquals(new ReplicationSpec(3, 2, 2), s.replication());
        assertFalse(s.sloppyQuorum());
        assertNull(TopologyFiles.read(FILE.substring(0, FILE.indexOf(",\n  \"storage\"")) + "\n}", "x.json")
                .storage());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "\"replicas\": 3 | \"replicas\": 4 | lab.json:8:17: storage.replicas: must be <= 3, was 4",
                "\"writeQuorum\": 2 | \"writeQuorum\": 4 | lab.json:8:35: storage.writeQuorum: must be <= 3, was 4",
                "\"readQuorum\": 2 | \"readQuorum\": 0 | lab.json:8:52: storage.readQuorum: must be >= 1, was 0",
                "[\"user-3\", \"user-6\"] | [\"user-6\", \"user-3\"] | lab.json:7:45: storage.splitPoints: split points"
                        + " must be strictly ascending, but \"user-6\" comes before \"user-3\"",
                "[\"user-3\", \"user-6\"] | [\"user-3\"] | lab.json:7:45: storage.splitPoints: range partitioning of 3"
                        + " nodes needs 2 split points, has 1",
                "\"range\" | \"list\" | lab.json:7:21: storage.partitioning: must be one of hash, range; was \"list\"",
                "\"db3\" | \"s1\" | lab.json:9:68: storage.nodes[2].id: duplicate id \"s1\" (first used at servers[0].id)",
                "\"latencyMs\": 4 | \"latencyMs\": -1 | lab.json:9:42: storage.nodes[0].latencyMs: must be >= 0,"
                        + " was -1",
                "\"server\": \"db2\" | \"server\": \"db9\" | lab.json:11:57: scenario[0].server: no server, storage"
                        + " node, balancer or region has id \"db9\"",
                "\"writeProportion\": 0.25 | \"writeProportion\": 2 | lab.json:3:47: clients[0].writeProportion:"
                        + " must be <= 1, was 2",
            })
    void badValuesGiveOneLineNamingTheField(String from, String to, String message) {
        TopologyFileException e =
                assertThrows(TopologyFileException.class, () -> TopologyFiles.read(FILE.replace(from, to), "lab.json"));
        assertEquals(message, e.getMessage());
    }
}
