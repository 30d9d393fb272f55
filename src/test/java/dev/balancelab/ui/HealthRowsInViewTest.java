package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static dev.balancelab.ui.Fx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.Topology;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * 30 servers: only the heartbeat rows in view, or within a viewport's height of it, are in the scene graph; a row
 * out of view keeps its place (the list is as tall as before and scrolls the same) and comes back, whole, when it is
 * scrolled into view.
 */
class HealthRowsInViewTest extends LabWindowTest {
    @Override
    Topology topology() {
        return FallbackTopology.stacked(30, 2);
    }

    @Test
    void rowsOutOfViewLeaveTheSceneGraphAndComeBackWhenScrolledTo(FxRobot robot) throws Exception {
        await(() -> holds(robot, "s1") && !holds(robot, "s30"));
        assertTrue(
                fx(() -> slot(robot, "s30").getLayoutBounds().getHeight())
                        >= fx(() -> slot(robot, "s1").getLayoutBounds().getHeight()) - 1,
                "a row out of view keeps its height");
        double tall = fx(() -> slot(robot, "s1").getParent().getLayoutBounds().getHeight());

        Fx.run(() -> scroll(robot).setVvalue(1));
        await(() -> holds(robot, "s30") && !holds(robot, "s1"));
        assertEquals("Server 30 (s30)", Fx.text(robot, "#health-s30 .health-name"));
        assertEquals("UP", Fx.text(robot, "#health-state-s30"));
        assertEquals(
                tall, fx(() -> slot(robot, "s1").getParent().getLayoutBounds().getHeight()), 1, "as tall");

        Fx.run(() -> scroll(robot).setVvalue(0));
        await(() -> holds(robot, "s1") && !holds(robot, "s30"));
        assertEquals("Server 1 (s1)", Fx.text(robot, "#health-s1 .health-name"));
    }

    private static Parent slot(FxRobot robot, String server) {
        return robot.lookup("#health-" + server).queryAs(Parent.class);
    }

    /** Whether the row of {@code server} is in the scene graph. */
    private static boolean holds(FxRobot robot, String server) throws Exception {
        return fx(() -> !slot(robot, server).getChildrenUnmodifiable().isEmpty());
    }

    private static ScrollPane scroll(FxRobot robot) {
        Node n = slot(robot, "s1");
        while (!(n instanceof ScrollPane)) {
            n = n.getParent();
        }
        return (ScrollPane) n;
    }
}
