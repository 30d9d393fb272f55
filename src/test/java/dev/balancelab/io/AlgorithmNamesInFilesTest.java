package dev.balancelab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.balancelab.domain.AlgorithmKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The file reader accepts exactly the ids of {@link AlgorithmKind} as {@code balancer.algorithm}. */
class AlgorithmNamesInFilesTest {
    private static String file(String algorithm) {
        return """
                {
                  "schemaVersion": 1,
                  "clients": [{"id": "c1"}],
                  "balancer": {"algorithm": %s},
                  "servers": [{"id": "s1"}]
                }
                """.formatted(algorithm);
    }

    @ParameterizedTest
    @EnumSource(AlgorithmKind.class)
    void everyIdReadsAsItsKindAndIsWrittenBack(AlgorithmKind kind) throws Exception {
        var topology = TopologyFiles.read(file("\"" + kind.id() + "\""), "lab.json");
        assertEquals(kind, topology.balancer().algorithm());
        assertEquals(
                kind,
                TopologyFiles.read(TopologyFiles.write(topology), "again.json")
                        .balancer()
                        .algorithm());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "round_robin",
                "ROUND_ROBIN",
                "Round robin",
                "Round-Robin",
                " round-robin",
                "roundrobin",
                "smooth-weighted-round-robin",
                "least-conn",
                "maglev-hash",
                ""
            })
    void anythingElseIsRefusedWithOneLineNamingTheFieldAndTheIds(String name) {
        TopologyFileException e = assertThrows(
                TopologyFileException.class, () -> TopologyFiles.read(file("\"" + name + "\""), "lab.json"));
        assertEquals("balancer.algorithm", e.field());
        assertEquals(
                "lab.json:4:29: balancer.algorithm: must be one of " + String.join(", ", AlgorithmKind.ids())
                        + "; was \"" + name + "\"",
                e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }
}
