package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static dev.balancelab.ui.Fx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.Topology;
import dev.balancelab.ui.common.I18n;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * 30 servers: what is out of view or hidden is not in the scene graph (JavaFX walks every node of the scene each
 * pulse, shown or not). Only the heartbeat rows in view, or within a viewport's height of it, are there; a row out of
 * view keeps its place (the list is as tall as before and scrolls the same) and comes back, whole, when it is scrolled
 * into view. The servers, drawn as chips, carry no detail lines, and Predict's server buttons exist only while the
 * Why? tab is shown.
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

    @Test
    void chipsHoldNoDetailLines(FxRobot robot) throws Exception {
        await(() -> fx(() -> robot.lookup("#server-s30").queryAs(Region.class).getWidth() > 0));
        assertTrue(
                fx(() -> robot.lookup("#server-s30").queryAs(Region.class).getWidth() < 200),
                "drawn as a chip at 30 servers");
        assertEquals(
                0, fx(() -> robot.lookup("#server-s1 .card-detail").queryAll().size()));
        assertEquals(
                0, fx(() -> robot.lookup("#server-s1 .card-state").queryAll().size()));
        assertEquals(
                1, fx(() -> robot.lookup("#server-s1 .in-flight-bar").queryAll().size()));
    }

    @Test
    void predictButtonsExistOnlyWhileTheWhyTabIsShown(FxRobot robot) throws Exception {
        assertTrue(robot.lookup("#predict-s1").tryQuery().isEmpty(), "the Health tab is shown");

        robot.clickOn(Fx.tab(robot, I18n.t("tab.why")));
        await(() -> robot.lookup("#predict-s30").tryQuery().isPresent());
        robot.clickOn("#predict-s1");
        await(() -> Fx.text(robot, "#predict-score").endsWith("of 1 right"));

        robot.clickOn(Fx.tab(robot, I18n.t("tab.health")));
        await(() -> robot.lookup("#predict-s1").tryQuery().isEmpty());
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
