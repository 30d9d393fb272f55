package dev.balancelab.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.HealthCheckSpec;
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
            assertTrue(vm.headingProperty().get().startsWith("Select a client, server or the load balancer"));
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
                            "Backup server"),
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
