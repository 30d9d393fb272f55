package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static dev.balancelab.ui.Fx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.Topology;
import dev.balancelab.ui.common.NodeRef;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * 100 servers and 20 clients: the canvas draws them as a dense grid — each server a cell with its id whole, its
 * state colour and an in-flight bar — instead of shrinking the text; a click selects a cell (the Edit tab then shows
 * it), and dragging a cell moves nothing, since the grid is not where the file keeps the servers.
 */
class DenseGridTest extends LabWindowTest {
    private static final PseudoClass DENSE = PseudoClass.getPseudoClass("dense");

    @Override
    Topology topology() {
        return FallbackTopology.stacked(100, 20);
    }

    @Test
    void cellsShowTheIdSelectOnClickAndDoNotMove(FxRobot robot) throws Exception {
        Node cell = fx(() -> robot.lookup("#server-s100").query());
        await(() -> fx(() -> cell.getPseudoClassStates().contains(DENSE)));
        assertEquals("s100", Fx.text(robot, "#server-s100 .card-title"));
        assertTrue(fx(() -> robot.lookup("#server-s100 .in-flight-bar").query().isVisible()), "in-flight bar");
        assertFalse(fx(() -> robot.lookup("#fail-s100").query().isVisible()), "no ⚡ in a cell: right-click");
        assertEquals(
                "s100",
                fx(() -> Fx.shownText(robot.lookup("#server-s100 .card-title").queryAs(Label.class))),
                "the id whole, not cut short");

        Topology before = fx(() -> app.lab().topology());
        robot.drag(cell, MouseButton.PRIMARY).dropBy(60, 40);
        await(() -> NodeRef.server("s100")
                .equals(fx(() -> app.lab().selectionProperty().get())));
        assertEquals(before, fx(() -> app.lab().topology()), "a drag in the grid edits nothing");
    }
}
