package dev.balancelab.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.balancelab.domain.ClientSpec;
import dev.balancelab.domain.Distribution;
import dev.balancelab.domain.Position;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.domain.Topology;
import dev.balancelab.io.TopologyFiles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The editor's new nodes and a file's absent fields get the same defaults, the ones the format README documents. */
class DefaultsAgreeTest {
    private static final Position HERE = new Position(0.5, 0.5);

    /** Two clients and two servers that name nothing but their ids. */
    private static Topology fileWithOnlyIds() throws Exception {
        return TopologyFiles.read("""
                {"schemaVersion": 1,
                 "clients": [{"id": "c1"}, {"id": "c2"}],
                 "balancer": {"algorithm": "round-robin"},
                 "servers": [{"id": "s1"}, {"id": "s2"}]}
                """, "ids.json");
    }

    private static ServerSpec comparable(ServerSpec s) {
        return s.withName("").withPosition(HERE);
    }

    private static ClientSpec comparable(ClientSpec c) {
        return c.withName("").withPosition(HERE);
    }

    @Test
    void aServerOrClientTheEditorAddsHasTheSettingsOfOneTheFileLeavesEmpty() throws Exception {
        Topology file = fileWithOnlyIds();
        Topology first = file.withServers(file.servers().subList(0, 1))
                .withClients(file.clients().subList(0, 1));

        ServerSpec added = TopologyEdits.addServer(first, HERE).servers().get(1);
        ClientSpec addedClient = TopologyEdits.addClient(first, HERE).clients().get(1);

        assertEquals(comparable(file.servers().get(1)), comparable(added));
        assertEquals(comparable(file.clients().get(1)), comparable(addedClient));
    }

    @Test
    void aBlankLabHasTheFileDefaults() throws Exception {
        Topology file = fileWithOnlyIds();
        Topology blank = TopologyEdits.blank();

        assertEquals(file.balancer(), blank.balancer());
        assertEquals(
                file.servers().stream().map(DefaultsAgreeTest::comparable).toList(),
                blank.servers().stream().map(DefaultsAgreeTest::comparable).toList());
        assertEquals(
                comparable(file.clients().get(0)), comparable(blank.clients().get(0)));
    }

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        ServerSpec s = TopologyEdits.blank().servers().get(0);
        ClientSpec c = TopologyEdits.blank().clients().get(0);
        // sample-topologies/README.md: weight 1, workers 4, queueCapacity 20, serviceTime fixed 100 ms;
        // ratePerSecond 10, users 100
        assertEquals(List.of(1, 4, 20), List.of(s.weight(), s.workers(), s.queueCapacity()));
        assertEquals(Distribution.FIXED, s.serviceTime().distribution());
        assertEquals(100.0, s.serviceTime().meanMs());
        assertEquals(10.0, c.ratePerSecond());
        assertEquals(100, c.users());
    }
}
