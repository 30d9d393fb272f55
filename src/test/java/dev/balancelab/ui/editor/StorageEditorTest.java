package dev.balancelab.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.Partitioning;
import dev.balancelab.domain.Position;
import dev.balancelab.domain.ReplicationSpec;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.StorageNodeSpec;
import dev.balancelab.domain.StorageSpec;
import dev.balancelab.domain.Topology;
import dev.balancelab.ui.FallbackTopology;
import dev.balancelab.ui.common.DocumentStub;
import dev.balancelab.ui.common.NodeRef;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.controlsfx.control.PropertySheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Edit tab on a storage node: its name and latency, the tier's Dynamo settings (N, W, R, sloppy quorum,
 * partitioning, virtual nodes), and a client's write proportion. A combination Dynamo cannot run (W or R above N, N
 * above the nodes) is refused with one line and no edit.
 */
class StorageEditorTest {
    private static final StorageSpec TIER = new StorageSpec(
            List.of(node("db1", 0.2), node("db2", 0.5), node("db3", 0.8)),
            Partitioning.HASH,
            StorageSpec.DEFAULT_VIRTUAL_NODES,
            List.of(),
            new ReplicationSpec(3, 2, 2),
            false);
    private static final Topology LAB =
            FallbackTopology.create(HealthCheckSpec.DEFAULT).withStorage(TIER);

    private final DocumentStub document = new DocumentStub(LAB);
    private final EditorViewModel vm = new EditorViewModel(document);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static StorageNodeSpec node(String id, double y) {
        return StorageNodeSpec.defaults(ServerId.of(id), new Position(0.95, y));
    }

    private static void onFx(Runnable test) throws Exception {
        WaitForAsyncUtils.asyncFx(test).get(20, TimeUnit.SECONDS);
    }

    @Test
    void showsTheNodesAndTheTiersFields() throws Exception {
        onFx(() -> {
            document.selectionProperty().set(NodeRef.storage("db2"));

            assertEquals(
                    "Storage node db2 (db2) and its tier (restarts the lab)",
                    vm.headingProperty().get());
            assertEquals(
                    List.of(
                            "Name",
                            "Latency (ms)",
                            "Partitioning",
                            "Virtual nodes per node",
                            "Replicas (N)",
                            "Write quorum (W)",
                            "Read quorum (R)",
                            "Sloppy quorum"),
                    vm.items().stream().map(PropertySheet.Item::getName).toList());
            assertEquals(2.0, item("Latency (ms)").getValue());
            assertEquals(3, item("Replicas (N)").getValue());
            assertEquals(Partitioning.HASH, item("Partitioning").getValue());
        });
    }

    @Test
    void editsTheNodeAndTheTierAsOneUndoableEdit() throws Exception {
        onFx(() -> {
            document.selectionProperty().set(NodeRef.storage("db2"));
            item("Name").setValue("replica B");
            item("Latency (ms)").setValue(40.0);
            item("Write quorum (W)").setValue(1);
            item("Read quorum (R)").setValue(3);
            item("Sloppy quorum").setValue(true);
            item("Virtual nodes per node").setValue(8);
            vm.applyNow();

            assertEquals(1, document.edits.size());
            StorageSpec tier = document.topology().storage();
            StorageNodeSpec db2 = tier.nodes().get(1);
            assertEquals("replica B", db2.name());
            assertEquals(40.0, db2.latencyMs());
            assertEquals(2.0, tier.nodes().get(0).latencyMs(), "the other nodes keep theirs");
            assertEquals(new ReplicationSpec(3, 1, 3), tier.replication());
            assertTrue(tier.sloppyQuorum());
            assertEquals(8, tier.virtualNodes());

            document.undo();
            assertEquals(TIER, document.topology().storage());
            assertEquals(2, item("Write quorum (W)").getValue());
        });
    }

    /** Dynamo section 4.5: W and R in 1..N, and N at most the nodes; each refused with one line, nothing applied. */
    @Test
    void aQuorumAboveNOrNAboveTheNodesIsRefused() throws Exception {
        onFx(() -> {
            document.selectionProperty().set(NodeRef.storage("db1"));
            item("Replicas (N)").setValue(4);
            assertEquals(
                    "N must be at most the 3 storage nodes, was 4",
                    vm.refusedProperty().get());
            item("Replicas (N)").setValue(1);
            assertEquals(
                    "W (2) and R (2) must be at most N (1)",
                    vm.refusedProperty().get());
            item("Read quorum (R)").setValue(2);
            item("Write quorum (W)").setValue(0);
            assertEquals(
                    "Write quorum (W) must be 1..64, was 0",
                    vm.refusedProperty().get());
            vm.applyNow();

            assertTrue(document.edits.isEmpty());
            assertEquals(
                    new ReplicationSpec(3, 2, 2), document.topology().storage().replication());
        });
    }

    /** Split points stay file-only: without them range partitioning is refused. */
    @Test
    void rangePartitioningWithoutSplitPointsIsRefused() throws Exception {
        onFx(() -> {
            document.selectionProperty().set(NodeRef.storage("db1"));
            item("Partitioning").setValue(Partitioning.RANGE);
            vm.applyNow();

            assertEquals(
                    "Range partitioning needs 2 split points in the file, it has 0",
                    vm.refusedProperty().get());
            assertTrue(document.edits.isEmpty());
        });
    }

    @Test
    void aClientsWriteProportionIsAShareOfItsRequests() throws Exception {
        onFx(() -> {
            document.selectionProperty().set(NodeRef.client("c1"));
            assertEquals(0.0, item("Write proportion").getValue());
            item("Write proportion").setValue(1.5);
            assertEquals(
                    "Write proportion must be 0..1, was 1.5",
                    vm.refusedProperty().get());
            item("Write proportion").setValue(0.25);
            vm.applyNow();

            assertEquals(0.25, document.topology().clients().get(0).writeProportion());
        });
    }

    @Test
    void aStorageNodeTheDocumentLacksShowsTheHint() throws Exception {
        onFx(() -> {
            document.selectionProperty().set(NodeRef.storage("db9"));
            assertTrue(vm.items().isEmpty());
        });
    }

    /** Remove acts on clients and servers only: a selected storage node stays, and so do scenario events naming it. */
    @Test
    void removeLeavesASelectedStorageNode() throws Exception {
        onFx(() -> {
            document.selectionProperty().set(NodeRef.storage("db1"));
            document.removeSelected();

            assertTrue(document.edits.isEmpty());
            assertEquals(NodeRef.storage("db1"), document.selectionProperty().get());
        });
    }

    private PropertySheet.Item item(String name) {
        return vm.items().stream()
                .filter(i -> i.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
