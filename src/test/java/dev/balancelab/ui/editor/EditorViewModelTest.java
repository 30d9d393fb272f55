package dev.balancelab.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.CachePolicy;
import dev.balancelab.domain.CacheSpec;
import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.Limits;
import dev.balancelab.domain.ServerSpec;
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
 * The property sheet's model on a stub document: what it shows, and that a burst of changes is one edit. Runs on the
 * FX thread, because the model gathers changes with a {@code PauseTransition}, which needs the toolkit's timer.
 */
class EditorViewModelTest {
    private static final Topology LAB = FallbackTopology.create(HealthCheckSpec.DEFAULT);

    private final DocumentStub document = new DocumentStub(LAB);
    private final EditorViewModel vm = new EditorViewModel(document);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Runs {@code test} on the FX thread and waits for it. */
    private static void onFx(Runnable test) throws Exception {
        WaitForAsyncUtils.asyncFx(test).get(20, TimeUnit.SECONDS);
    }

    @Test
    void showsAHintUntilSomethingIsSelected() throws Exception {
        onFx(() -> {
            assertTrue(vm.items().isEmpty());
            assertTrue(vm.headingProperty().get().startsWith("Select a client, server, balancer or storage node"));
        });
    }

    @Test
    void showsTheSelectedServersFields() throws Exception {
        onFx(() -> {
            document.selectionProperty().set(NodeRef.server("s2"));

            assertEquals("s2 (s2)", vm.headingProperty().get());
            assertEquals(
                    List.of(
                            "Name",
                            "Weight",
                            "Workers",
                            "Queue capacity",
                            "Service time",
                            "Mean service time (ms)",
                            "Failure",
                            "Backup server",
                            "Cache"),
                    vm.items().stream().map(PropertySheet.Item::getName).toList());
            assertEquals(1, item("Weight").getValue());
            assertEquals(4, item("Workers").getValue());
        });
    }

    @Test
    void changesAreGatheredIntoOneEditWhenTheSelectionMovesOn() throws Exception {
        onFx(() -> {
            document.selectionProperty().set(NodeRef.server("s2"));
            item("Weight").setValue(5);
            item("Workers").setValue(8);
            assertTrue(document.edits.isEmpty(), "gathered while typing");

            document.selectionProperty().set(NodeRef.client("c1"));

            assertEquals(1, document.edits.size());
            ServerSpec s2 = document.topology().servers().get(1);
            assertEquals(5, s2.weight());
            assertEquals(8, s2.workers());
            assertEquals("Web (c1)", vm.headingProperty().get());
        });
    }

    @Test
    void aValueTheSpecRefusesIsNoEdit() throws Exception {
        onFx(() -> {
            document.selectionProperty().set(NodeRef.server("s1"));
            item("Weight").setValue(0);
            document.selectionProperty().set(null);

            assertTrue(document.edits.isEmpty());
        });
    }

    /** Out of range is what a topology file would refuse ({@code Limits}), said in one line naming the field. */
    @Test
    void aValueOutsideItsLimitsRangeIsRefusedWithOneLine() throws Exception {
        onFx(() -> {
            document.selectionProperty().set(NodeRef.server("s1"));
            item("Weight").setValue(Limits.MAX_WEIGHT + 1);
            assertEquals(
                    "Weight must be 1..1000, was 1001", vm.refusedProperty().get());
            item("Workers").setValue(Limits.MAX_WORKERS);
            assertEquals("", vm.refusedProperty().get(), "an applied value clears the message");
            document.selectionProperty().set(NodeRef.client("c1"));

            assertEquals(1, document.edits.size());
            assertEquals(1, document.topology().servers().get(0).weight());
            assertEquals(
                    Limits.MAX_WORKERS, document.topology().servers().get(0).workers());
            assertTrue(
                    item("Rate (req/s)").getDescription().endsWith("allowed 0..10000"),
                    () -> item("Rate (req/s)").getDescription());
        });
    }

    @Test
    void aServerGetsACacheAndItsRowsAsOneUndoableEdit() throws Exception {
        onFx(() -> {
            document.selectionProperty().set(NodeRef.server("s2"));
            item("Cache").setValue(CacheChoice.W_TINYLFU);
            vm.applyNow();

            assertEquals(
                    new CacheSpec(500, CachePolicy.W_TINYLFU, 5),
                    document.topology().servers().get(1).cache());
            assertEquals(500, item("Cache capacity (keys)").getValue());
            item("Cache capacity (keys)").setValue(Limits.MAX_CACHE_CAPACITY + 1);
            assertEquals(
                    "Cache capacity (keys) must be 1..1000000, was 1000001",
                    vm.refusedProperty().get());
            item("Cache capacity (keys)").setValue(150);
            item("Cache hit time (ms)").setValue(2L);
            vm.applyNow();
            assertEquals(
                    new CacheSpec(150, CachePolicy.W_TINYLFU, 2),
                    document.topology().servers().get(1).cache());

            item("Cache").setValue(CacheChoice.NONE);
            vm.applyNow();
            assertEquals(null, document.topology().servers().get(1).cache());
            assertEquals("Cache", vm.items().get(vm.items().size() - 1).getName(), "no capacity without a cache");

            document.undo();
            assertEquals(150, document.topology().servers().get(1).cache().capacity());
            assertEquals(150, item("Cache capacity (keys)").getValue());
        });
    }

    @Test
    void aClientsKeySkewIsAZipfExponent() throws Exception {
        onFx(() -> {
            document.selectionProperty().set(NodeRef.client("c2"));
            assertEquals(0.0, item("Key skew (Zipf s)").getValue());
            item("Key skew (Zipf s)").setValue(6.0);
            assertEquals(
                    "Key skew (Zipf s) must be 0..5, was 6",
                    vm.refusedProperty().get());
            item("Key skew (Zipf s)").setValue(0.8);
            vm.applyNow();
            assertEquals(0.8, document.topology().clients().get(1).zipfExponent());
        });
    }

    @Test
    void theFieldsFollowAnUndo() throws Exception {
        onFx(() -> {
            document.selectionProperty().set(NodeRef.server("s1"));
            item("Name").setValue("fast");
            document.selectionProperty().set(NodeRef.balancer());
            document.selectionProperty().set(NodeRef.server("s1"));
            assertEquals("fast", item("Name").getValue());

            document.undo();

            assertEquals("s1", item("Name").getValue());
            assertEquals("s1 (s1)", vm.headingProperty().get());
        });
    }

    private PropertySheet.Item item(String name) {
        return vm.items().stream()
                .filter(i -> i.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
