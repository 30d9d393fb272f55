package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static dev.balancelab.ui.Fx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.Topology;
import dev.balancelab.io.SampleTopologies;
import dev.balancelab.io.TopologyFileException;
import dev.balancelab.ui.common.NodeRef;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.PropertySheet;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Lesson 15 without its scenario: the five storage nodes stand right of the servers and answer reads and writes; a
 * click kills one (dashed, DOWN); the Storage tab shows what one node leaving moves against the ideal.
 */
class StorageTierViewTest extends LabWindowTest {
    @Override
    Topology topology() {
        try {
            return SampleTopologies.load("15-replication-under-failure.json").withScenario(List.of());
        } catch (TopologyFileException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void storageNodesAnswerAndAClickKillsOne(FxRobot robot) throws Exception {
        double serversRight =
                fx(() -> robot.lookup("#server-s1").query().localToScene(0, 0).getX());
        double storageLeft =
                fx(() -> robot.lookup("#storage-db1").query().localToScene(0, 0).getX());
        assertTrue(storageLeft > serversRight, "the storage tier stands right of the servers");
        robot.clickOn("#startPause");
        await(() ->
                detail(robot, "db1").contains(" ops") && !detail(robot, "db1").startsWith("0 "));
        robot.clickOn("#storage-db2");
        robot.clickOn("Kill DB 2");
        await(() -> fx(() -> robot.lookup("#storage-db2")
                .query()
                .getPseudoClassStates()
                .contains(PseudoClass.getPseudoClass("down"))));
        await(() -> detail(robot, "db2").startsWith("DOWN"));
    }

    @Test
    /** Item 2 of the what-if list is "db2 leaves" (item 0: a node joins). */
    void theStorageTabShowsWhatANodeLeavingMoves(FxRobot robot) throws Exception {
        robot.clickOn(Fx.tab(robot, "Storage"));
        await(() -> !robot.lookup("#storageChange").queryAll().isEmpty());
        Fx.run(() -> ((ComboBox<?>) robot.lookup("#storageChange").query())
                .getSelectionModel()
                .select(2));
        assertEquals("moved 37 of 200 keys (18.5 %) — ideal 20.0 %", Fx.text(robot, "#storageMoved"));
    }

    /** A click on a storage card selects it: the Edit tab shows its tier, and refuses R above N in one line. */
    @Test
    void aClickedStorageNodeIsEditedInTheEditTab(FxRobot robot) throws Exception {
        robot.clickOn("#storage-db3");
        robot.push(KeyCode.ESCAPE);
        assertEquals(
                NodeRef.storage("db3"), fx(() -> app.lab().selectionProperty().get()));
        robot.clickOn(Fx.tab(robot, "Edit"));
        await(() -> names(robot).contains("Replicas (N)"));
        Fx.run(() -> item(robot, "Read quorum (R)").setValue(4));

        assertEquals("W (2) and R (4) must be at most N (3)", Fx.text(robot, ".editor-refused"));
        assertEquals(2, fx(() -> app.lab().topology().storage().replication().readQuorum()));
        Fx.run(() -> item(robot, "Latency (ms)").setValue(7.5));
        await(() -> fx(() -> app.lab()
                        .topology()
                        .storage()
                        .node(ServerId.of("db3"))
                        .orElseThrow()
                        .latencyMs())
                == 7.5);
    }

    private static List<String> names(FxRobot robot) throws Exception {
        return fx(() -> sheet(robot).getItems().stream()
                .map(PropertySheet.Item::getName)
                .toList());
    }

    private static PropertySheet.Item item(FxRobot robot, String name) {
        return sheet(robot).getItems().stream()
                .filter(i -> i.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static PropertySheet sheet(FxRobot robot) {
        return robot.lookup(".property-sheet").queryAs(PropertySheet.class);
    }

    private static String detail(FxRobot robot, String id) throws Exception {
        return fx(
                () -> ((Label) robot.lookup("#storage-" + id + " .card-detail").query()).getText());
    }
}
