package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static dev.balancelab.ui.Fx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.Topology;
import dev.balancelab.ui.common.I18n;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * What is hidden is not in the scene graph (JavaFX walks every node of the scene each pulse, shown or not): 30
 * servers drawn as chips carry no detail lines, and Predict's server buttons exist only while the Why? tab is shown.
 */
class HiddenNodesTest extends LabWindowTest {
    @Override
    Topology topology() {
        return FallbackTopology.stacked(30, 2);
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
}
