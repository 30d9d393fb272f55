package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static dev.balancelab.ui.Fx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The heartbeat monitor puts servers that are not UP first, so a DOWN row is never off-screen. */
class HealthOrderTest extends LabWindowTest {
    @Test
    void aDownServerMovesToTheTopAndBackWhenRevived(FxRobot robot) throws Exception {
        assertEquals(List.of("health-s1", "health-s2", "health-s3", "health-s4"), order(robot));
        robot.clickOn("#startPause");
        robot.clickOn("#fail-s4");
        robot.clickOn("#kill-s4");
        await(() -> "DOWN".equals(Fx.text(robot, "#health-state-s4")));
        assertEquals(List.of("health-s4", "health-s1", "health-s2", "health-s3"), order(robot));

        robot.clickOn("#fail-s4");
        robot.clickOn("#revive-s4");
        await(() -> "UP".equals(Fx.text(robot, "#health-state-s4")));
        assertEquals(List.of("health-s1", "health-s2", "health-s3", "health-s4"), order(robot));
    }

    private static List<String> order(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup("#health-s1").query().getParent().getChildrenUnmodifiable().stream()
                .map(Node::getId)
                .toList());
    }
}
